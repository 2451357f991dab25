package org.civitas.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * Names the elements of one model for people, in findings and reports: what a reader calls an
 * element that has no name of its own (a subscription "Health agency → E-mail", a cost entry
 * "Personnel, 3.8M USD"). Contributed through the {@code org.civitas.validation.elementNames}
 * extension point for the namespace URI of the model's package.
 */
public interface ElementNamer {

	/** What people call the element, or {@code null} to let the engine name it. */
	String nameOf(EObject element);
}
