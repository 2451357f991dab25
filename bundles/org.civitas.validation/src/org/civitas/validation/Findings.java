package org.civitas.validation;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where a {@link RuleCheck} reports problems with the element it checks. Arguments fill the
 * rule's message pattern from {@code {1}} on; {@code {0}} is always the element's label.
 */
public interface Findings {

	/** Reports a problem with the element as a whole. */
	void report(Object... messageArguments);

	/** Reports a problem with one feature of the element (the Properties view can show it). */
	void reportOn(EStructuralFeature feature, Object... messageArguments);
}
