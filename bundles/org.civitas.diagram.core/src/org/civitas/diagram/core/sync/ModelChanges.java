package org.civitas.diagram.core.sync;

import org.civitas.diagram.core.spec.DiagramType;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Tells which model changes can change what a diagram shows, so an open diagram refreshes
 * incrementally: a change to a feature no candidate, precondition, grouping, edge or placement
 * expression reads (a name, a description) only changes labels and styles, which are computed
 * when drawing and never stored, so the representation needs no synchronization at all.
 */
public final class ModelChanges {

	private ModelChanges() {
	}

	/** Whether the change may add, remove or move diagram elements. */
	public static boolean changesStructure(DiagramType type, Notification notification) {
		if (notification.isTouch()) {
			return false;
		}
		if (notification.getNotifier() instanceof Resource) {
			return notification.getFeatureID(Resource.class) == Resource.RESOURCE__CONTENTS;
		}
		if (!(notification.getFeature() instanceof EStructuralFeature feature)) {
			return false;
		}
		return feature instanceof EReference reference && reference.isContainment()
				|| type.structuralFeatures().contains(feature.getName());
	}
}
