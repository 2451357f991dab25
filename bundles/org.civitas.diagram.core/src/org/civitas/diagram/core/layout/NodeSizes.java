package org.civitas.diagram.core.layout;

import java.util.List;

import org.civitas.diagram.core.style.NodeLook;
import org.civitas.diagram.core.style.TextMetrics;
import org.civitas.diagram.core.view.NodeView;
import org.civitas.diagram.spec.LabelPosition;

/**
 * The sizes nodes need for their labels, and the geometry of labels, titles and list rows that
 * the scene draws: one place, so that what layout reserves is what drawing fills.
 */
public final class NodeSizes {

	/** Horizontal space between a label and the node's border. */
	public static final double PADDING_X = 10;
	/** Vertical space between a label and the node's border. */
	public static final double PADDING_Y = 8;
	/** Space around the children of a container. */
	public static final double CONTAINER_PADDING = 14;
	/** Size of a node on another's border. */
	public static final double BORDERED = 12;
	/** Space for an icon before a label. */
	public static final double ICON = 18;
	/** Height of the shape of a node whose label sits below it. */
	public static final double SHAPE_ABOVE_LABEL = 36;

	private static final double MIN_WIDTH = 80;
	private static final double MIN_HEIGHT = 36;
	private static final double MAX_LABEL_WIDTH = 180;
	private static final double LIST_ROW_GAP = 3;
	private static final double LIST_BULLET = 14;

	private final TextMetrics metrics;

	public NodeSizes(TextMetrics metrics) {
		this.metrics = metrics;
	}

	public TextMetrics metrics() {
		return metrics;
	}

	/** The label of a node broken into the lines drawn in a node of this width. */
	public List<String> lines(NodeView node, double width) {
		NodeLook look = node.look();
		double room = node.isListItem() ? width - LIST_BULLET : width - 2 * PADDING_X - iconSpace(node);
		return metrics.wrap(node.label(), look.labelSize(), look.bold(), look.italic(), Math.max(room, 20));
	}

	/** Height of a container's title band. */
	public double titleHeight(NodeView container) {
		NodeLook look = container.look();
		List<String> lines = metrics.wrap(container.label(), look.labelSize(), look.bold(), look.italic(),
				Math.max(container.node().getWidth() - 2 * PADDING_X - iconSpace(container), MAX_LABEL_WIDTH));
		return lines.size() * metrics.lineHeight(look.labelSize()) + 2 * PADDING_Y;
	}

	/** Width a container's title needs. */
	public double titleWidth(NodeView container) {
		NodeLook look = container.look();
		return widest(metrics.wrap(container.label(), look.labelSize(), look.bold(), look.italic(), 2 * MAX_LABEL_WIDTH),
				look) + 2 * PADDING_X + iconSpace(container);
	}

	/** Height of one row of a list container. */
	public double rowHeight(NodeView item) {
		return lines(item, item.node().getWidth()).size() * metrics.lineHeight(item.look().labelSize())
				+ LIST_ROW_GAP;
	}

	/** Width of the bullet before each row of a list. */
	public static double bullet() {
		return LIST_BULLET;
	}

	/**
	 * Sets the size of a node that the user has not sized: a leaf fits its label, a list fits its
	 * title and rows (which it places), a collapsed container its title. Free-form containers are
	 * sized by their layout.
	 */
	public void fit(NodeView node) {
		if (node.node().isSizeFixed()) {
			if (node.isList()) {
				placeRows(node);
			}
			return;
		}
		NodeLook look = node.look();
		if (node.onBorder()) {
			resize(node, or(look.width(), BORDERED), or(look.height(), BORDERED));
		} else if (node.isList() && !node.collapsed()) {
			fitList(node);
		} else if (node.isContainer()) {
			double width = or(look.width(), Math.max(MIN_WIDTH, titleWidth(node)));
			node.node().setWidth(width);
			double title = titleHeight(node);
			if (node.collapsed() || node.children().isEmpty()) {
				resize(node, width, or(look.height(), title + (node.collapsed() ? 0 : CONTAINER_PADDING)));
			}
		} else if (node.isListItem()) {
			double width = widest(metrics.wrap(node.label(), look.labelSize(), look.bold(), look.italic(), MAX_LABEL_WIDTH),
					look) + LIST_BULLET;
			node.node().setWidth(width);
			resize(node, width, rowHeight(node));
		} else {
			double labelWidth = widest(metrics.wrap(node.label(), look.labelSize(), look.bold(), look.italic(),
					MAX_LABEL_WIDTH), look);
			double width = or(look.width(), Math.max(MIN_WIDTH, labelWidth + 2 * PADDING_X + iconSpace(node)));
			node.node().setWidth(width);
			double labelHeight = lines(node, width).size() * metrics.lineHeight(look.labelSize());
			double height = look.labelPosition() == LabelPosition.BELOW ? SHAPE_ABOVE_LABEL + labelHeight + PADDING_Y
					: Math.max(MIN_HEIGHT, labelHeight + 2 * PADDING_Y);
			resize(node, width, or(look.height(), height));
		}
	}

	/**
	 * Sets the height a node needs at the width it was given (by a timeline, where width is
	 * time): labels wrap to the width and lists re-flow their rows.
	 */
	public void fitHeight(NodeView node) {
		if (node.node().isSizeFixed() || node.look().height() != null) {
			return;
		}
		if (node.isList() && !node.collapsed()) {
			double height = placeRows(node) + PADDING_Y;
			node.node().setHeight(Math.max(height, titleHeight(node) + PADDING_Y));
		} else if (!node.isContainer()) {
			double labelHeight = lines(node, node.node().getWidth()).size() * metrics.lineHeight(node.look().labelSize());
			node.node().setHeight(Math.max(MIN_HEIGHT, labelHeight + 2 * PADDING_Y));
		}
	}

	private void fitList(NodeView list) {
		NodeLook look = list.look();
		double width = Math.max(MIN_WIDTH, titleWidth(list));
		for (NodeView item : list.children()) {
			width = Math.max(width, item.node().getWidth() + 2 * PADDING_X);
		}
		width = or(look.width(), width);
		list.node().setWidth(width);
		double height = placeRows(list) + PADDING_Y;
		resize(list, width, or(look.height(), Math.max(height, titleHeight(list) + PADDING_Y)));
	}

	/** Stacks a list's rows under its title; returns the bottom of the last row. */
	private double placeRows(NodeView list) {
		double y = titleHeight(list);
		for (NodeView item : list.children()) {
			item.node().setX(PADDING_X);
			item.node().setY(y);
			item.node().setWidth(list.node().getWidth() - 2 * PADDING_X);
			item.node().setHeight(rowHeight(item));
			y += item.node().getHeight();
		}
		return y;
	}

	private double widest(List<String> lines, NodeLook look) {
		double widest = 0;
		for (String line : lines) {
			widest = Math.max(widest, metrics.width(line, look.labelSize(), look.bold(), look.italic()));
		}
		return Math.ceil(widest);
	}

	private static double iconSpace(NodeView node) {
		return node.look().icon() == null ? 0 : ICON;
	}

	private static void resize(NodeView node, double width, double height) {
		node.node().setWidth(width);
		node.node().setHeight(height);
	}

	private static double or(Double value, double fallback) {
		return value == null ? fallback : value;
	}
}
