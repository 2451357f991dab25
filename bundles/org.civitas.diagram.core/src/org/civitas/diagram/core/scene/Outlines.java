package org.civitas.diagram.core.scene;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import org.civitas.diagram.core.scene.Figure.Point;
import org.civitas.diagram.spec.ArrowKind;
import org.civitas.diagram.spec.NodeShape;

/**
 * The geometry of shapes and arrow heads, computed once for every renderer: SVG writes these
 * paths, Java2D fills them, the editor converts them, so a diamond is the same diamond
 * everywhere.
 */
public final class Outlines {

	/** Corner radius of rounded rectangles. */
	public static final double CORNER = 8;
	private static final double FOLD = 10;
	private static final double ARROW_LENGTH = 10;
	private static final double ARROW_HALF_WIDTH = 5;

	private Outlines() {
	}

	/** The outline of a shape in a box. */
	public static java.awt.Shape of(NodeShape shape, double x, double y, double width, double height) {
		return switch (shape) {
		case ROUNDED_RECTANGLE -> new RoundRectangle2D.Double(x, y, width, height, 2 * CORNER, 2 * CORNER);
		case ELLIPSE -> new Ellipse2D.Double(x, y, width, height);
		case DIAMOND -> polygon(x + width / 2, y, x + width, y + height / 2, x + width / 2, y + height, x, y + height / 2);
		case HEXAGON -> {
			double inset = Math.min(width / 4, height / 2);
			yield polygon(x + inset, y, x + width - inset, y, x + width, y + height / 2, x + width - inset, y + height,
					x + inset, y + height, x, y + height / 2);
		}
		case NOTE -> polygon(x, y, x + width - FOLD, y, x + width, y + FOLD, x + width, y + height, x, y + height);
		default -> new Rectangle2D.Double(x, y, width, height);
		};
	}

	private static Path2D polygon(double... coordinates) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(coordinates[0], coordinates[1]);
		for (int i = 2; i < coordinates.length; i += 2) {
			path.lineTo(coordinates[i], coordinates[i + 1]);
		}
		path.closePath();
		return path;
	}

	/**
	 * The head of an arrow of this kind whose tip is at {@code tip}, for a line arriving from
	 * {@code from}; {@code null} for none.
	 */
	public static java.awt.Shape arrow(ArrowKind kind, Point tip, Point from, double lineWidth) {
		double dx = tip.x() - from.x();
		double dy = tip.y() - from.y();
		double length = Math.hypot(dx, dy);
		if (kind == ArrowKind.NONE || length == 0) {
			return null;
		}
		double scale = Math.max(1, lineWidth / 1.5);
		double ux = dx / length;
		double uy = dy / length;
		double back = ARROW_LENGTH * scale;
		double half = ARROW_HALF_WIDTH * scale;
		double bx = tip.x() - ux * back;
		double by = tip.y() - uy * back;
		return switch (kind) {
		case ARROW -> {
			Path2D.Double open = new Path2D.Double();
			open.moveTo(bx - uy * half, by + ux * half);
			open.lineTo(tip.x(), tip.y());
			open.lineTo(bx + uy * half, by - ux * half);
			yield open;
		}
		case TRIANGLE -> polygon(tip.x(), tip.y(), bx - uy * half, by + ux * half, bx + uy * half, by - ux * half);
		case DIAMOND -> {
			double mx = tip.x() - ux * back;
			double my = tip.y() - uy * back;
			double ex = tip.x() - 2 * ux * back;
			double ey = tip.y() - 2 * uy * back;
			yield polygon(tip.x(), tip.y(), mx - uy * half, my + ux * half, ex, ey, mx + uy * half, my - ux * half);
		}
		case CIRCLE -> new Ellipse2D.Double(tip.x() - ux * half - half, tip.y() - uy * half - half, 2 * half, 2 * half);
		default -> null;
		};
	}

	/** Whether an arrow head of this kind is filled, rather than stroked like the line. */
	public static boolean filled(ArrowKind kind) {
		return kind != ArrowKind.ARROW;
	}

	/** A polyline through the points, for renderers drawing lines. */
	public static Path2D polyline(List<Point> points) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(points.get(0).x(), points.get(0).y());
		for (int i = 1; i < points.size(); i++) {
			path.lineTo(points.get(i).x(), points.get(i).y());
		}
		return path;
	}
}
