package org.civitas.ui.emf.properties;

import java.util.Set;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;

/** Hands out {@link CatalogItemProvider}s, one per element, the way generated factories do. */
final class CatalogAdapterFactory extends AdapterFactoryImpl {

	private static final Set<Object> SUPPORTED_TYPES = Set.of(IEditingDomainItemProvider.class,
			IStructuredItemContentProvider.class, ITreeItemContentProvider.class, IItemLabelProvider.class,
			IItemPropertySource.class);

	@Override
	public boolean isFactoryForType(Object type) {
		return SUPPORTED_TYPES.contains(type);
	}

	@Override
	protected Adapter createAdapter(Notifier target) {
		return new CatalogItemProvider(this);
	}

	@Override
	public Adapter adapt(Notifier notifier, Object type) {
		return super.adapt(notifier, this);
	}

	@Override
	public Object adapt(Object object, Object type) {
		if (isFactoryForType(type)) {
			Object adapter = super.adapt(object, type);
			if (!(type instanceof Class<?> kind) || kind.isInstance(adapter)) {
				return adapter;
			}
		}
		return null;
	}
}
