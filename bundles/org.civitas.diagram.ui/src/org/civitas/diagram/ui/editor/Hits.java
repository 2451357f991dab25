package org.civitas.diagram.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civitas.diagram.core.scene.Figure.Group;
import org.civitas.diagram.core.scene.Figure.Kind;
import org.civitas.diagram.core.scene.Figure.Line;
import org.civitas.diagram.core.scene.Figure.Outline;
import org.civitas.diagram.core.scene.Figure.Point;
import org.civitas.diagram.core.scene.Figure;
import org.civitas.diagram.core.scene.Scene;
import org.civitas.diagram.core.view.DiagramView;
import org.civitas.diagram.core.view.EdgeView;
import org.civitas.diagram.core.view.NodeView;

/**
 * What is under a point of a diagram as drawn: the front-most node (bordered nodes before their
 * owner, children before their container), or an edge near the point.
 */
final class Hits {

	private static final double LABEL_BOX_WIDTH = 160;
	private static final double LABEL_BOX_HEIGHT = 24;

	private final DiagramView view;
	private final Map<String, List<Point>> routes = new HashMap<>();
	private final Map<String, String> tooltips = new HashMap<>();
	/** Decoration badges, front-most last: their box {x, y, width, height} and their tooltip. */
	private final List<Map.Entry<double[], String>> badges = new ArrayList<>();

	Hits(DiagramView view, Scene scene) {
		this.view = view;
		collect(scene.figures());
	}

	private void collect(List<Figure> figures) {
		for (Figure figure : figures) {
			if (figure instanceof Group group) {
				if (group.tooltip() != null && group.id() != null) {
					tooltips.put(group.id(), group.tooltip());
				}
				if (group.kind() == Kind.DECORATION) {
					group.children().stream().filter(Outline.class::isInstance).map(Outline.class::cast).findFirst()
							.ifPresent(badge -> badges.add(Map.entry(
									new double[] { badge.x(), badge.y(), badge.width(), badge.height() },
									String.valueOf(group.tooltip()))));
				} else if (group.kind() == Kind.EDGE) {
					group.children().stream().filter(Line.class::isInstance).findFirst()
							.ifPresent(line -> routes.put(group.id(), ((Line) line).points()));
				} else {
					collect(group.children());
				}
			}
		}
	}

	/** The front-most node at the point, or {@code null}. */
	NodeView nodeAt(double x, double y) {
		List<NodeView> roots = view.roots();
		for (int i = roots.size() - 1; i >= 0; i--) {
			NodeView hit = nodeAt(roots.get(i), x, y);
			if (hit != null) {
				return hit;
			}
		}
		return null;
	}

	private static NodeView nodeAt(NodeView node, double x, double y) {
		for (NodeView bordered : node.bordered()) {
			if (contains(bordered, x, y)) {
				return bordered;
			}
		}
		if (!contains(node, x, y)) {
			return null;
		}
		List<NodeView> children = node.children();
		for (int i = children.size() - 1; i >= 0; i--) {
			NodeView hit = nodeAt(children.get(i), x, y);
			if (hit != null) {
				return hit;
			}
		}
		return node;
	}

	static boolean contains(NodeView node, double x, double y) {
		double left = node.absoluteX();
		double top = node.absoluteY();
		return x >= left && y >= top && x <= left + node.node().getWidth() && y <= top + node.node().getHeight();
	}

	/** The edge whose route passes within {@code tolerance} of the point, or {@code null}. */
	EdgeView edgeAt(double x, double y, double tolerance) {
		EdgeView nearest = null;
		double best = tolerance;
		for (EdgeView edge : view.edges()) {
			List<Point> route = routes.get(edge.edge().getId());
			if (route == null) {
				continue;
			}
			for (int i = 1; i < route.size(); i++) {
				double distance = distance(route.get(i - 1), route.get(i), x, y);
				if (distance <= best) {
					best = distance;
					nearest = edge;
				}
			}
		}
		return nearest;
	}

	/** The route of an edge as drawn, or an empty list. */
	List<Point> routeOf(EdgeView edge) {
		return routes.getOrDefault(edge.edge().getId(), List.of());
	}

	/** Where to edit an edge's label: a box around the middle of its route, {x, y, width, height}. */
	double[] labelBoxOf(EdgeView edge) {
		List<Point> route = routeOf(edge);
		if (route.isEmpty()) {
			return new double[] { 0, 0, LABEL_BOX_WIDTH, LABEL_BOX_HEIGHT };
		}
		Point a = route.get((route.size() - 1) / 2);
		Point b = route.get(route.size() / 2);
		double x = (a.x() + b.x()) / 2;
		double y = (a.y() + b.y()) / 2;
		return new double[] { x - LABEL_BOX_WIDTH / 2, y - LABEL_BOX_HEIGHT / 2, LABEL_BOX_WIDTH, LABEL_BOX_HEIGHT };
	}

	/** The hover text the scene gives a node or edge, or {@code null}. */
	String tooltipOf(String diagramElementId) {
		return tooltips.get(diagramElementId);
	}

	/** The tooltip of the decoration badge at the point (a validation finding, a marker), or {@code null}. */
	String badgeTooltipAt(double x, double y) {
		for (int i = badges.size() - 1; i >= 0; i--) {
			double[] box = badges.get(i).getKey();
			if (x >= box[0] && y >= box[1] && x <= box[0] + box[2] && y <= box[1] + box[3]) {
				return badges.get(i).getValue();
			}
		}
		return null;
	}

	/** Every node, at any depth, lying entirely inside the rectangle. */
	List<NodeView> nodesInside(double left, double top, double right, double bottom) {
		List<NodeView> inside = new ArrayList<>();
		for (NodeView node : view.allNodes()) {
			double x = node.absoluteX();
			double y = node.absoluteY();
			if (x >= left && y >= top && x + node.node().getWidth() <= right && y + node.node().getHeight() <= bottom) {
				inside.add(node);
			}
		}
		return inside;
	}

	private static double distance(Point a, Point b, double x, double y) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double length = dx * dx + dy * dy;
		double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / length));
		double px = a.x() + t * dx - x;
		double py = a.y() + t * dy - y;
		return Math.sqrt(px * px + py * py);
	}
}
