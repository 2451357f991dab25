package org.civitas.diagram.core.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.representation.DEdge;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.style.EdgeLook;
import org.civitas.diagram.core.style.NodeLook;
import org.civitas.diagram.core.style.StyleResolver;
import org.civitas.diagram.core.sync.DiagramProblems;
import org.civitas.diagram.core.sync.Evaluation;
import org.civitas.diagram.spec.AbstractNodeMapping;
import org.civitas.diagram.spec.ContainerMapping;
import org.civitas.diagram.spec.DiagramElementMapping;
import org.civitas.diagram.spec.EdgeMapping;
import org.civitas.diagram.spec.Filter;
import org.civitas.diagram.spec.FilterKind;
import org.civitas.diagram.spec.LayeredLayout;
import org.civitas.diagram.spec.Layer;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A synchronized representation as it is drawn now: each visible node and edge with its element,
 * look, label and tooltip, computed once from the specification. Hidden elements, those hidden
 * by an active filter, and the edges touching them are left out; containers collapsed by the
 * user or a filter keep only their title. Layout and scene building both work from this view,
 * so they agree on what is shown.
 */
public final class DiagramView {

	private final DiagramType type;
	private final Representation representation;
	private final Evaluation evaluation;
	private final StyleResolver styles;
	private final List<Layer> layers;
	private final List<Filter> filters = new ArrayList<>();
	private final Resource resource;
	private final List<NodeView> roots = new ArrayList<>();
	private final List<EdgeView> edges = new ArrayList<>();
	private final Map<DNode, NodeView> views = new IdentityHashMap<>();

	private DiagramView(DiagramType type, Representation representation, EObject root, DiagramProblems problems) {
		this.type = type;
		this.representation = representation;
		this.evaluation = new Evaluation(type, root, problems);
		this.layers = type.activeLayers(representation.getActiveLayers());
		this.styles = new StyleResolver(evaluation, layers);
		this.resource = root.eResource();
		Set<String> activeFilters = new HashSet<>(representation.getActiveFilters());
		for (Filter filter : type.description().getFilters()) {
			if (activeFilters.contains(filter.getName())) {
				filters.add(filter);
			}
		}
	}

	/** The view of a representation already synchronized with the model under {@code root}. */
	public static DiagramView of(DiagramType type, Representation representation, EObject root,
			DiagramProblems problems) {
		DiagramView view = new DiagramView(type, representation, root, problems);
		for (DNode node : representation.getNodes()) {
			view.addNode(node, null, false, view.roots);
		}
		for (DEdge edge : representation.getEdges()) {
			view.addEdge(edge);
		}
		return view;
	}

	private void addNode(DNode node, NodeView parent, boolean onBorder, List<NodeView> siblings) {
		if (node.isHidden() || !(type.mapping(node.getMapping()) instanceof AbstractNodeMapping mapping)) {
			return;
		}
		boolean group = node.getGroup() != null;
		EObject element = group ? null : ElementIds.resolve(resource, node.getElement());
		if (!group && element == null) {
			return;
		}
		Map<String, Object> variables = evaluation.variables(group ? firstMember(node) : element);
		if (group) {
			variables.put("group", node.getGroup()); //$NON-NLS-1$
		}
		if (filtered(FilterKind.HIDE, mapping, element, variables)) {
			return;
		}
		boolean collapsed = node.isCollapsed() || filtered(FilterKind.COLLAPSE, mapping, element, variables);
		NodeLook look = styles.node(mapping, element, variables);
		String label = group && !hasText(mapping.getLabelExpression()) ? node.getGroup()
				: evaluation.label(mapping, variables, element);
		String tooltip = evaluation.text(mapping.getTooltipExpression(), variables, mapping.getName(), element);
		NodeView view = new NodeView(node, mapping, element, parent, onBorder, look, label, tooltip, collapsed);
		views.put(node, view);
		siblings.add(view);
		for (DNode child : node.getChildren()) {
			addNode(child, view, false, view.children);
		}
		for (DNode bordered : node.getBorderedNodes()) {
			addNode(bordered, view, true, view.bordered);
		}
	}

	/** The element of a grouping container's first member, what {@code self} means in its label. */
	private EObject firstMember(DNode group) {
		for (DNode child : group.getChildren()) {
			EObject element = ElementIds.resolve(resource, child.getElement());
			if (element != null) {
				return element;
			}
		}
		return null;
	}

	private boolean filtered(FilterKind kind, DiagramElementMapping mapping, EObject element,
			Map<String, Object> variables) {
		for (Filter filter : filters) {
			if (filter.getKind() == kind && (filter.getMappings().isEmpty() || filter.getMappings().contains(mapping))
					&& (kind != FilterKind.COLLAPSE || mapping instanceof ContainerMapping)
					&& evaluation.test(filter.getPredicateExpression(), variables, mapping.getName(), element)) {
				return true;
			}
		}
		return false;
	}

	private void addEdge(DEdge edge) {
		NodeView source = visible(edge.getSource());
		NodeView target = visible(edge.getTarget());
		if (edge.isHidden() || source == null || target == null
				|| !(type.mapping(edge.getMapping()) instanceof EdgeMapping mapping)) {
			return;
		}
		EObject element = ElementIds.resolve(resource, edge.getElement());
		Map<String, Object> variables = evaluation.variables(element != null ? element : source.element());
		variables.put("source", source.element()); //$NON-NLS-1$
		variables.put("target", target.element()); //$NON-NLS-1$
		if (element != null && filtered(FilterKind.HIDE, mapping, element, variables)) {
			return;
		}
		EdgeLook look = styles.edge(mapping, element, variables, isLayered());
		String label = hasText(mapping.getLabelExpression()) ? evaluation.label(mapping, variables, element) : ""; //$NON-NLS-1$
		String tooltip = evaluation.text(mapping.getTooltipExpression(), variables, mapping.getName(), element);
		edges.add(new EdgeView(edge, mapping, element, source, target, look, label, tooltip));
	}

	/** The view of a node if it and all its ancestors are shown, else {@code null}. */
	private NodeView visible(DNode node) {
		NodeView view = views.get(node);
		NodeView child = view;
		for (NodeView ancestor = view == null ? null : view.parent(); ancestor != null; ancestor = ancestor.parent()) {
			// A collapsed container hides what is inside it, not what is on its border.
			if (ancestor.collapsed() && !child.onBorder()) {
				return null;
			}
			child = ancestor;
		}
		return view;
	}

	public DiagramType type() {
		return type;
	}

	public Representation representation() {
		return representation;
	}

	public Evaluation evaluation() {
		return evaluation;
	}

	/** Active layers, default first. */
	public List<Layer> layers() {
		return layers;
	}

	/** Whether the diagram is laid out as a layered graph by ELK. */
	public boolean isLayered() {
		return type.description().getLayout() instanceof LayeredLayout;
	}

	/** Visible top-level nodes, in representation order. */
	public List<NodeView> roots() {
		return roots;
	}

	/** Visible edges between visible nodes. */
	public List<EdgeView> edges() {
		return edges;
	}

	/** The view of a stored node, or {@code null} if it is not shown. */
	public NodeView viewOf(DNode node) {
		return views.get(node);
	}

	/** Every visible node, parents before children. */
	public List<NodeView> allNodes() {
		List<NodeView> all = new ArrayList<>();
		collect(roots, all);
		return all;
	}

	private static void collect(List<NodeView> nodes, List<NodeView> all) {
		for (NodeView node : nodes) {
			all.add(node);
			collect(node.children(), all);
			collect(node.bordered(), all);
		}
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}
}
