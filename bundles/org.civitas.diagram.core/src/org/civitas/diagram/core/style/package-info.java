/**
 * The look of diagram elements: the {@link org.civitas.diagram.core.style.StyleResolver} merges a
 * mapping's style, its conditional styles and the customizations of active layers into a complete
 * {@link org.civitas.diagram.core.style.NodeLook} or
 * {@link org.civitas.diagram.core.style.EdgeLook};
 * {@link org.civitas.diagram.core.style.TextMetrics} measures labels alike for layout, screen and
 * export.
 */
package org.civitas.diagram.core.style;
