package org.civitas.diagram.core.style;

import org.civitas.diagram.spec.ArrowKind;
import org.civitas.diagram.spec.EdgeRouting;
import org.civitas.diagram.spec.LineStyle;

/** How one edge looks once its styles are merged and defaults filled in: every value set. */
public record EdgeLook(String lineColor, double lineWidth, LineStyle lineStyle, ArrowKind sourceArrow,
		ArrowKind targetArrow, EdgeRouting routing, String labelColor, int labelSize) {
}
