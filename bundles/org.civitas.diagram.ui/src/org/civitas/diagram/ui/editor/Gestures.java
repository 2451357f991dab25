package org.civitas.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.civitas.diagram.core.editing.OpenDiagram;
import org.civitas.diagram.core.representation.DElement;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.scene.Figure.Point;
import org.civitas.diagram.core.view.DiagramView;
import org.civitas.diagram.core.view.EdgeView;
import org.civitas.diagram.core.view.NodeView;
import org.civitas.diagram.spec.EdgeCreationTool;
import org.civitas.diagram.spec.NodeCreationTool;
import org.civitas.diagram.spec.Tool;
import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;

/**
 * What the mouse and keyboard do on the canvas: select (click, Ctrl or Shift click, marquee),
 * move and resize on a snap grid, draw nodes and edges with the palette's tools, drag an edge's
 * end to another node, and the keys (arrows, Tab, Escape). It draws its own feedback over the
 * diagram: handles, ghosts, the marquee, the edge being drawn. Every change it makes goes to the
 * {@link Host} as one gesture.
 */
final class Gestures {

	/** The editor's side of the gestures. */
	interface Host {

		OpenDiagram diagram();

		Hits hits();

		DiagramSelection selection();

		/** The palette tool chosen, or {@code null} for selecting. */
		Tool activeTool();

		/** The palette tool was used; choose Select again. */
		void toolUsed();

		/** Whether nodes may be moved by hand (not when the layout computes every position). */
		boolean movable();

		void move(List<NodeView> nodes, double dx, double dy);

		void resize(NodeView node, double x, double y, double width, double height);

		void create(NodeCreationTool tool, NodeView container, double x, double y);

		void connect(EdgeCreationTool tool, NodeView source, NodeView target);

		/** The tool that can move this edge's ends, or {@code null} if none can. */
		EdgeCreationTool reconnectionTool(EdgeView edge);

		void reconnect(EdgeView edge, boolean sourceEnd, NodeView to);

		/** Double-click: navigate, or edit the label, or show the element in the model. */
		void open(NodeView node, EdgeView edge);
	}

	/** Positions and sizes snap to multiples of this, unless Alt is held. */
	static final double GRID = 10;
	private static final int HANDLE = 7;
	private static final int DRAG_THRESHOLD = 4;
	private static final double EDGE_TOLERANCE = 5;

	private enum Mode {
		IDLE, PRESSED, MOVING, RESIZING, MARQUEE, CONNECTING, RECONNECTING
	}

	private final DiagramCanvas canvas;
	private final Host host;
	private Mode mode = Mode.IDLE;
	private int[] pressedAt;
	private double[] pressedDiagram;
	private double[] current;
	private boolean snap = true;
	private NodeView pressedNode;
	private EdgeView pressedEdge;
	/** Resizing: which handle, as {dx, dy} each -1, 0 or 1; reconnecting: whether the source end. */
	private int[] handle;
	private boolean sourceEnd;

