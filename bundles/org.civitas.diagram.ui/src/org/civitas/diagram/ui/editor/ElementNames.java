package org.civitas.diagram.ui.editor;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/** What a model element is called, for tab titles and file names, whatever its metamodel. */
final class ElementNames {

	private ElementNames() {
	}

	/** The element's {@code name}, if its class has such a text attribute and it is set; else {@code null}. */
	static String nameOf(EObject element) {
		if (element != null && element.eClass().getEStructuralFeature("name") instanceof EAttribute name //$NON-NLS-1$
				&& element.eGet(name) instanceof String text && !text.isBlank()) {
			return text;
		}
		return null;
	}
}
