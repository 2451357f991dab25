package org.civitas.ui.emf.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource2;

/** The property source of one object, over its EMF.Edit item property source. */
final class EmfPropertySource implements IPropertySource2 {

	private final Object object;
	private final IItemPropertySource itemPropertySource;

	EmfPropertySource(Object object, IItemPropertySource itemPropertySource) {
		this.object = object;
		this.itemPropertySource = itemPropertySource;
	}

	@Override
	public Object getEditableValue() {
		return itemPropertySource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemPropertySource.getPropertyDescriptors(object);
		return descriptors.stream()
				.map(descriptor -> new EmfPropertyDescriptor(new PropertyTarget(object, descriptor)))
				.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		return descriptor == null ? null : descriptor.getPropertyValue(object);
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public boolean isPropertyResettable(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.canSetProperty(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		if (descriptor != null && descriptor.canSetProperty(object)) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		if (descriptor != null) {
			new PropertyTarget(object, descriptor).set(value);
		}
	}
}
