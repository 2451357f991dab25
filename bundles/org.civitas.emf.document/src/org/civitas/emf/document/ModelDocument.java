package org.civitas.emf.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civitas.emf.xmi.LoadProblem;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;

/**
 * One model file open for editing, shared by every editor open on it (the model editor and
 * each of its diagrams): its resource, the companion resources loaded beside it (diagram
 * files), and the one editing domain whose command stack records every change to any of them.
 * One Undo history and one dirty state for them all, as Sirius users know from its sessions;
 * saving writes every file of the document. Obtain documents from {@link ModelDocuments}.
 * Knows nothing of widgets.
 */
public final class ModelDocument {

	/** Hears what happens to a document as a whole. */
	public interface Listener {

		/** The document was saved, or its unsaved state changed otherwise than by a command. */
		default void dirtyChanged() {
		}

		/**
		 * The document's files are about to be read again: take no more changes to the elements
		 * read before (they will be dropped); showing them meanwhile is fine.
		 */
		default void reloading() {
		}

		/** The document's files were read again; every element read before is gone. */
		default void reloaded() {
		}
	}

	private final ComposedAdapterFactory adapterFactory = EmfAdapterFactories.create();
	private final TriggeringCommandStack commandStack = new TriggeringCommandStack();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
	private final ListenerList<Listener> listeners = new ListenerList<>();
	private final Map<URI, Resource> companions = new LinkedHashMap<>();
	private URI uri;
	private Resource resource;
	private LoadProblem loadProblem;
	private boolean read;
	/**
	 * Held while the files are read or written, outside the lock of the document's state: the
	 * model is read once however many editors ask, and saves follow one another.
	 */
	private final Object fileAccess = new Object();
	/** Each workspace file's modification stamp when the document last read or wrote it. */
	private final Map<URI, Long> stamps = new HashMap<>();
	/**
	 * Whether the document is writing its files: a file saved through the workspace (a
	 * toolsmith's plain XMI model) is announced as changed while the save goes on, and that
	 * change is the document's own.
	 */
	private boolean writing;

	ModelDocument(URI uri) {
		this.uri = uri;
	}

	/**
	 * Reads the model file unless it was read already (by another editor of the document). A file
	 * that cannot be read leaves no resource and a {@link LoadProblem} naming where it broke; the
	 * file itself is never touched. The file is parsed outside the document's lock, so that the
	 * user interface asking the document for its name or state meanwhile is not held up for the
	 * second it takes to read a large model.
	 */
	public void load() {
		synchronized (fileAccess) {
			URI file;
			synchronized (this) {
				if (read) {
					return;
				}
				file = uri;
			}
			Resource fresh = domain.getResourceSet().getResourceFactoryRegistry().getFactory(file).createResource(file);
			LoadProblem problem = null;
			try {
				fresh.load(Map.of());
			} catch (IOException | RuntimeException e) {
				fresh = null;
				problem = LoadProblem.of(file, e);
			}
			synchronized (this) {
				if (fresh != null) {
					domain.getResourceSet().getResources().add(fresh);
				}
				resource = fresh;
				loadProblem = problem;
				read = true;
				rememberStamp(file);
			}
		}
	}

	/** Whether the model file was read (or found unreadable), so that {@link #load()} returns at once. */
	public synchronized boolean isRead() {
		return read;
	}

	/**
	 * The resource of a file that belongs with the model, such as one of its diagrams, read into
	 * the document on first use. Its changes are commands on the document's stack and it is
	 * saved with the model.
	 *
	 * @throws IOException naming the file, line and column where it could not be read
	 */
	public synchronized Resource companion(URI file) throws IOException {
		Resource known = companions.get(file);
		if (known != null) {
			return known;
		}
		Resource fresh = domain.getResourceSet().createResource(file);
		try {
			fresh.load(Map.of());
		} catch (IOException | RuntimeException e) {
			domain.getResourceSet().getResources().remove(fresh);
			throw new IOException(LoadProblem.of(file, e).toString(), e);
		}
		companions.put(file, fresh);
		rememberStamp(file);
		return fresh;
	}

	/** Adds a resource created in memory (a new diagram) to the document; it is saved with the model. */
	public synchronized void addCompanion(Resource created) {
		if (created.getResourceSet() != domain.getResourceSet()) {
			domain.getResourceSet().getResources().add(created);
		}
		companions.put(created.getURI(), created);
	}

	/**
	 * Leaves a companion out of the document, as when its file is deleted, so that saving does
	 * not write it back; the history stays (undoing a change to it changes nothing visible).
	 */
	public synchronized void dropCompanion(URI file) {
		Resource dropped = companions.remove(file);
		if (dropped != null) {
			domain.getResourceSet().getResources().remove(dropped);
			stamps.remove(file);
		}
	}

	/** The URIs of the document's files: the model's first, then its companions'. */
	public synchronized List<URI> files() {
		List<URI> files = new ArrayList<>();
		files.add(uri);
		files.addAll(companions.keySet());
		return files;
	}

