/**
 * The diagram editor for any viewpoint: the {@link org.civitas.diagram.ui.editor.DiagramEditor} of
 * {@code .diagram} files draws the engine's scene and edits it with the tools of its
 * specification, sharing its model's document (and command stack) with every other editor of the
 * model. {@link org.civitas.diagram.ui.editor.DiagramFiles} finds and creates a model's diagrams
 * in the workspace.
 */
package org.civitas.diagram.ui.editor;
