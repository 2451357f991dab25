package org.civitas.portfolio.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link PortfolioResource}s; registered for the {@code .portfolio} extension and content type. */
public class PortfolioResourceFactory extends ResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new PortfolioResource(uri);
	}
}
