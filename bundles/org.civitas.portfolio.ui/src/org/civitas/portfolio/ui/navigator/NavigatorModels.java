package org.civitas.portfolio.ui.navigator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.civitas.emf.xmi.LoadProblem;
import org.civitas.emf.document.EmfAdapterFactories;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * The portfolios the Project Explorer shows inside their files, read from disk (not from an
 * open editor: the explorer shows what is saved), each read once until its file changes.
 */
final class NavigatorModels {

	static final NavigatorModels INSTANCE = new NavigatorModels();

	private final ComposedAdapterFactory adapterFactory = EmfAdapterFactories.create();
	private final ResourceSet resources = new ResourceSetImpl();
	private final Map<IFile, Object> loaded = new ConcurrentHashMap<>();

	private NavigatorModels() {
	}

	ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** What was read from the file: its resource, a {@link LoadProblem}, or {@code null} if not read yet. */
	Object contentOf(IFile file) {
		return loaded.get(file);
	}

	/** Reads the file; slow for large files, so callers run it in a job. */
	synchronized Object read(IFile file) {
		Object content = loaded.get(file);
		if (content != null) {
			return content;
		}
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		Resource resource = resources.createResource(uri);
		try {
			resource.load(null);
			content = resource;
		} catch (Exception e) {
			resources.getResources().remove(resource);
			content = LoadProblem.of(uri, e);
		}
		loaded.put(file, content);
		return content;
	}

	/** Drops what was read from the file, which changed or went away. */
	synchronized void forget(IFile file) {
		if (loaded.remove(file) instanceof Resource resource) {
			resource.unload();
			resources.getResources().remove(resource);
		}
	}
}
