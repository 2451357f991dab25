package org.civitas.diagram.core.style;

import org.civitas.diagram.spec.LabelPosition;
import org.civitas.diagram.spec.LineStyle;
import org.civitas.diagram.spec.NodeShape;

/**
 * How one node looks once its mapping's style, conditional styles and the customizations of
 * active layers are merged and defaults filled in: every value set.
 *
 * @param width  width computed from the element, or {@code null} to fit the label
 * @param height height computed from the element, or {@code null} to fit the label
 * @param icon   the icon's path relative to the specification, or {@code null}
 */
public record NodeLook(NodeShape shape, String fill, String border, int borderWidth, LineStyle borderLineStyle,
		String labelColor, int labelSize, boolean bold, boolean italic, LabelPosition labelPosition, String icon,
		Double width, Double height) {
}