	/**
	 * Reads the model and its companions again, dropping unsaved changes and the undo history.
	 * The listeners hear {@link Listener#reloading()} at once, on the calling thread (the user
	 * interface's), and stop taking changes; a background job then reads the files, so that a
	 * large model read again after a change on disk does not hold the workbench still, and the
	 * listeners hear {@link Listener#reloaded()} from that job. What was read before is left as
	 * it was (not unloaded, which takes a quarter of a second for 100,000 elements), so that an
	 * editor may go on showing it until the new one is there; nothing refers to it then. A
	 * companion that can no longer be read is left out.
	 *
	 * @return the job reading the files, already scheduled
	 */
	public Job reload() {
		List<URI> companionFiles;
		synchronized (this) {
			companionFiles = List.copyOf(companions.keySet());
		}
		commandStack.flush();
		listeners.forEach(Listener::reloading);
		Job reading = Job.create(NLS.bind(Messages.ModelDocument_reading, uri.lastSegment()), monitor -> {
			synchronized (this) {
				domain.getResourceSet().getResources().clear();
				companions.clear();
				read = false;
				resource = null;
			}
			load();
			for (URI companion : companionFiles) {
				try {
					companion(companion);
				} catch (IOException unreadable) {
					// Its editor reads it again itself and reports why it cannot.
				}
			}
			listeners.forEach(Listener::reloaded);
		});
		reading.setPriority(Job.SHORT);
		reading.schedule();
		return reading;
	}

	/**
	 * Writes the model and every companion, each atomically, and marks the current state as saved;
	 * on any thread, while commands wait. The writing happens outside the lock of the document's
	 * state, as the reading does.
	 */
	public void save() throws IOException {
		synchronized (fileAccess) {
			List<Resource> written = new ArrayList<>();
			synchronized (this) {
				written.add(resource);
				written.addAll(companions.values());
				writing = true;
			}
			try {
				// Changes wait while the files are written, so that they hold one state of the model.
				commandStack.readWhileChangesWait(() -> {
					for (Resource file : written) {
						file.save(Map.of());
					}
					commandStack.saveIsDone();
					return null;
				});
			} finally {
				synchronized (this) {
					rememberStamps();
					writing = false;
				}
			}
		}
		listeners.forEach(Listener::dirtyChanged);
	}

	/** Saves the model to another file, which from then on is this document's file. */
	public void saveAs(URI target) throws IOException {
		synchronized (this) {
			resource.setURI(target);
			uri = target;
		}
		save();
	}

	/** Follows one of the document's files, the model or a companion, to where it was moved or renamed. */
	public synchronized void moved(URI previous, URI target) {
		if (previous.equals(uri)) {
			if (resource != null) {
				resource.setURI(target);
			}
			uri = target;
		} else if (companions.containsKey(previous)) {
			Resource companion = companions.remove(previous);
			companion.setURI(target);
			companions.put(target, companion);
		} else {
			return;
		}
		stamps.remove(previous);
		rememberStamp(target);
	}

	/** Notes the files' current modification stamps, after the document read or wrote them. */
	public synchronized void rememberStamps() {
		files().forEach(this::rememberStamp);
	}

	private void rememberStamp(URI file) {
		IFile workspaceFile = WorkspaceFiles.fileOf(file);
		if (workspaceFile != null) {
			stamps.put(file, workspaceFile.getModificationStamp());
		}
	}

	/** Whether someone else changed the file since the document last read or wrote it. */
	public synchronized boolean changedByOthers(URI file) {
		IFile workspaceFile = WorkspaceFiles.fileOf(file);
		return !writing && workspaceFile != null && stamps.containsKey(file)
				&& stamps.get(file) != workspaceFile.getModificationStamp();
	}

	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	public synchronized URI getUri() {
		return uri;
	}

	/** The loaded model resource, or {@code null} when the file was not read or could not be. */
	public synchronized Resource getResource() {
		return resource;
	}

	/** The first element of the model, or {@code null} if there is none. */
	public synchronized EObject getRoot() {
		return resource == null || resource.getContents().isEmpty() ? null : resource.getContents().get(0);
	}

	/** Why the file could not be read, or {@code null} if it was. */
	public synchronized LoadProblem getLoadProblem() {
		return loadProblem;
	}

	/** The element with this id (or other URI fragment) in the model, or {@code null}. */
	public synchronized EObject find(String fragment) {
		return resource == null ? null : resource.getEObject(fragment);
	}

	public AdapterFactoryEditingDomain getEditingDomain() {
		return domain;
	}

	public TriggeringCommandStack getCommandStack() {
		return commandStack;
	}

	public ComposedAdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	void dispose() {
		adapterFactory.dispose();
		for (Resource loaded : List.copyOf(domain.getResourceSet().getResources())) {
			loaded.unload();
		}
	}
}
