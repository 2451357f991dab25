package org.civitas.validation.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civitas.emf.document.ModelDocument;
import org.civitas.emf.document.WorkspaceFiles;
import org.eclipse.core.resources.IFile;

/**
 * The live validation of a model document, shared by every editor open on it (the model editor
 * and its diagrams): the model is validated once, its markers are written once, and each edit,
 * wherever it was made, is checked again once. The last editor to release it leaves the
 * markers describing the file as saved.
 */
public final class DocumentValidation implements ModelDocument.Listener {

	private static final Map<ModelDocument, DocumentValidation> SHARED = new HashMap<>();

	private final ModelDocument document;
	private int users;
	private LiveValidation live;

	private DocumentValidation(ModelDocument document) {
		this.document = document;
	}

	/** The validation of a document, for one more editor; give it back with {@link #release()}. */
	public static synchronized DocumentValidation acquire(ModelDocument document) {
		DocumentValidation shared = SHARED.computeIfAbsent(document, key -> {
			DocumentValidation created = new DocumentValidation(key);
			key.addListener(created);
			return created;
		});
		shared.users++;
		return shared;
	}

	/**
	 * The live validation of the model, which validates it fully the first time it is asked for
	 * after the model was read; {@code null} while the model is not read or cannot be. Call it
	 * from the thread that reads the model, or the user interface thread.
	 */
	public synchronized LiveValidation live() {
		if (live == null && document.getResource() != null) {
			live = new LiveValidation(this::file, document.getResource());
			live.validateAll();
		}
		return live;
	}

	private IFile file() {
		return WorkspaceFiles.fileOf(document.getUri());
	}

	/**
	 * The model was read again (in the job that read it, before any editor shows it): the
	 * new one is validated there too, so that the editors find its findings ready.
	 */
	@Override
	public synchronized void reloaded() {
		if (live != null) {
			live.dispose();
			live = null;
		}
		live();
	}

	/** An editor is done with the validation; the last one stops it. */
	public void release() {
		synchronized (DocumentValidation.class) {
			if (--users > 0) {
				return;
			}
			SHARED.remove(document);
		}
		document.removeListener(this);
		synchronized (this) {
			if (live != null && (live.dispose() || document.isDirty())) {
				// The markers described unsaved changes, or lag behind the last edit: describe the file as saved.
				FileValidation.schedule(List.of(file()));
			}
			live = null;
		}
	}
}
