package org.civitas.ui.emf.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;

/**
 * The EMF elements of a workbench selection, with the editing domain that edits them. Selected
 * objects count as elements when they are EObjects, EMF.Edit wrappers of EObjects, or
 * adaptable to EObject; a selection holding anything else has no elements.
 */
record SelectedElements(List<EObject> elements, AdapterFactoryEditingDomain domain) {

	static final SelectedElements NONE = new SelectedElements(List.of(), null);

	/**
	 * @param part the part the selection comes from, asked for its editing domain when the
	 *            elements do not lead to one; may be {@code null}
	 */
	static SelectedElements of(IWorkbenchPart part, ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return NONE;
		}
		List<EObject> elements = new ArrayList<>();
		for (Object selected : structured) {
			EObject element = elementOf(selected);
			if (element == null) {
				return NONE;
			}
			elements.add(element);
		}
		EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(elements.get(0));
		if (domain == null && part != null) {
			IEditingDomainProvider provider = Adapters.adapt(part, IEditingDomainProvider.class);
			domain = provider == null ? null : provider.getEditingDomain();
		}
		return domain instanceof AdapterFactoryEditingDomain adapterFactoryDomain
				? new SelectedElements(List.copyOf(elements), adapterFactoryDomain)
				: NONE;
	}

	private static EObject elementOf(Object selected) {
		Object unwrapped = AdapterFactoryEditingDomain.unwrap(selected);
		if (unwrapped instanceof EObject element) {
			return element;
		}
		return Adapters.adapt(unwrapped, EObject.class);
	}

	boolean isEmpty() {
		return elements.isEmpty();
	}

	boolean isSingle() {
		return elements.size() == 1;
	}

	EObject first() {
		return elements.get(0);
	}

	AdapterFactory adapterFactory() {
		return domain.getAdapterFactory();
	}

	/** The properties of an element, in the order its item provider lists them. */
	List<PropertyTarget> properties(EObject element) {
		if (!(adapterFactory().adapt(element, IItemPropertySource.class) instanceof IItemPropertySource source)) {
			return List.of();
		}
		List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(element);
		return descriptors.stream().map(descriptor -> new PropertyTarget(element, descriptor)).toList();
	}
}
