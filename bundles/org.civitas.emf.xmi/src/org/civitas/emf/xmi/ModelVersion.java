package org.civitas.emf.xmi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;

/**
 * One version of a model file read on its own, in a resource set of its own, as the kind of
 * model its path in the repository names: Git hands versions over as temporary files or blobs
 * without the model's extension. Used by the merge and diff drivers and by the workbench's
 * team operations alike.
 */
public final class ModelVersion {

	private ModelVersion() {
	}

	/**
	 * Reads {@code content} as a model of the kind {@code kind}'s extension names.
	 *
	 * @param location where the version is, named in messages (and the resource's URI)
	 * @return the resource, which holds at least one root
	 * @throws IOException one line naming the file, with line and column where the text is wrong
	 */
	public static Resource read(InputStream content, URI location, URI kind) throws IOException {
		Resource.Factory factory = Resource.Factory.Registry.INSTANCE.getFactory(kind);
		if (factory == null) {
			throw new IOException(NLS.bind(Messages.ModelVersion_unknownKind, named(kind)));
		}
		Resource resource = factory.createResource(location);
		new ResourceSetImpl().getResources().add(resource);
		try (content) {
			resource.load(content, Map.of());
		} catch (IOException | RuntimeException failure) {
			throw new IOException(LoadProblem.of(location, failure).toString(), failure);
		}
		if (resource.getContents().isEmpty()) {
			throw new IOException(NLS.bind(Messages.ModelVersion_empty, named(location)));
		}
		return resource;
	}

	/**
	 * Lets go of a version read with {@link #read}, given any of its elements: unloads its
	 * resource. Long-lived item providers keep every element they were asked about, and through
	 * its container the whole version; unloading detaches them.
	 */
	public static void release(EObject element) {
		Resource resource = element == null ? null : element.eResource();
		if (resource != null) {
			resource.unload();
			if (resource.getResourceSet() != null) {
				resource.getResourceSet().getResources().remove(resource);
			}
		}
	}

	private static String named(URI file) {
		return file.isFile() ? file.toFileString() : file.toString();
	}
}
