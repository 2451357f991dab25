package org.civitas.diagram.core.scene;

import java.util.List;

import org.civitas.diagram.core.scene.Figure.Group;
import org.civitas.diagram.core.scene.Figure.Line;
import org.civitas.diagram.core.scene.Figure.Outline;
import org.civitas.diagram.core.scene.Figure.Picture;
import org.civitas.diagram.core.scene.Figure.Point;
import org.civitas.diagram.core.scene.Figure.Text;
import org.civitas.diagram.core.style.TextMetrics;

/**
 * The box that holds figures: for sizing the drawing area, and for the editor to paint only
 * what a repaint needs.
 */
public final class Bounds {

	private double left = Double.MAX_VALUE;
	private double top = Double.MAX_VALUE;
	private double right = -Double.MAX_VALUE;
	private double bottom = -Double.MAX_VALUE;

	private Bounds() {
	}

	/** {left, top, right, bottom}; an empty scene is a small square at the origin. */
	public static double[] of(List<Figure> figures) {
		Bounds bounds = new Bounds();
		bounds.addAll(figures);
		if (bounds.left > bounds.right) {
			return new double[] { 0, 0, 100, 60 };
		}
		return new double[] { bounds.left, bounds.top, bounds.right, bounds.bottom };
	}

	private void addAll(List<Figure> figures) {
		for (Figure figure : figures) {
			add(figure);
		}
	}

	private void add(Figure figure) {
		if (figure instanceof Group group) {
			addAll(group.children());
		} else if (figure instanceof Outline outline) {
			include(outline.x(), outline.y());
			include(outline.x() + outline.width(), outline.y() + outline.height());
		} else if (figure instanceof Picture picture) {
			include(picture.x(), picture.y());
			include(picture.x() + picture.width(), picture.y() + picture.height());
		} else if (figure instanceof Line line) {
			for (Point point : line.points()) {
				include(point.x(), point.y());
			}
		} else if (figure instanceof Text text) {
			addText(text);
		}
	}

	private void addText(Text text) {
		double widest = 0;
		for (String line : text.lines()) {
			widest = Math.max(widest, TextMetrics.INSTANCE.width(line, text.size(), text.bold(), text.italic()));
		}
		double start = switch (text.anchor()) {
		case MIDDLE -> text.x() - widest / 2;
		case END -> text.x() - widest;
		default -> text.x();
		};
		include(start, text.top());
		include(start + widest, text.top() + text.lines().size() * text.lineHeight());
	}

	private void include(double x, double y) {
		left = Math.min(left, x);
		top = Math.min(top, y);
		right = Math.max(right, x);
		bottom = Math.max(bottom, y);
	}
}
