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
 * computed from where its nodes are now, straight or orthogonal, from border to border, and
 * around the boxes in its way.
 */
final class Routes {

	private static final double LOOP = 24;
	/** How far around the two ends obstacles are looked for; a detour rarely goes further. */
	private static final double REACH = 160;
	/** More boxes than this near an edge and it keeps its plain route: the search would cost too much. */
	private static final int MOST_OBSTACLES = 60;

	/**
	 * At most this many unrouted edges of one drawing are checked against the boxes (each check
	 * looks at every box); the others keep their plain route until a layout routes them.
	 */
	private static final int MOST_SEARCHES = 200;

	private Routes() {
	}

	/**
	 * Routes the edges of one drawing: an edge that no layout has routed goes around the other
	 * boxes it would cross, within a budget of searches per drawing, so that a large diagram
	 * drawn before its first layout is not held up.
	 */
	static final class Router {

		private final List<NodeView> nodes;
		private int searchesLeft = MOST_SEARCHES;

		Router(List<NodeView> nodes) {
			this.nodes = nodes;
		}

		List<Point> route(EdgeView edge) {
			List<Point> plain = plain(edge);
			if (edge.edge().getBendpoints().size() >= 2 || edge.source() == edge.target() || searchesLeft == 0) {
				return plain;
			}
			searchesLeft--;
			return aroundBoxes(edge, plain, nodes);
		}
	}

	/** The plain route, or one around the boxes of {@code nodes} it crosses. */
	private static List<Point> aroundBoxes(EdgeView edge, List<Point> plain, List<NodeView> nodes) {
		double[] source = box(edge.source());
		double[] target = box(edge.target());
		double left = Math.min(source[0], target[0]) - REACH;
		double top = Math.min(source[1], target[1]) - REACH;
		double right = Math.max(source[0] + source[2], target[0] + target[2]) + REACH;
		double bottom = Math.max(source[1] + source[3], target[1] + target[3]) + REACH;
		List<double[]> obstacles = new ArrayList<>();
		for (NodeView node : nodes) {
			double[] box = box(node);
			if (!related(node, edge.source()) && !related(node, edge.target()) && box[0] < right && left < box[0] + box[2]
					&& box[1] < bottom && top < box[1] + box[3]) {
				obstacles.add(box);
			}
		}
		if (obstacles.isEmpty() || obstacles.size() > MOST_OBSTACLES || !crosses(plain, obstacles)) {
			return plain;
		}
		List<Point> around = ObstacleRouter.route(source, target, obstacles);
		return around == null ? plain : around;
	}

	/** Whether one node is the other or contains it: the edge may pass through it. */
	private static boolean related(NodeView node, NodeView end) {
		for (NodeView up = end; up != null; up = up.parent()) {
			if (up == node) {
				return true;
			}
		}
		for (NodeView up = node; up != null; up = up.parent()) {
			if (up == end) {
				return true;
			}
		}
		return false;
	}

	/** Whether a segment of the route passes through one of the boxes. */
	private static boolean crosses(List<Point> route, List<double[]> boxes) {
		for (int i = 1; i < route.size(); i++) {
			for (double[] box : boxes) {
				if (segmentCrossesBox(route.get(i - 1), route.get(i), box)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Liang-Barsky: whether the segment enters the box's inside. */
	private static boolean segmentCrossesBox(Point a, Point b, double[] box) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double[] p = { -dx, dx, -dy, dy };
		double[] q = { a.x() - box[0], box[0] + box[2] - a.x(), a.y() - box[1], box[1] + box[3] - a.y() };
		double enter = 0;
		double leave = 1;
		for (int i = 0; i < 4; i++) {
			if (p[i] == 0) {
				if (q[i] <= 0) {
					return false;
				}
			} else {
				double t = q[i] / p[i];
				if (p[i] < 0) {
					enter = Math.max(enter, t);
				} else {
					leave = Math.min(leave, t);
				}
			}
		}
		return enter < leave;
	}

	/** The stored route, or the straight or orthogonal one from border to border. */
	private static List<Point> plain(EdgeView edge) {
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
