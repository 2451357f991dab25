package org.civitas.diagram.core.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.view.DiagramView;
import org.civitas.diagram.core.view.EdgeView;
import org.civitas.diagram.core.view.NodeView;
import org.civitas.diagram.spec.DiagramLayout;
import org.civitas.diagram.spec.GridLayout;
import org.civitas.diagram.spec.LayeredLayout;
import org.civitas.diagram.spec.TimelineLayout;

/**
 * Places the nodes of a diagram according to its layout kind and stores positions, sizes and
 * routes in the representation.
 * <ul>
 * <li><b>Layered</b> (ELK): {@link #arrangeAll} lays out every node the user has not pinned;
 * {@link #arrange} places only nodes that were never placed, beside what is there, so the
 * user's layout survives model changes.</li>
 * <li><b>Free</b>: new nodes go below what is there; the user places the rest.</li>
 * <li><b>Grid</b> and <b>timeline</b>: positions follow from the elements' values, so they are
 * computed every time.</li>
 * </ul>
 * Sizes follow labels unless the user resized a node.
 */
public final class DiagramLayouter {

	private static final double SPACING = 40;
	private static final double FLOW_WIDTH = 1200;

	private final NodeSizes sizes;
	private final BooleanSupplier cancelled;

	public DiagramLayouter(NodeSizes sizes) {
		this(sizes, () -> false);
	}

	/**
	 * A layouter whose work can be given up: once {@code cancelled} answers true, ELK stops
	 * between its phases and the positions stored are not a layout (lay out a copy, and drop it).
	 */
	public DiagramLayouter(NodeSizes sizes, BooleanSupplier cancelled) {
		this.sizes = sizes;
		this.cancelled = cancelled;
	}

	/** Places what was never placed and refreshes sizes; returns what to draw behind the nodes. */
	public Backdrop arrange(DiagramView view) {
		return layout(view, false);
	}

	/** Lays out everything again except pinned nodes; returns what to draw behind the nodes. */
	public Backdrop arrangeAll(DiagramView view) {
		return layout(view, true);
	}

	private Backdrop layout(DiagramView view, boolean all) {
		List<NodeView> visible = view.allNodes();
		Set<NodeView> unplaced = new HashSet<>();
		for (NodeView node : visible) {
			if (node.node().getWidth() == 0 && node.node().getHeight() == 0) {
				unplaced.add(node);
			}
		}
		fitBottomUp(view.roots());
		DiagramLayout kind = view.type().description().getLayout();
		Backdrop backdrop = new Backdrop.None();
		if (kind instanceof GridLayout grid) {
			backdrop = new GridArranger(sizes).arrange(view, grid);
			clearRoutes(view.edges(), null);
		} else if (kind instanceof TimelineLayout timeline) {
			backdrop = new TimelineArranger(sizes).arrange(view, timeline);
			clearRoutes(view.edges(), null);
		} else if (kind instanceof LayeredLayout layered) {
			layoutLayered(view, layered, all, unplaced);
		} else {
			placeNewInFlow(view.roots(), unplaced, 0);
			clearRoutes(view.edges(), unplaced);
		}
		placeNewChildren(view.roots(), unplaced);
		placeBordered(visible);
		roundToPixels(visible, view.edges());
		return backdrop;
	}

	/**
	 * Stores whole pixels: fractions from font metrics and ELK mean nothing on screen, and would
	 * make diagram files differ between machines and diff badly.
	 */
	private static void roundToPixels(List<NodeView> nodes, List<EdgeView> edges) {
		for (NodeView node : nodes) {
			DNode stored = node.node();
			stored.setX(Math.round(stored.getX()));
			stored.setY(Math.round(stored.getY()));
			stored.setWidth(Math.ceil(stored.getWidth()));
			stored.setHeight(Math.ceil(stored.getHeight()));
		}
		for (EdgeView edge : edges) {
			edge.edge().getBendpoints().forEach(point -> {
				point.setX(Math.round(point.getX()));
				point.setY(Math.round(point.getY()));
			});
		}
	}

	private void fitBottomUp(List<NodeView> nodes) {
		for (NodeView node : nodes) {
			fitBottomUp(node.children());
			fitBottomUp(node.bordered());
			sizes.fit(node);
		}
	}

	private void layoutLayered(DiagramView view, LayeredLayout settings, boolean all, Set<NodeView> unplaced) {
		List<NodeView> roots = view.roots();
		boolean fresh = roots.stream().allMatch(unplaced::contains);
		if (all || fresh) {
			List<double[]> pinned = new ArrayList<>();
			for (NodeView node : roots) {
				pinned.add(node.node().isPinned() ? new double[] { node.node().getX(), node.node().getY() } : null);
			}
			new ElkLayered(sizes, cancelled).layout(roots, view.edges(), settings);
			Set<NodeView> moved = new HashSet<>();
			for (int i = 0; i < roots.size(); i++) {
				double[] position = pinned.get(i);
				if (position != null) {
					roots.get(i).node().setX(position[0]);
					roots.get(i).node().setY(position[1]);
					moved.add(roots.get(i));
				}
			}
			clearRoutes(view.edges(), moved);
			return;
		}
		List<NodeView> fresher = roots.stream().filter(unplaced::contains).toList();
		if (fresher.isEmpty()) {
			return;
		}
		double bottom = bottomOf(roots.stream().filter(node -> !unplaced.contains(node)).toList());
		List<EdgeView> among = view.edges().stream()
				.filter(edge -> fresher.contains(topOf(edge.source())) && fresher.contains(topOf(edge.target())))
				.toList();
		new ElkLayered(sizes, cancelled).layout(fresher, among, settings);
		double left = roots.stream().filter(node -> !unplaced.contains(node)).mapToDouble(node -> node.node().getX())
				.min().orElse(0);
		for (NodeView node : fresher) {
			node.node().setX(node.node().getX() + left);
			node.node().setY(node.node().getY() + bottom + SPACING);
		}
		for (EdgeView edge : among) {
			edge.edge().getBendpoints().forEach(point -> {
				point.setX(point.getX() + left);
				point.setY(point.getY() + bottom + SPACING);
			});
		}
		Set<NodeView> moved = new HashSet<>(fresher);
		clearRoutes(view.edges().stream().filter(edge -> !among.contains(edge)).toList(), moved);
	}

