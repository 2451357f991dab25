package org.civitas.portfolio.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.civitas.portfolio.model.index.ElementsByType;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;

/**
 * A property whose reference choices come from the model's {@link ElementsByType} index,
 * kept current as the model changes, instead of a walk over every element of every resource
 * each time the choices are asked for. The choices are those EMF.Edit offers: the instances of
 * the reference's type in the element's resource set, and "no value" for a single reference.
 */
final class IndexedChoicesPropertyDescriptor extends ItemPropertyDescriptor {

	IndexedChoicesPropertyDescriptor(AdapterFactory adapterFactory, ResourceLocator resourceLocator, String displayName,
			String description, EStructuralFeature feature, boolean isSettable, boolean multiLine, boolean sortChoices,
			Object staticImage, String category, String[] filterFlags) {
		super(adapterFactory, resourceLocator, displayName, description, feature, isSettable, multiLine, sortChoices,
				staticImage, category, filterFlags);
	}

	@Override
	protected Collection<?> getComboBoxObjects(Object object) {
		if (!(feature instanceof EReference reference) || !(object instanceof EObject element)
				|| element.eResource() == null) {
			return super.getComboBoxObjects(object);
		}
		List<Object> choices = new ArrayList<>();
		for (Resource resource : resourcesAround(element.eResource())) {
			choices.addAll(ElementsByType.of(resource).instancesOf(reference.getEReferenceType()));
		}
		if (!reference.isMany()) {
			choices.add(null);
		}
		return choices;
	}

	private static List<Resource> resourcesAround(Resource resource) {
		return resource.getResourceSet() == null ? List.of(resource) : List.copyOf(resource.getResourceSet().getResources());
	}
}
