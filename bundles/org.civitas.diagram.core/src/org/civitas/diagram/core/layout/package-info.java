/**
 * Placing the nodes of a diagram by its layout kind:
 * {@link org.civitas.diagram.core.layout.DiagramLayouter} with ELK's layered algorithm
 * ({@link org.civitas.diagram.core.layout.ElkLayered}), on a grid
 * ({@link org.civitas.diagram.core.layout.GridArranger}) or on a timeline
 * ({@link org.civitas.diagram.core.layout.TimelineArranger}); positions, sizes and routes are
 * stored in the representation, and pinned nodes stay where the user put them.
 */
package org.civitas.diagram.core.layout;
