package org.civitas.emf.document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;

/**
 * The model documents open in the workbench, one per model file, shared by the editors open on
 * it. An editor acquires its document when it opens and releases it when it closes; the last
 * release disposes it. Editors answer the workbench's {@code isSaveOnCloseNeeded} with
 * {@link #saveOnClose}, so that closing one of several asks nothing and closing the last asks
 * once.
 */
public final class ModelDocuments {

	private static final Map<URI, ModelDocument> OPEN = new HashMap<>();
	private static final Map<ModelDocument, Integer> USERS = new HashMap<>();
	/** The editors of each document that the workbench has asked whether closing them needs a save. */
	private static final Map<ModelDocument, Set<Object>> CLOSING = new HashMap<>();

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

	/**
	 * Whether closing this editor must offer to save the document: only when it is dirty and no
	 * other editor of the document stays open. The workbench asks each editor it is about to
	 * close, one after another, before closing any (Close All, exit); so an editor counts as
	 * staying until it has been asked, and the last one asked offers the save for all.
	 */
	public static synchronized boolean saveOnClose(ModelDocument document, Object editor) {
		Set<Object> closing = CLOSING.computeIfAbsent(document, key -> new HashSet<>());
		closing.add(editor);
		return document.isDirty() && closing.size() >= USERS.getOrDefault(document, 0);
	}

	/** An editor gives its document back; the last one to give it back disposes it. */
	public static synchronized void release(ModelDocument document, Object editor) {
		Set<Object> closing = CLOSING.get(document);
		if (closing != null) {
			closing.remove(editor);
		}
		int left = USERS.merge(document, -1, Integer::sum);
		if (left > 0) {
			return;
		}
		USERS.remove(document);
		CLOSING.remove(document);
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
