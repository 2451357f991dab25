package org.civitas.diagram.core.view;

import java.util.ArrayList;
import java.util.List;

import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.style.NodeLook;
import org.civitas.diagram.spec.AbstractNodeMapping;
import org.civitas.diagram.spec.ChildrenPresentation;
import org.civitas.diagram.spec.ContainerMapping;
import org.eclipse.emf.ecore.EObject;

/**
 * A node as it is drawn now: its stored state, its element, and what the specification computes
 * for it (look, label, tooltip, visibility). Built afresh for every drawing, never stored.
 */
public final class NodeView {

	private final DNode node;
	private final AbstractNodeMapping mapping;
	private final EObject element;
	private final NodeView parent;
	private final NodeLook look;
	private final String label;
	private final String tooltip;
	private final boolean collapsed;
	private final boolean onBorder;
	final List<NodeView> children = new ArrayList<>();
	final List<NodeView> bordered = new ArrayList<>();

	NodeView(DNode node, AbstractNodeMapping mapping, EObject element, NodeView parent, boolean onBorder,
			NodeLook look, String label, String tooltip, boolean collapsed) {
		this.node = node;
		this.mapping = mapping;
		this.element = element;
		this.parent = parent;
		this.onBorder = onBorder;
		this.look = look;
		this.label = label;
		this.tooltip = tooltip;
		this.collapsed = collapsed;
	}

	public DNode node() {
		return node;
	}

	public AbstractNodeMapping mapping() {
		return mapping;
	}

	/** The model element, or {@code null} for a group container. */
	public EObject element() {
		return element;
	}

	/** The enclosing node, or {@code null} at the top level. */
	public NodeView parent() {
		return parent;
	}

	public NodeLook look() {
		return look;
	}

	public String label() {
		return label;
	}

	/** Text for hovering, or {@code null}. */
	public String tooltip() {
		return tooltip;
	}

	/** Whether it is a container shown as its title only (by the user or a filter). */
	public boolean collapsed() {
		return collapsed;
	}

	public boolean isContainer() {
		return mapping instanceof ContainerMapping;
	}

	/** Whether it is a container stacking its children as rows. */
	public boolean isList() {
		return mapping instanceof ContainerMapping container
				&& container.getChildrenPresentation() == ChildrenPresentation.LIST;
	}

	/** Whether it sits on its parent's border. */
	public boolean onBorder() {
		return onBorder;
	}

	/** Whether it is a row of a list container. */
	public boolean isListItem() {
		return !onBorder && parent != null && parent.isList();
	}

	/** Visible children, unless collapsed. */
	public List<NodeView> children() {
		return collapsed ? List.of() : children;
	}

	/** Visible nodes on the border. */
	public List<NodeView> bordered() {
		return bordered;
	}

	/** Left in diagram coordinates; stored bounds of children and bordered nodes are relative to their parent. */
	public double absoluteX() {
		return node.getX() + (parent == null ? 0 : parent.absoluteX());
	}

	/** Top in diagram coordinates. */
	public double absoluteY() {
		return node.getY() + (parent == null ? 0 : parent.absoluteY());
	}
}