	private static NodeView topOf(NodeView node) {
		NodeView top = node;
		while (top.parent() != null) {
			top = top.parent();
		}
		return top;
	}

	/** Flows new nodes in rows below the placed ones. */
	private static void placeNewInFlow(List<NodeView> nodes, Set<NodeView> unplaced, double top) {
		List<NodeView> placed = nodes.stream().filter(node -> !unplaced.contains(node)).toList();
		double y = placed.isEmpty() ? top : bottomOf(placed) + SPACING;
		double x = 0;
		double rowHeight = 0;
		for (NodeView node : nodes) {
			if (!unplaced.contains(node) || node.isListItem()) {
				continue;
			}
			if (x > 0 && x + node.node().getWidth() > FLOW_WIDTH) {
				x = 0;
				y += rowHeight + SPACING;
				rowHeight = 0;
			}
			node.node().setX(x);
			node.node().setY(y);
			x += node.node().getWidth() + SPACING;
			rowHeight = Math.max(rowHeight, node.node().getHeight());
		}
	}

	/**
	 * New children of free-form containers that layout did not place (a container that existed
	 * before) go below their siblings, and their container grows to hold them.
	 */
	private void placeNewChildren(List<NodeView> nodes, Set<NodeView> unplaced) {
		for (NodeView node : nodes) {
			placeNewChildren(node.children(), unplaced);
			if (!node.isContainer() || node.isList() || node.collapsed() || node.children().isEmpty()) {
				continue;
			}
			List<NodeView> fresh = node.children().stream().filter(child -> unplaced.contains(child)
					&& child.node().getX() == 0 && child.node().getY() == 0).toList();
			double title = sizes.titleHeight(node);
			if (!fresh.isEmpty()) {
				List<NodeView> placed = node.children().stream().filter(child -> !fresh.contains(child)).toList();
				double y = placed.isEmpty() ? title + NodeSizes.CONTAINER_PADDING / 2 : bottomOf(placed) + SPACING / 2;
				double x = NodeSizes.CONTAINER_PADDING;
				for (NodeView child : fresh) {
					child.node().setX(x);
					child.node().setY(y);
					x += child.node().getWidth() + SPACING / 2;
				}
			}
			fitAroundChildren(node, title);
		}
	}

	/** Grows a free-form container the user did not size so that its children fit inside. */
	private static void fitAroundChildren(NodeView container, double title) {
		if (container.node().isSizeFixed()) {
			return;
		}
		DNode node = container.node();
		double right = node.getWidth();
		double bottom = node.getHeight();
		for (NodeView child : container.children()) {
			right = Math.max(right, child.node().getX() + child.node().getWidth() + NodeSizes.CONTAINER_PADDING);
			bottom = Math.max(bottom, child.node().getY() + child.node().getHeight() + NodeSizes.CONTAINER_PADDING);
		}
		node.setWidth(right);
		node.setHeight(Math.max(bottom, title + NodeSizes.CONTAINER_PADDING));
	}

	/** Spreads nodes on a border evenly along the bottom edge of their owner. */
	private static void placeBordered(List<NodeView> nodes) {
		for (NodeView owner : nodes) {
			List<NodeView> bordered = owner.bordered();
			for (int i = 0; i < bordered.size(); i++) {
				DNode port = bordered.get(i).node();
				double step = owner.node().getWidth() / (bordered.size() + 1);
				port.setX(step * (i + 1) - port.getWidth() / 2);
				port.setY(owner.node().getHeight() - port.getHeight() / 2);
			}
		}
	}

	/** Forgets routes that no longer fit: of all edges when {@code moved} is null, else of edges touching moved nodes. */
	private static void clearRoutes(Collection<EdgeView> edges, Set<NodeView> moved) {
		for (EdgeView edge : edges) {
			if (moved == null || touches(edge.source(), moved) || touches(edge.target(), moved)) {
				edge.edge().getBendpoints().clear();
			}
		}
	}

	private static boolean touches(NodeView node, Set<NodeView> moved) {
		for (NodeView current = node; current != null; current = current.parent()) {
			if (moved.contains(current)) {
				return true;
			}
		}
		return false;
	}

	private static double bottomOf(List<NodeView> nodes) {
		return nodes.stream().mapToDouble(node -> node.node().getY() + node.node().getHeight()).max().orElse(0);
	}
}
