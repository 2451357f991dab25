package org.civitas.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * The logic of a rule: looks at one element of the rule's target class and reports what is
 * wrong with it. It must not change the model.
 */
@FunctionalInterface
public interface RuleCheck {

	/** Checks {@code element}, reporting each problem found to {@code findings}. */
	void check(EObject element, Findings findings);
}