	Gestures(DiagramCanvas canvas, Host host) {
		this.canvas = canvas;
		this.host = host;
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
		canvas.addListener(SWT.MouseHover, this::hover);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Traverse, this::traverse);
		canvas.setOverlay(this::paintOverlay);
	}

	private DiagramView view() {
		return host.diagram().view();
	}

	private void mouseDown(Event event) {
		if (event.button != 1 || canvas.isPanning(event) || view() == null) {
			return;
		}
		canvas.setFocus();
		pressedAt = new int[] { event.x, event.y };
		pressedDiagram = canvas.toDiagram(event.x, event.y);
		current = pressedDiagram;
		snap = (event.stateMask & SWT.ALT) == 0;
		Tool tool = host.activeTool();
		double x = pressedDiagram[0];
		double y = pressedDiagram[1];
		if (tool instanceof NodeCreationTool creation) {
			host.create(creation, containerAt(x, y), snapped(x), snapped(y));
			host.toolUsed();
			mode = Mode.IDLE;
			return;
		}
		pressedNode = host.hits().nodeAt(x, y);
		if (tool instanceof EdgeCreationTool) {
			mode = pressedNode == null ? Mode.IDLE : Mode.CONNECTING;
			return;
		}
		if (startHandleDrag(event)) {
			return;
		}
		pressedEdge = pressedNode == null ? host.hits().edgeAt(x, y, EDGE_TOLERANCE / canvas.zoom()) : null;
		DElement pressed = pressedNode != null ? pressedNode.node() : pressedEdge != null ? pressedEdge.edge() : null;
		DiagramSelection selection = host.selection();
		if (pressed == null) {
			if ((event.stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0) {
				selection.set(List.of());
			}
			mode = Mode.MARQUEE;
		} else if ((event.stateMask & SWT.MOD1) != 0) {
			selection.toggle(pressed);
			mode = Mode.IDLE;
		} else if ((event.stateMask & SWT.SHIFT) != 0) {
			selection.add(List.of(pressed));
			mode = Mode.PRESSED;
		} else {
			if (!selection.contains(pressed)) {
				selection.set(List.of(pressed));
			}
			mode = Mode.PRESSED;
		}
		canvas.redraw();
	}

	/** Starts resizing a node or moving an edge's end when the press is on one of their handles. */
	private boolean startHandleDrag(Event event) {
		DiagramSelection selection = host.selection();
		List<NodeView> nodes = selection.nodes(view());
		List<EdgeView> edges = selection.edges(view());
		if (nodes.size() == 1 && edges.isEmpty() && resizable(nodes.get(0))) {
			int[] found = handleAt(nodes.get(0), event.x, event.y);
			if (found != null) {
				pressedNode = nodes.get(0);
				handle = found;
				mode = Mode.RESIZING;
				return true;
			}
		}
		if (edges.size() == 1 && nodes.isEmpty() && host.reconnectionTool(edges.get(0)) != null) {
			List<Point> route = host.hits().routeOf(edges.get(0));
			if (route.size() >= 2) {
				for (boolean start : new boolean[] { true, false }) {
					Point end = start ? route.get(0) : route.get(route.size() - 1);
					int[] at = canvas.toView(end.x(), end.y());
					if (Math.abs(at[0] - event.x) <= HANDLE && Math.abs(at[1] - event.y) <= HANDLE) {
						pressedEdge = edges.get(0);
						sourceEnd = start;
						mode = Mode.RECONNECTING;
						return true;
					}
				}
			}
		}
		return false;
	}

	private boolean resizable(NodeView node) {
		return host.movable() && !node.isListItem() && !node.onBorder();
	}

	private void mouseMove(Event event) {
		if (mode == Mode.IDLE || pressedAt == null) {
			return;
		}
		current = canvas.toDiagram(event.x, event.y);
		if (mode == Mode.PRESSED) {
			if (Math.abs(event.x - pressedAt[0]) < DRAG_THRESHOLD && Math.abs(event.y - pressedAt[1]) < DRAG_THRESHOLD) {
				return;
			}
			mode = pressedNode != null && host.movable() && !movedNodes().isEmpty() ? Mode.MOVING : Mode.IDLE;
		}
		canvas.redraw();
	}

	private void mouseUp(Event event) {
		if (event.button != 1 || mode == Mode.IDLE) {
			mode = Mode.IDLE;
			return;
		}
		current = canvas.toDiagram(event.x, event.y);
		Mode finished = mode;
		mode = Mode.IDLE;
		switch (finished) {
		case MOVING -> {
			double[] offset = moveOffset();
			if (offset[0] != 0 || offset[1] != 0) {
				host.move(movedNodes(), offset[0], offset[1]);
			}
		}
		case RESIZING -> {
			double[] bounds = resizedBounds();
			host.resize(pressedNode, bounds[0], bounds[1], bounds[2], bounds[3]);
		}
		case MARQUEE -> {
			double[] box = marquee();
			List<NodeView> inside = host.hits().nodesInside(box[0], box[1], box[0] + box[2], box[1] + box[3]);
			host.selection().add(inside.stream().map(NodeView::node).toList());
		}
		case CONNECTING -> {
			NodeView target = host.hits().nodeAt(current[0], current[1]);
			if (target != null && host.activeTool() instanceof EdgeCreationTool tool) {
				host.connect(tool, pressedNode, target);
			}
			host.toolUsed();
		}
		case RECONNECTING -> {
			NodeView target = host.hits().nodeAt(current[0], current[1]);
			if (target != null) {
				host.reconnect(pressedEdge, sourceEnd, target);
			}
		}
		default -> {
			// A click without a drag: the selection was made on press.
		}
		}
		canvas.redraw();
	}

	private void doubleClick(Event event) {
		if (event.button != 1 || view() == null || host.activeTool() != null) {
			return;
		}
		double[] point = canvas.toDiagram(event.x, event.y);
		NodeView node = host.hits().nodeAt(point[0], point[1]);
		EdgeView edge = node == null ? host.hits().edgeAt(point[0], point[1], EDGE_TOLERANCE / canvas.zoom()) : null;
		if (node != null || edge != null) {
			mode = Mode.IDLE;
			host.open(node, edge);
		}
	}

	private void hover(Event event) {
		if (view() == null) {
			return;
		}
		double[] point = canvas.toDiagram(event.x, event.y);
		String badge = host.hits().badgeTooltipAt(point[0], point[1]);
		if (badge != null) {
			canvas.setToolTipText(badge);
			return;
		}
		NodeView node = host.hits().nodeAt(point[0], point[1]);
		EdgeView edge = node == null ? host.hits().edgeAt(point[0], point[1], EDGE_TOLERANCE / canvas.zoom()) : null;
		String id = node != null ? node.node().getId() : edge != null ? edge.edge().getId() : null;
		canvas.setToolTipText(id == null ? null : host.hits().tooltipOf(id));
	}

	/**
	 * Tab and Shift+Tab go from node to node instead of leaving the diagram; the arrows reach
	 * the diagram as keys, to move the selection.
	 */
	private void traverse(Event event) {
		if (view() == null) {
			return;
		}
		if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
			cycle(event.detail == SWT.TRAVERSE_TAB_PREVIOUS);
			event.detail = SWT.TRAVERSE_NONE;
			event.doit = true;
		} else if (event.detail == SWT.TRAVERSE_ARROW_NEXT || event.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
			event.doit = false;
		}
	}

	/** Keys that act on the selection; the editor's actions take Delete, F2 and Ctrl+A. */
	private void key(Event event) {
		if (view() == null) {
			return;
		}
		switch (event.keyCode) {
		case SWT.ESC -> {
			mode = Mode.IDLE;
			host.toolUsed();
			canvas.redraw();
		}
		case SWT.ARROW_LEFT, SWT.ARROW_RIGHT, SWT.ARROW_UP, SWT.ARROW_DOWN -> nudge(event);
		case SWT.TAB -> {
			event.doit = false;
			cycle((event.stateMask & SWT.SHIFT) != 0);
		}
		default -> {
			// Other keys belong to the workbench.
		}
		}
	}

	/** Arrow keys move the selected nodes by one pixel, or one grid step with Shift. */
	private void nudge(Event event) {
		List<NodeView> nodes = movedNodes();
		if (nodes.isEmpty() || !host.movable()) {
			return;
		}
		double step = (event.stateMask & SWT.SHIFT) != 0 ? GRID : 1;
		double dx = event.keyCode == SWT.ARROW_LEFT ? -step : event.keyCode == SWT.ARROW_RIGHT ? step : 0;
		double dy = event.keyCode == SWT.ARROW_UP ? -step : event.keyCode == SWT.ARROW_DOWN ? step : 0;
		host.move(nodes, dx, dy);
	}

	/** Tab selects the next node, in reading order of the drawing; Shift+Tab the previous one. */
	private void cycle(boolean backwards) {
		List<NodeView> nodes = new ArrayList<>(view().allNodes());
		if (nodes.isEmpty()) {
			return;
		}
		nodes.sort((a, b) -> a.absoluteY() != b.absoluteY() ? Double.compare(a.absoluteY(), b.absoluteY())
				: Double.compare(a.absoluteX(), b.absoluteX()));
		List<NodeView> selected = host.selection().nodes(view());
		int index = selected.isEmpty() ? -1 : nodes.indexOf(selected.get(selected.size() - 1));
		int next = index < 0 ? (backwards ? nodes.size() - 1 : 0)
				: Math.floorMod(index + (backwards ? -1 : 1), nodes.size());
		NodeView chosen = nodes.get(next);
		host.selection().set(List.of(chosen.node()));
		canvas.reveal(chosen.absoluteX(), chosen.absoluteY(), chosen.node().getWidth(), chosen.node().getHeight());
	}

	/** The selected nodes a move takes along: not list items, and not those whose container moves too. */
	private List<NodeView> movedNodes() {
		List<NodeView> selected = host.selection().nodes(view());
		List<NodeView> moved = new ArrayList<>();
		for (NodeView node : selected) {
			if (node.isListItem()) {
				continue;
			}
			boolean carried = false;
			for (NodeView parent = node.parent(); parent != null; parent = parent.parent()) {
				carried |= selected.contains(parent);
			}
			if (!carried) {
				moved.add(node);
			}
		}
		return moved;
	}

	/** The container a new node goes into at this point, or {@code null} for the diagram itself. */
	private NodeView containerAt(double x, double y) {
		for (NodeView node = host.hits().nodeAt(x, y); node != null; node = node.parent()) {
			if (node.isContainer()) {
				return node;
			}
		}
		return null;
	}

	private double snapped(double value) {
		return snap ? Math.round(value / GRID) * GRID : Math.round(value);
	}

	/** How far the dragged nodes go: the first one's corner lands on the grid. */
	private double[] moveOffset() {
		double dx = current[0] - pressedDiagram[0];
		double dy = current[1] - pressedDiagram[1];
		NodeView lead = pressedNode;
		double x = lead.absoluteX() + dx;
		double y = lead.absoluteY() + dy;
		return new double[] { snapped(x) - lead.absoluteX(), snapped(y) - lead.absoluteY() };
	}

	/** {x, y, width, height}, relative to the node's container, as the drag leaves them. */
	private double[] resizedBounds() {
		DNode node = pressedNode.node();
		double left = pressedNode.absoluteX();
		double top = pressedNode.absoluteY();
		double right = left + node.getWidth();
		double bottom = top + node.getHeight();
		if (handle[0] < 0) {
			left = Math.min(snapped(current[0]), right - GRID);
		} else if (handle[0] > 0) {
			right = Math.max(snapped(current[0]), left + GRID);
		}
		if (handle[1] < 0) {
			top = Math.min(snapped(current[1]), bottom - GRID);
		} else if (handle[1] > 0) {
			bottom = Math.max(snapped(current[1]), top + GRID);
		}
		return new double[] { node.getX() + left - pressedNode.absoluteX(), node.getY() + top - pressedNode.absoluteY(),
				right - left, bottom - top };
	}

	private double[] marquee() {
		double left = Math.min(pressedDiagram[0], current[0]);
		double top = Math.min(pressedDiagram[1], current[1]);
		return new double[] { left, top, Math.abs(current[0] - pressedDiagram[0]),
				Math.abs(current[1] - pressedDiagram[1]) };
	}

	/** The handle of a node's resize frame under a view point, as {dx, dy}, or {@code null}. */
	private int[] handleAt(NodeView node, int x, int y) {
		for (int[] candidate : handles()) {
			int[] at = handlePosition(node, candidate);
			if (Math.abs(at[0] - x) <= HANDLE && Math.abs(at[1] - y) <= HANDLE) {
				return candidate;
			}
		}
		return null;
	}

	private static int[][] handles() {
		return new int[][] { { -1, -1 }, { 0, -1 }, { 1, -1 }, { 1, 0 }, { 1, 1 }, { 0, 1 }, { -1, 1 }, { -1, 0 } };
	}

	private int[] handlePosition(NodeView node, int[] handle) {
		double x = node.absoluteX() + (handle[0] + 1) * node.node().getWidth() / 2;
		double y = node.absoluteY() + (handle[1] + 1) * node.node().getHeight() / 2;
		return canvas.toView(x, y);
	}

	private void paintOverlay(GC gc, DiagramCanvas on) {
		if (view() == null) {
			return;
		}
		Color accent = gc.getDevice().getSystemColor(SWT.COLOR_LIST_SELECTION);
		gc.setAntialias(SWT.OFF);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		gc.setForeground(accent);
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
		DiagramSelection selection = host.selection();
		List<NodeView> nodes = selection.nodes(view());
		for (NodeView node : nodes) {
			int[] from = on.toView(node.absoluteX(), node.absoluteY());
			int[] to = on.toView(node.absoluteX() + node.node().getWidth(), node.absoluteY() + node.node().getHeight());
			gc.drawRectangle(from[0] - 2, from[1] - 2, to[0] - from[0] + 4, to[1] - from[1] + 4);
			if (nodes.size() == 1 && selection.edges(view()).isEmpty() && resizable(node)) {
				for (int[] handle : handles()) {
					int[] at = handlePosition(node, handle);
					gc.fillRectangle(at[0] - HANDLE / 2, at[1] - HANDLE / 2, HANDLE, HANDLE);
					gc.drawRectangle(at[0] - HANDLE / 2, at[1] - HANDLE / 2, HANDLE, HANDLE);
				}
			}
		}
		gc.setAntialias(SWT.ON);
		for (EdgeView edge : selection.edges(view())) {
			List<Point> route = host.hits().routeOf(edge);
			gc.setAlpha(110);
			gc.setLineWidth(5);
			polyline(gc, on, route);
			gc.setAlpha(255);
			gc.setLineWidth(1);
			if (!route.isEmpty()) {
				for (Point end : List.of(route.get(0), route.get(route.size() - 1))) {
					int[] at = on.toView(end.x(), end.y());
					gc.fillOval(at[0] - HANDLE / 2, at[1] - HANDLE / 2, HANDLE, HANDLE);
					gc.drawOval(at[0] - HANDLE / 2, at[1] - HANDLE / 2, HANDLE, HANDLE);
				}
			}
		}
		paintGestureFeedback(gc, on);
	}

	private void paintGestureFeedback(GC gc, DiagramCanvas on) {
		if (current == null || pressedDiagram == null) {
			return;
		}
		gc.setLineStyle(SWT.LINE_DASH);
		switch (mode) {
		case MOVING -> {
			double[] offset = moveOffset();
			for (NodeView node : movedNodes()) {
				rectangle(gc, on, node.absoluteX() + offset[0], node.absoluteY() + offset[1], node.node().getWidth(),
						node.node().getHeight());
			}
		}
		case RESIZING -> {
			double[] bounds = resizedBounds();
			double left = pressedNode.absoluteX() - pressedNode.node().getX() + bounds[0];
			double top = pressedNode.absoluteY() - pressedNode.node().getY() + bounds[1];
			rectangle(gc, on, left, top, bounds[2], bounds[3]);
		}
		case MARQUEE -> {
			double[] box = marquee();
			rectangle(gc, on, box[0], box[1], box[2], box[3]);
		}
		case CONNECTING, RECONNECTING -> {
			NodeView from = mode == Mode.CONNECTING ? pressedNode : null;
			double[] start = from != null
					? new double[] { from.absoluteX() + from.node().getWidth() / 2,
							from.absoluteY() + from.node().getHeight() / 2 }
					: fixedEnd();
			int[] a = on.toView(start[0], start[1]);
			int[] b = on.toView(current[0], current[1]);
			gc.drawLine(a[0], a[1], b[0], b[1]);
			NodeView target = host.hits().nodeAt(current[0], current[1]);
			if (target != null) {
				gc.setLineStyle(SWT.LINE_SOLID);
				gc.setLineWidth(2);
				rectangle(gc, on, target.absoluteX(), target.absoluteY(), target.node().getWidth(),
						target.node().getHeight());
				gc.setLineWidth(1);
			}
		}
		default -> {
			// Nothing being dragged.
		}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	/** The end of the edge being reconnected that stays where it is. */
	private double[] fixedEnd() {
		List<Point> route = host.hits().routeOf(pressedEdge);
		Point fixed = sourceEnd ? route.get(route.size() - 1) : route.get(0);
		return new double[] { fixed.x(), fixed.y() };
	}

	private static void rectangle(GC gc, DiagramCanvas on, double x, double y, double width, double height) {
		int[] from = on.toView(x, y);
		int[] to = on.toView(x + width, y + height);
		gc.drawRectangle(from[0], from[1], to[0] - from[0], to[1] - from[1]);
	}

	private static void polyline(GC gc, DiagramCanvas on, List<Point> route) {
		int[] points = new int[route.size() * 2];
		for (int i = 0; i < route.size(); i++) {
			int[] at = on.toView(route.get(i).x(), route.get(i).y());
			points[2 * i] = at[0];
			points[2 * i + 1] = at[1];
		}
		gc.drawPolyline(points);
	}
}
