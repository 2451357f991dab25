package org.civitas.ui.emf.properties;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the Properties view the properties of EMF elements, as their item providers
 * ({@link IItemPropertySource}) describe them: names, categories, descriptions, filter flags,
 * value labels, and a cell editor suited to each property. Values are changed through the item
 * property descriptors, so each change is a command on the element's editing domain.
 * <p>
 * Use it with a {@link org.eclipse.ui.views.properties.PropertySheetPage}:
 * {@code page.setPropertySourceProvider(new EmfPropertySourceProvider(adapterFactory))}.
 */
public class EmfPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	/**
	 * @param adapterFactory the factory of the item providers, usually the editing domain's
	 */
	public EmfPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		if (object instanceof IItemPropertySource wrapper) {
			return new EmfPropertySource(object, wrapper);
		}
		if (object == null) {
			return null;
		}
		// The factory hands non-EMF objects (strings, numbers, lists) back unchanged.
		Object adapted = adapterFactory.adapt(object, IItemPropertySource.class);
		return adapted instanceof IItemPropertySource source ? new EmfPropertySource(object, source) : null;
	}
}
