package org.civitas.diagram.core.scene;

import java.util.ArrayList;
import java.util.List;

import org.civitas.diagram.core.representation.DPoint;
import org.civitas.diagram.core.scene.Figure.Point;
import org.civitas.diagram.core.view.EdgeView;
import org.civitas.diagram.core.view.NodeView;
import org.civitas.diagram.spec.EdgeRouting;

/**
 * The route an edge is drawn along: the one layout stored (ELK's, in layered diagrams), or one
 * computed from where its nodes are now, straight or orthogonal, from border to border.
 */
final class Routes {

	private static final double LOOP = 24;

	private Routes() {
	}

	static List<Point> of(EdgeView edge) {
		List<DPoint> stored = edge.edge().getBendpoints();
		if (stored.size() >= 2) {
			List<Point> route = new ArrayList<>(stored.size());
			for (DPoint point : stored) {
				route.add(new Point(point.getX(), point.getY()));
			}
			return route;
		}
		double[] source = box(edge.source());
		double[] target = box(edge.target());
		if (edge.source() == edge.target()) {
			return loop(source);
		}
		return edge.look().routing() == EdgeRouting.ORTHOGONAL ? orthogonal(source, target) : straight(source, target);
	}

	/** The point halfway along a route, where its label goes. */
	static Point middle(List<Point> route) {
		double total = 0;
		for (int i = 1; i < route.size(); i++) {
			total += distance(route.get(i - 1), route.get(i));
		}
		double remaining = total / 2;
		for (int i = 1; i < route.size(); i++) {
			Point a = route.get(i - 1);
			Point b = route.get(i);
			double segment = distance(a, b);
			if (segment >= remaining && segment > 0) {
				double t = remaining / segment;
				return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
			}
			remaining -= segment;
		}
		return route.get(0);
	}

	private static double distance(Point a, Point b) {
		return Math.hypot(b.x() - a.x(), b.y() - a.y());
	}

	/** {x, y, width, height} of a node in diagram coordinates. */
	private static double[] box(NodeView node) {
		return new double[] { node.absoluteX(), node.absoluteY(), node.node().getWidth(), node.node().getHeight() };
	}

	private static List<Point> straight(double[] source, double[] target) {
		Point from = centre(source);
		Point to = centre(target);
		return List.of(clip(source, from, to), clip(target, to, from));
	}

	/** Leaves and enters nodes on the sides facing each other, with one bend pair halfway. */
	private static List<Point> orthogonal(double[] source, double[] target) {
		Point from = centre(source);
		Point to = centre(target);
		boolean horizontal = Math.abs(to.x() - from.x()) - (source[2] + target[2]) / 2 >= Math.abs(to.y() - from.y())
				- (source[3] + target[3]) / 2;
		if (horizontal) {
			boolean rightwards = to.x() > from.x();
			Point start = new Point(rightwards ? source[0] + source[2] : source[0], from.y());
			Point end = new Point(rightwards ? target[0] : target[0] + target[2], to.y());
			if (start.y() == end.y()) {
				return List.of(start, end);
			}
			double middle = (start.x() + end.x()) / 2;
			return List.of(start, new Point(middle, start.y()), new Point(middle, end.y()), end);
		}
		boolean downwards = to.y() > from.y();
		Point start = new Point(from.x(), downwards ? source[1] + source[3] : source[1]);
		Point end = new Point(to.x(), downwards ? target[1] : target[1] + target[3]);
		if (start.x() == end.x()) {
			return List.of(start, end);
		}
		double middle = (start.y() + end.y()) / 2;
		return List.of(start, new Point(start.x(), middle), new Point(end.x(), middle), end);
	}

	private static List<Point> loop(double[] box) {
		double right = box[0] + box[2];
		double top = box[1];
		return List.of(new Point(right - LOOP, top), new Point(right - LOOP, top - LOOP), new Point(right + LOOP, top - LOOP),
				new Point(right + LOOP, top + LOOP), new Point(right, top + LOOP));
	}

	private static Point centre(double[] box) {
		return new Point(box[0] + box[2] / 2, box[1] + box[3] / 2);
	}

	/** Where the segment from {@code inside} (the box's centre) towards {@code outside} leaves the box. */
	private static Point clip(double[] box, Point inside, Point outside) {
		double dx = outside.x() - inside.x();
		double dy = outside.y() - inside.y();
		if (dx == 0 && dy == 0) {
			return inside;
		}
		double scaleX = dx == 0 ? Double.MAX_VALUE : box[2] / 2 / Math.abs(dx);
		double scaleY = dy == 0 ? Double.MAX_VALUE : box[3] / 2 / Math.abs(dy);
		double scale = Math.min(1, Math.min(scaleX, scaleY));
		return new Point(inside.x() + dx * scale, inside.y() + dy * scale);
	}
}
