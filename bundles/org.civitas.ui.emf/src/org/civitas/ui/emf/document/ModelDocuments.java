package org.civitas.ui.emf.document;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;

/**
 * The model documents open in the workbench, one per model file, shared by the editors open on
 * it. An editor acquires its document when it opens and releases it when it closes; the last
 * release disposes it.
 */
public final class ModelDocuments {

	private static final Map<URI, ModelDocument> OPEN = new HashMap<>();
	private static final Map<ModelDocument, Integer> USERS = new HashMap<>();

	private ModelDocuments() {
	}

	/** The document of the model file, opened (not yet read) if no editor has it. */
	public static synchronized ModelDocument acquire(URI modelFile) {
		ModelDocument document = OPEN.computeIfAbsent(modelFile, ModelDocument::new);
		USERS.merge(document, 1, Integer::sum);
		return document;
	}

	/** The document of the model file if an editor has it open, or {@code null}. */
	public static synchronized ModelDocument find(URI modelFile) {
		return OPEN.get(modelFile);
	}

	/** Gives a document back; the last editor to give it back disposes it. */
	public static synchronized void release(ModelDocument document) {
		int left = USERS.merge(document, -1, Integer::sum);
		if (left > 0) {
			return;
		}
		USERS.remove(document);
		OPEN.values().remove(document);
		document.dispose();
	}

	/** Files the document under its model's new location, after a move or Save As. */
	public static synchronized void relocated(ModelDocument document, URI previous) {
		if (OPEN.get(previous) == document) {
			OPEN.remove(previous);
			OPEN.put(document.getUri(), document);
		}
	}
}
