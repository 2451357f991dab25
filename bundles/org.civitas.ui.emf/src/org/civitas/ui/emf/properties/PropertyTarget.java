package org.civitas.ui.emf.properties;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor.ValueHandlerProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * One property of one element, as EMF.Edit describes it: what the editors read and what they
 * change. Every change goes through the item property descriptor, which runs it as a command
 * on the element's editing domain.
 */
record PropertyTarget(Object element, IItemPropertyDescriptor descriptor) {

	/** The property's value as the model holds it, without EMF.Edit's label wrapper. */
	/** The value, {@code null} for a property that can be unset and is (its default is not a value anyone chose). */
	Object value() {
		if (isUnsettable() && !descriptor.isPropertySet(element)) {
			return null;
		}
		return unwrap(descriptor.getPropertyValue(element));
	}

	/** EMF.Edit hands attribute and reference values out wrapped, so that they carry their label. */
	static Object unwrap(Object propertyValue) {
		return propertyValue instanceof IItemPropertySource source ? source.getEditableValue(propertyValue) : propertyValue;
	}

	/**
	 * Sets the value. No value ({@code null}) unsets a property that can be unset, so that it
	 * goes back to having no value at all rather than holding a null.
	 */
	void set(Object value) {
		if (value == null && isUnsettable()) {
			descriptor.resetPropertyValue(element);
		} else {
			descriptor.setPropertyValue(element, value);
		}
	}

	boolean canSet() {
		return descriptor.canSetProperty(element);
	}

	boolean isMany() {
		return descriptor.isMany(element);
	}

	boolean isUnsettable() {
		if (descriptor instanceof ValueHandlerProvider handlers && feature() != null) {
			return handlers.isPropertyUnsettable(element);
		}
		return feature() instanceof EStructuralFeature structural && structural.isUnsettable();
	}

	/** The structural feature, the parent references, or {@code null} for a computed property. */
	Object feature() {
		return descriptor.getFeature(element);
	}

	String id() {
		return descriptor.getId(element);
	}

	String displayName() {
		return descriptor.getDisplayName(element);
	}

	String description() {
		return descriptor.getDescription(element);
	}

	String category() {
		return descriptor.getCategory(element);
	}

	IItemLabelProvider labels() {
		return descriptor.getLabelProvider(element);
	}
}
