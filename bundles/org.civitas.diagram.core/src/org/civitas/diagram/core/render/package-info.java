/**
 * Writing a scene as a file, without a display: {@link org.civitas.diagram.core.render.SvgWriter}
 * (SVG 1.1, each diagram element a group that says what it shows) and
 * {@link org.civitas.diagram.core.render.PngWriter} (Java2D). The editor paints the same scene, so
 * what is exported is what is on the screen.
 */
package org.civitas.diagram.core.render;
