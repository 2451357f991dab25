package org.civitas.portfolio.model.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * The elements of a resource by class, kept current as elements are added, removed or moved.
 * A choice such as "which service does this subscription use" is answered from here in time
 * proportional to the answer, where EMF.Edit walks every element of every resource each time
 * (a cost per edit on a portfolio of 100,000 elements).
 */
public final class ElementsByType extends EContentAdapter {

	private final Map<EClass, Set<EObject>> elementsByClass = new HashMap<>();

	private ElementsByType() {
	}

	/** The index of {@code resource}, attached to it (and to each of its elements) on first use. */
	public static ElementsByType of(Resource resource) {
		for (Adapter adapter : resource.eAdapters()) {
			if (adapter instanceof ElementsByType index) {
				return index;
			}
		}
		ElementsByType index = new ElementsByType();
		resource.eAdapters().add(index);
		return index;
	}

	/** The elements that are instances of {@code type} (subclasses included), in no particular order. */
	public List<EObject> instancesOf(EClass type) {
		List<EObject> instances = new ArrayList<>();
		elementsByClass.forEach((eClass, elements) -> {
			if (type.isSuperTypeOf(eClass)) {
				instances.addAll(elements);
			}
		});
		return instances;
	}

	@Override
	protected void setTarget(EObject target) {
		super.setTarget(target);
		elementsByClass.computeIfAbsent(target.eClass(), key -> new LinkedHashSet<>()).add(target);
	}

	@Override
	protected void unsetTarget(EObject target) {
		super.unsetTarget(target);
		Set<EObject> elements = elementsByClass.get(target.eClass());
		if (elements != null) {
			elements.remove(target);
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ElementsByType.class;
	}
}
