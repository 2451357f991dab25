package org.civitas.diagram.core;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * How diagrams name model elements: by their ID attribute (a UUID in Civitas models), which
 * survives renames, moves and reordering, or by their URI fragment in a model without IDs.
 */
public final class ElementIds {

	private ElementIds() {
	}

	/** The identifier a diagram stores for the element. */
	public static String idOf(EObject element) {
		String id = EcoreUtil.getID(element);
		if (id != null) {
			return id;
		}
		Resource resource = element.eResource();
		return resource == null ? null : resource.getURIFragment(element);
	}

	/** The element of the resource with this identifier, or {@code null}. */
	public static EObject resolve(Resource resource, String id) {
		return id == null || resource == null ? null : resource.getEObject(id);
	}
}
