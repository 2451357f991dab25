/**
 * The diagram engine's whole way from a model to a picture, for any EMF model and any viewpoint.
 * {@link org.civitas.diagram.core.Drawings} synchronizes a representation with its model, places
 * what is new and builds the scene, as the editor and export both do; the result is a
 * {@link org.civitas.diagram.core.Drawing}. {@link org.civitas.diagram.core.ElementIds} says how a
 * diagram names the model elements it shows.
 * <p>The subpackages are the steps of that way: {@code spec} (viewpoints read and checked),
 * {@code expressions}, {@code sync}, {@code layout}, {@code view}, {@code style}, {@code scene},
 * {@code render} (SVG and PNG), {@code tools}, {@code files} and {@code editing} (a diagram open
 * for editing, headless).</p>
 */
package org.civitas.diagram.core;
