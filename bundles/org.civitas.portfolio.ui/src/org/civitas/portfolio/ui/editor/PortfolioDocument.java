package org.civitas.portfolio.ui.editor;

import java.io.IOException;
import java.util.Map;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.resource.LoadProblem;
import org.civitas.portfolio.ui.PortfolioAdapterFactories;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * One portfolio file open for editing: its resource, and the editing domain whose command
 * stack records every change made to it, from any page or view, for undo, redo and the dirty
 * state. Knows nothing of widgets.
 */
public final class PortfolioDocument {

	private final ComposedAdapterFactory adapterFactory = PortfolioAdapterFactories.create();
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
	private URI uri;
	private Resource resource;
	private LoadProblem loadProblem;

	public PortfolioDocument(URI uri) {
		this.uri = uri;
	}

	/**
	 * Reads the file. A file that cannot be read leaves no resource and a {@link LoadProblem}
	 * naming where it broke; the file itself is never touched.
	 */
	public void load() {
		Resource fresh = domain.getResourceSet().createResource(uri);
		try {
			fresh.load(Map.of());
			resource = fresh;
			loadProblem = null;
		} catch (IOException | RuntimeException e) {
			domain.getResourceSet().getResources().remove(fresh);
			resource = null;
			loadProblem = LoadProblem.of(uri, e);
		}
	}

	/** Reads the file again, dropping unsaved changes and the undo history. */
	public void reload() {
		if (resource != null) {
			resource.unload();
			domain.getResourceSet().getResources().remove(resource);
		}
		commandStack.flush();
		load();
	}

	/** Writes the model to its file and marks the current state as saved. */
	public void save() throws IOException {
		resource.save(Map.of());
		commandStack.saveIsDone();
	}

	/** Saves to another file, which from then on is this document's file. */
	public void saveAs(URI target) throws IOException {
		resource.setURI(target);
		uri = target;
		save();
	}

	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	public URI getUri() {
		return uri;
	}

	/** The loaded resource, or {@code null} when the file could not be read. */
	public Resource getResource() {
		return resource;
	}

	/** The portfolio at the root of the file, or {@code null} if there is none. */
	public Portfolio getPortfolio() {
		return resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Portfolio portfolio
				? portfolio
				: null;
	}

	/** Why the file could not be read, or {@code null} if it was. */
	public LoadProblem getLoadProblem() {
		return loadProblem;
	}

	/** The element with this id (or other URI fragment) in the file, or {@code null}. */
	public EObject find(String fragment) {
		return resource == null ? null : resource.getEObject(fragment);
	}

	public AdapterFactoryEditingDomain getEditingDomain() {
		return domain;
	}

	public ComposedAdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	public void dispose() {
		adapterFactory.dispose();
	}
}
