/**
 * Model documents, headless: one model file open for editing, with one resource set, one editing
 * domain and one command stack shared by every editor open on it.
 * {@link org.civitas.emf.document.ModelDocuments} hands out the
 * {@link org.civitas.emf.document.ModelDocument} of a file; its
 * {@link org.civitas.emf.document.TriggeringCommandStack} lets follow-up changes (a diagram's
 * layout) join the command that caused them, so one Undo takes back both.
 */
package org.civitas.emf.document;
