package org.civitas.diagram.core.scene;

import java.util.List;

import org.civitas.diagram.core.sync.DiagramProblem;

/**
 * A diagram ready to draw.
 *
 * @param title    the diagram's name
 * @param x        left of the drawing area, in diagram coordinates
 * @param y        top of the drawing area
 * @param width    width of the drawing area
 * @param height   height of the drawing area
 * @param figures  what to draw, back to front
 * @param problems what could not be drawn as specified
 */
public record Scene(String title, double x, double y, double width, double height, List<Figure> figures,
		List<DiagramProblem> problems) {
}
