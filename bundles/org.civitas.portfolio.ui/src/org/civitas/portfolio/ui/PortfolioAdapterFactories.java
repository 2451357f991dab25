package org.civitas.portfolio.ui;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/** The item provider factories every Civitas view of a portfolio uses. */
public final class PortfolioAdapterFactories {

	private PortfolioAdapterFactories() {
	}

	/**
	 * The registered factories (the portfolio's own, and those of any model a plug-in adds),
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
