package org.civitas.diagram.spec.resource;

import org.civitas.emf.xmi.LocatedXmiResource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates the resources of {@code .viewpoint} files: specifications that toolsmiths write by hand. */
public class SpecificationResourceFactory extends ResourceFactoryImpl {

	/** File extension of viewpoint specifications. */
	public static final String FILE_EXTENSION = "viewpoint"; //$NON-NLS-1$

	@Override
	public Resource createResource(URI uri) {
		return new LocatedXmiResource(uri);
	}
}
