package org.civitas.diagram.core.view;

import org.civitas.diagram.core.representation.DEdge;
import org.civitas.diagram.core.style.EdgeLook;
import org.civitas.diagram.spec.EdgeMapping;
import org.eclipse.emf.ecore.EObject;

/**
 * An edge as it is drawn now, between two visible nodes.
 *
 * @param element the edge's own element (element-based), or {@code null}
 * @param label   the label, empty for none
 * @param tooltip text for hovering, or {@code null}
 */
public record EdgeView(DEdge edge, EdgeMapping mapping, EObject element, NodeView source, NodeView target, EdgeLook look,
		String label, String tooltip) {
}
