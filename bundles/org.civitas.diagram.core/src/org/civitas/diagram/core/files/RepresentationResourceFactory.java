package org.civitas.diagram.core.files;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates the resources of {@code .diagram} files. */
public class RepresentationResourceFactory extends ResourceFactoryImpl {

	/** File extension of representations. */
	public static final String FILE_EXTENSION = "diagram"; //$NON-NLS-1$

	@Override
	public Resource createResource(URI uri) {
		return new RepresentationResource(uri);
	}
}
