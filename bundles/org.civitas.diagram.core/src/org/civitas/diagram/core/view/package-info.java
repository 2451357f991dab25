/**
 * A synchronized diagram as it is drawn now: a {@link org.civitas.diagram.core.view.DiagramView}
 * of the visible {@link org.civitas.diagram.core.view.NodeView}s and
 * {@link org.civitas.diagram.core.view.EdgeView}s, each with its element, look, label and tooltip,
 * computed afresh from the specification and never stored.
 */
package org.civitas.diagram.core.view;
