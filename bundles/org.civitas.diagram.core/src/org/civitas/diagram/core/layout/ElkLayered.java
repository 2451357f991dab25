package org.civitas.diagram.core.layout;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.civitas.diagram.core.representation.DPoint;
import org.civitas.diagram.core.representation.RepresentationFactory;
import org.civitas.diagram.core.view.EdgeView;
import org.civitas.diagram.core.view.NodeView;
import org.civitas.diagram.spec.LayeredLayout;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out nodes with ELK's layered algorithm, containers included (edges may cross container
 * borders), and stores the positions and orthogonal edge routes ELK computes.
 */
final class ElkLayered {

	private static boolean registered;

	private final NodeSizes sizes;
	private final BooleanSupplier cancelled;

	/** @param cancelled asked by ELK between its phases; once true, ELK stops and the positions are partial */
	ElkLayered(NodeSizes sizes, BooleanSupplier cancelled) {
		this.sizes = sizes;
		this.cancelled = cancelled;
	}

	/** Above this many nodes, ELK makes one crossing-minimization pass instead of seven. */
	private static final int LARGE_GRAPH = 250;

	/**
	 * An empty graph with the options layered diagrams are laid out with, for {@code nodes}
	 * nodes, {@code nested} when some of them hold others.
	 */
	static ElkNode graph(LayeredLayout settings, int nodes, boolean nested) {
		register();
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, direction(settings));
		graph.setProperty(CoreOptions.SPACING_NODE_NODE, (double) settings.getNodeSpacing());
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, (double) settings.getLayerSpacing());
		graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		// Laying out across container borders takes ELK twice as long even on a flat graph.
		graph.setProperty(CoreOptions.HIERARCHY_HANDLING,
				nested ? HierarchyHandling.INCLUDE_CHILDREN : HierarchyHandling.SEPARATE_CHILDREN);
		// Measured on 1,000 nodes and 1,500 edges: thoroughness 1 takes about half the time of
		// ELK's default 7, so large diagrams stay interactive; small ones get ELK's best effort.
		graph.setProperty(LayeredOptions.THOROUGHNESS, nodes > LARGE_GRAPH ? 1 : 7);
		// Brandes-Koepf places 1,000 nodes in well under a second where network simplex takes several.
		graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
		graph.setProperty(CoreOptions.PADDING, new ElkPadding(0));
		return graph;
	}

	/** ELK finds its algorithms through ServiceLoader, which OSGi hides, so they are registered here. */
	private static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	/**
	 * Lays out {@code nodes} (top-level, with everything inside them) and the edges among them,
	 * with the top-left of the result at the origin.
	 */
	void layout(List<NodeView> nodes, List<EdgeView> edges, LayeredLayout settings) {
		boolean nested = nodes.stream().anyMatch(node -> node.isContainer() && !node.isList()
				&& !node.children().isEmpty());
		int count = 0;
		for (NodeView node : nodes) {
			count += 1 + node.children().size();
		}
		ElkNode graph = graph(settings, count, nested);
		Map<NodeView, ElkNode> shapes = new IdentityHashMap<>();
		for (NodeView node : nodes) {
			add(graph, node, shapes, settings);
		}
		Map<ElkEdge, EdgeView> routed = new HashMap<>();
		for (EdgeView edge : edges) {
			ElkNode source = shapeOf(edge.source(), shapes);
			ElkNode target = shapeOf(edge.target(), shapes);
			if (source != null && target != null && source != target) {
				routed.put(ElkGraphUtil.createSimpleEdge(source, target), edge);
			}
		}
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return cancelled.getAsBoolean();
			}
		});
		for (Map.Entry<NodeView, ElkNode> placed : shapes.entrySet()) {
			ElkNode shape = placed.getValue();
			placed.getKey().node().setX(shape.getX());
			placed.getKey().node().setY(shape.getY());
			placed.getKey().node().setWidth(shape.getWidth());
			placed.getKey().node().setHeight(shape.getHeight());
		}
		for (Map.Entry<ElkEdge, EdgeView> edge : routed.entrySet()) {
			storeRoute(edge.getKey(), edge.getValue());
		}
	}

	private void add(ElkNode parent, NodeView node, Map<NodeView, ElkNode> shapes, LayeredLayout settings) {
		ElkNode shape = ElkGraphUtil.createNode(parent);
		shapes.put(node, shape);
		boolean freeFormContainer = node.isContainer() && !node.isList() && !node.children().isEmpty();
		if (!freeFormContainer) {
			shape.setDimensions(node.node().getWidth(), node.node().getHeight());
			return;
		}
		double title = sizes.titleHeight(node);
		double padding = NodeSizes.CONTAINER_PADDING;
		shape.setProperty(CoreOptions.PADDING, new ElkPadding(title + padding / 2, padding, padding, padding));
		shape.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
		shape.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(sizes.titleWidth(node), title + padding));
		shape.setProperty(CoreOptions.SPACING_NODE_NODE, (double) settings.getNodeSpacing() / 2);
		shape.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, (double) settings.getLayerSpacing() / 2);
		for (NodeView child : node.children()) {
			add(shape, child, shapes, settings);
		}
	}

	/** The shape standing for a node in the graph: its own, or that of the list holding it. */
	private static ElkNode shapeOf(NodeView node, Map<NodeView, ElkNode> shapes) {
		for (NodeView current = node; current != null; current = current.parent()) {
			ElkNode shape = shapes.get(current);
			if (shape != null) {
				return shape;
			}
		}
		return null;
	}

	/** Stores ELK's route in diagram coordinates: ELK gives it relative to the node containing the edge. */
	private static void storeRoute(ElkEdge edge, EdgeView view) {
		view.edge().getBendpoints().clear();
		if (edge.getSections().isEmpty()) {
			return;
		}
		double offsetX = 0;
		double offsetY = 0;
		for (ElkNode container = edge.getContainingNode(); container != null
				&& container.getParent() != null; container = container.getParent()) {
			offsetX += container.getX();
			offsetY += container.getY();
		}
		ElkEdgeSection section = edge.getSections().get(0);
		List<DPoint> route = view.edge().getBendpoints();
		route.add(point(section.getStartX() + offsetX, section.getStartY() + offsetY));
		for (ElkBendPoint bend : section.getBendPoints()) {
			route.add(point(bend.getX() + offsetX, bend.getY() + offsetY));
		}
		route.add(point(section.getEndX() + offsetX, section.getEndY() + offsetY));
	}

	private static DPoint point(double x, double y) {
		DPoint point = RepresentationFactory.eINSTANCE.createDPoint();
		point.setX(x);
		point.setY(y);
		return point;
	}

	private static Direction direction(LayeredLayout settings) {
		return switch (settings.getDirection()) {
		case DOWN -> Direction.DOWN;
		case LEFT -> Direction.LEFT;
		case UP -> Direction.UP;
		default -> Direction.RIGHT;
		};
	}
}
