/**
 * The workbench's side of model documents ({@link org.civitas.emf.document.ModelDocument}): one
 * {@link org.civitas.ui.emf.document.DocumentSaveable} for every editor on a document, so Save in
 * any of them saves the model and its diagrams together, and
 * {@link org.civitas.ui.emf.document.ExternalChanges} for files changed on disk by others.
 */
package org.civitas.ui.emf.document;
