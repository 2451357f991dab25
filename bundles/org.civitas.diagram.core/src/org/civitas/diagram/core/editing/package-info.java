/**
 * Diagrams open for editing without a user interface.
 * {@link org.civitas.diagram.core.editing.OpenDiagram} loads a diagram into its model's document
 * and offers the editor's operations (move, resize, hide, pin, layers, filters, delete, the
 * specification's tools) as commands on the document's stack, so that a test, a script or another
 * editor edits a diagram exactly as the diagram editor does.
 */
package org.civitas.diagram.core.editing;
