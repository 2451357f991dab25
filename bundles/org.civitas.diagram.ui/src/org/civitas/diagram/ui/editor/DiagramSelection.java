package org.civitas.diagram.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.civitas.diagram.core.representation.DElement;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.view.DiagramView;
import org.civitas.diagram.core.view.EdgeView;
import org.civitas.diagram.core.view.NodeView;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;

/**
 * The diagram elements selected in an editor, in the order they were selected, and the model
 * elements they show (what the Properties view and the model editor see).
 */
final class DiagramSelection {

	private final Set<DElement> selected = new LinkedHashSet<>();
	private final ListenerList<Runnable> listeners = new ListenerList<>();

	List<DElement> elements() {
		return List.copyOf(selected);
	}

	boolean isEmpty() {
		return selected.isEmpty();
	}

	boolean contains(DElement element) {
		return selected.contains(element);
	}

	/** Selects exactly these elements. */
	void set(Collection<? extends DElement> elements) {
		if (selected.size() == elements.size() && selected.containsAll(elements)) {
			return;
		}
		selected.clear();
		selected.addAll(elements);
		changed();
	}

	void add(Collection<? extends DElement> elements) {
		if (selected.addAll(elements)) {
			changed();
		}
	}

	void toggle(DElement element) {
		if (!selected.remove(element)) {
			selected.add(element);
		}
		changed();
	}

	/** Drops what the diagram no longer shows (deleted, hidden, filtered), after a change. */
	void retainShown(DiagramView view) {
		boolean removed = selected.removeIf(element -> element instanceof DNode node ? view.viewOf(node) == null
				: view.edges().stream().noneMatch(edge -> edge.edge() == element));
		if (removed) {
			changed();
		}
	}

	/** The nodes selected, as drawn now. */
	List<NodeView> nodes(DiagramView view) {
		List<NodeView> nodes = new ArrayList<>();
		for (DElement element : selected) {
			if (element instanceof DNode node && view.viewOf(node) != null) {
				nodes.add(view.viewOf(node));
			}
		}
		return nodes;
	}

	/** The edges selected, as drawn now. */
	List<EdgeView> edges(DiagramView view) {
		return view.edges().stream().filter(edge -> selected.contains(edge.edge())).toList();
	}

	/**
	 * The model elements the selection shows: a node's element, an edge's own element, or for an
	 * edge that stands for a reference, the element holding the reference.
	 */
	List<EObject> modelElements(DiagramView view) {
		Set<EObject> elements = new LinkedHashSet<>();
		for (NodeView node : nodes(view)) {
			if (node.element() != null) {
				elements.add(node.element());
			}
		}
		for (EdgeView edge : edges(view)) {
			elements.add(edge.element() != null ? edge.element() : edge.source().element());
		}
		elements.remove(null);
		return List.copyOf(elements);
	}

	/** Selects the nodes and edges showing these model elements. */
	void showing(DiagramView view, Collection<?> modelElements) {
		Set<DElement> found = new LinkedHashSet<>();
		for (NodeView node : view.allNodes()) {
			if (node.element() != null && node.node().getGroup() == null && modelElements.contains(node.element())) {
				found.add(node.node());
			}
		}
		for (EdgeView edge : view.edges()) {
			if (edge.element() != null && modelElements.contains(edge.element())) {
				found.add(edge.edge());
			}
		}
		set(found);
	}

	void addListener(Runnable listener) {
		listeners.add(listener);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}
}
