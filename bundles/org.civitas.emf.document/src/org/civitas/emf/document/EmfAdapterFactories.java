package org.civitas.emf.document;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/** The item provider factories every Civitas view of a model uses. */
public final class EmfAdapterFactories {

	private EmfAdapterFactories() {
	}

	/**
	 * The registered factories (those of every model a plug-in contributes),
	 * then resources, then a reflective fallback so an element of an unknown model still shows.
	 * The caller disposes it.
	 */
	public static ComposedAdapterFactory create() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}
}
