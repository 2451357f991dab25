package org.civitas.validation;

import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How findings name an element when no richer label is at hand (the engine knows no model):
 * its {@code name}, else its class and id, else its class.
 */
public final class ElementLabels {

	private ElementLabels() {
	}

	public static String of(EObject element) {
		Optional<String> name = name(element);
		if (name.isPresent()) {
			return name.get();
		}
		EAttribute id = element.eClass().getEIDAttribute();
		Object idValue = id == null ? null : element.eGet(id);
		return idValue == null ? element.eClass().getName() : element.eClass().getName() + " " + idValue; //$NON-NLS-1$
	}

	/** The element's {@code name}, if it has one that is not blank. */
	public static Optional<String> name(EObject element) {
		return value(element, "name") instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty(); //$NON-NLS-1$
	}

	private static Object value(EObject element, String featureName) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
		return feature instanceof EAttribute ? element.eGet(feature) : null;
	}
}
