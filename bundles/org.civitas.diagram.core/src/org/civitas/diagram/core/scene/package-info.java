/**
 * A diagram ready to draw: a {@link org.civitas.diagram.core.scene.Scene} of simple
 * {@link org.civitas.diagram.core.scene.Figure}s in diagram coordinates, built by the
 * {@link org.civitas.diagram.core.scene.SceneBuilder}, which decides everything about how a
 * diagram looks (shapes, labels, routes, arrow heads, decorations). Renderers only draw it.
 */
package org.civitas.diagram.core.scene;
