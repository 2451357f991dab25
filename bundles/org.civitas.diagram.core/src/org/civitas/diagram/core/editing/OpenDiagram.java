package org.civitas.diagram.core.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.layout.Backdrop;
import org.civitas.diagram.core.layout.DiagramLayouter;
import org.civitas.diagram.core.layout.NodeSizes;
import org.civitas.diagram.core.representation.DEdge;
import org.civitas.diagram.core.representation.DElement;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.scene.ElementProblems;
import org.civitas.diagram.core.scene.Scene;
import org.civitas.diagram.core.scene.SceneBuilder;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.style.TextMetrics;
import org.civitas.diagram.core.sync.DiagramProblems;
import org.civitas.diagram.core.sync.DiagramSynchronizer;
import org.civitas.diagram.core.sync.SyncReport;
import org.civitas.diagram.core.tools.ToolCommands;
import org.civitas.diagram.core.view.DiagramView;
import org.civitas.diagram.core.view.EdgeView;
import org.civitas.diagram.core.view.NodeView;
import org.civitas.emf.document.ModelDocument;
import org.civitas.diagram.spec.DeleteTool;
import org.civitas.diagram.spec.EdgeCreationTool;
import org.civitas.diagram.spec.Layer;
import org.civitas.diagram.spec.Tool;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.osgi.util.NLS;

/**
 * A diagram open for editing, headless: its representation, loaded into its model's document,
 * and what is drawn now. Every change to the representation is a command on the document's
 * stack: the editing operations below (move, resize, hide, pin, layers, filters, delete,
 * arrange) return one each, for the caller to execute there; the synchronization and layout
 * that follow a model change come as a trigger added to whatever command changed the model,
 * wherever it was made. Undo therefore restores the diagram exactly, node positions included.
 * The diagram editor is one user; a headless tool edits a diagram with the same semantics.
 * Knows nothing of widgets.
 */
public final class OpenDiagram {

	private final ModelDocument document;
	private final Representation representation;
	private final DiagramType type;
	private final NodeSizes sizes = new NodeSizes(TextMetrics.INSTANCE);
	private final DiagramLayouter layouter = new DiagramLayouter(sizes);
	private final Function<Command, Command> trigger = this::followUp;
	private ElementProblems problems = ElementProblems.NONE;
	private DiagramView view;
	private Backdrop backdrop = new Backdrop.None();
	private Scene scene;
	/** Where the next node created by a command goes, in diagram coordinates, or {@code null}. */
	private double[] placement;
	/** Whether the last command's trigger already brought the drawing up to date. */
	private boolean current;

	public OpenDiagram(ModelDocument document, Representation representation, DiagramType type) {
		this.document = document;
		this.representation = representation;
		this.type = type;
	}

	/** Synchronizes, lays out and starts following the model; returns what synchronizing changed. */
	public SyncReport open() {
		SyncReport report = refresh();
		document.getCommandStack().addTrigger(trigger);
		return report;
	}

	public void close() {
		document.getCommandStack().removeTrigger(trigger);
	}

	public ModelDocument document() {
		return document;
	}

	public Representation representation() {
		return representation;
	}

	public DiagramType type() {
		return type;
	}

	/** The diagram's root element in the model, or {@code null} if the model no longer has it. */
	public EObject root() {
		return ElementIds.resolve(document.getResource(), representation.getRoot());
	}

	/** What is drawn now. */
	public DiagramView view() {
		return view;
	}

	/** The scene of what is drawn now, built when first asked for after a change. */
	public Scene scene() {
		if (scene == null) {
			scene = new SceneBuilder(sizes, problems).build(view, backdrop);
		}
		return scene;
	}

	public NodeSizes sizes() {
		return sizes;
	}

	public void setProblems(ElementProblems problems) {
		this.problems = problems;
		scene = null;
	}

	/**
	 * Synchronizes and lays out outside any command: when the diagram opens, and after undo or
	 * redo, when it only confirms the state the stack restored.
	 */
	public SyncReport refresh() {
		EObject root = root();
		if (root == null) {
			return null;
		}
		SyncReport report = new DiagramSynchronizer(type).synchronize(representation, root);
		arrange(root);
		return report;
	}

	/** Draws again without synchronizing, after a change that only affects looks. */
	public void redraw() {
		EObject root = root();
		if (root != null) {
			arrange(root);
		}
	}

	private void arrange(EObject root) {
		view = DiagramView.of(type, representation, root, new DiagramProblems());
		backdrop = layouter.arrange(view);
		scene = null;
	}

	/** The synchronization and layout a command's model changes call for, recorded for undo. */
	private Command followUp(Command executed) {
		if (root() == null) {
			return null;
		}
		Collection<?> created = executed.getResult();
		return new ChangeCommand(representation) {
			@Override
			protected void doExecute() {
				EObject root = root();
				SyncReport report = new DiagramSynchronizer(type).synchronize(representation, root);
				placeCreated(report, created);
				arrange(root);
				current = true;
			}
		};
	}

	/**
	 * Makes what is drawn match the representation after the stack changed: nothing to do after
	 * a command whose trigger did it; after undo or redo, only confirm the restored state.
	 */
	public void bringUpToDate() {
		if (!current) {
			refresh();
		}
		current = false;
	}

	/**
	 * Puts the node of an element a palette tool created where the user clicked; when the node
	 * came with a new container (the group of its service line, say), the container goes there
	 * and layout places the node in it.
	 */
	private void placeCreated(SyncReport report, Collection<?> created) {
		if (placement == null) {
			return;
		}
		Set<String> createdIds = new HashSet<>();
		for (Object element : created) {
			if (element instanceof EObject object) {
				createdIds.add(ElementIds.idOf(object));
			}
		}
		Set<DNode> added = new HashSet<>(report.addedNodes());
		for (DNode node : report.addedNodes()) {
			if (!createdIds.contains(node.getElement())) {
				continue;
			}
			DNode placed = node;
			while (placed.eContainer() instanceof DNode parent && added.contains(parent)) {
				placed = parent;
			}
			double[] origin = originOf(placed.eContainer());
			placed.setX(Math.round(placement[0] - origin[0]));
			placed.setY(Math.round(placement[1] - origin[1]));
			// Not zero by zero, so layout takes it as placed; sizes then follow the label.
			placed.setWidth(1);
			placed.setHeight(1);
		}
	}

	private double[] originOf(EObject container) {
		if (view != null && container instanceof DNode parent) {
			NodeView parentView = view.viewOf(parent);
			if (parentView != null) {
				return new double[] { parentView.absoluteX(), parentView.absoluteY() };
			}
		}
		return new double[] { 0, 0 };
	}

	/** Runs a model command, placing what it creates at a diagram point. */
	public void executeAt(Command command, double x, double y) {
		placement = new double[] { x, y };
		try {
			document.getCommandStack().execute(command);
		} finally {
			placement = null;
		}
	}

	/** A change to the representation only (move, resize, hide, a layer), as one undoable command. */
	public Command layoutCommand(String label, Runnable change) {
		ChangeCommand command = new ChangeCommand(representation) {
			@Override
			protected void doExecute() {
				change.run();
			}
		};
		command.setLabel(label);
		return command;
	}

	/** Moves nodes by an offset; edges of moved nodes are routed afresh. */
	public Command move(List<NodeView> nodes, double dx, double dy) {
		return layoutCommand(Messages.OpenDiagram_move, () -> {
			for (NodeView node : nodes) {
				node.node().setX(node.node().getX() + dx);
				node.node().setY(node.node().getY() + dy);
			}
			forgetRoutesOf(nodes.stream().map(NodeView::node).toList());
		});
	}

	/** Gives a node new bounds, relative to its container, and keeps its size from then on (layout no longer sizes it). */
	public Command resize(NodeView node, double x, double y, double width, double height) {
		return layoutCommand(Messages.OpenDiagram_resize, () -> {
			DNode stored = node.node();
			stored.setX(x);
			stored.setY(y);
			stored.setWidth(width);
			stored.setHeight(height);
			stored.setSizeFixed(true);
			forgetRoutesOf(List.of(stored));
		});
	}

	/** Edges of nodes that moved or changed size are routed afresh: their old bends would lead nowhere. */
	private void forgetRoutesOf(List<DNode> changed) {
		List<DNode> affected = allNodes(changed);
		for (DEdge edge : representation.getEdges()) {
			if (affected.contains(edge.getSource()) || affected.contains(edge.getTarget())) {
				edge.getBendpoints().clear();
			}
		}
	}

	/** Hides nodes and edges on this diagram; the model keeps their elements. */
	public Command hide(List<DElement> elements) {
		return layoutCommand(Messages.OpenDiagram_hide, () -> elements.forEach(element -> {
			if (element instanceof DNode node) {
				node.setHidden(true);
			} else if (element instanceof DEdge edge) {
				edge.setHidden(true);
			}
		}));
	}

	/** Whether something on this diagram is hidden. */
	public boolean hasHidden() {
		return representation.getEdges().stream().anyMatch(DEdge::isHidden)
				|| allNodes(representation.getNodes()).stream().anyMatch(DNode::isHidden);
	}

	/** Shows again everything hidden on this diagram. */
	public Command showHidden() {
		return layoutCommand(Messages.OpenDiagram_showHidden, () -> {
			representation.getEdges().forEach(edge -> edge.setHidden(false));
			allNodes(representation.getNodes()).forEach(node -> node.setHidden(false));
		});
	}

	private static List<DNode> allNodes(List<DNode> nodes) {
		List<DNode> all = new ArrayList<>();
		for (DNode node : nodes) {
			all.add(node);
			all.addAll(allNodes(node.getChildren()));
			all.addAll(node.getBorderedNodes());
		}
		return all;
	}

	/** Pins nodes where they are, so that Arrange All leaves them, or unpins them. */
	public Command pin(List<NodeView> nodes, boolean pin) {
		List<DNode> stored = nodes.stream().map(NodeView::node).toList();
		return layoutCommand(pin ? Messages.OpenDiagram_pin : Messages.OpenDiagram_unpin,
				() -> stored.forEach(node -> node.setPinned(pin)));
	}

	/** Shows an optional layer if it is hidden, hides it if it is shown; its nodes, edges and tools come and go with it. */
	public Command toggleLayer(Layer layer) {
		List<String> active = representation.getActiveLayers();
		boolean show = !active.contains(layer.getName());
		return layoutCommand(NLS.bind(show ? Messages.OpenDiagram_showLayer : Messages.OpenDiagram_hideLayer,
				DiagramType.labelOf(layer)), () -> {
					if (show) {
						active.add(layer.getName());
					} else {
						active.remove(layer.getName());
					}
				});
	}

	/** Switches a filter (by its name in the specification) on if it is off, off if it is on. */
	public Command toggleFilter(String filter, String label) {
		List<String> active = representation.getActiveFilters();
		boolean on = !active.contains(filter);
		return layoutCommand(NLS.bind(on ? Messages.OpenDiagram_filterOn : Messages.OpenDiagram_filterOff, label), () -> {
			if (on) {
				active.add(filter);
			} else {
				active.remove(filter);
			}
		});
	}

	/** The commands of the diagram's tools, on the model. */
	public ToolCommands tools() {
		return new ToolCommands(type, document.getEditingDomain(), root(), new DiagramProblems());
	}

	/** The tools of a kind in the layers shown now. */
	public <T extends Tool> List<T> activeTools(Class<T> kind) {
		List<T> found = new ArrayList<>();
		for (Layer layer : type.activeLayers(representation.getActiveLayers())) {
			layer.getTools().stream().filter(kind::isInstance).map(kind::cast).forEach(found::add);
		}
		return found;
	}

	/** The edge creation tool that made an edge of this kind, which also reconnects and unlinks it, or {@code null}. */
	public EdgeCreationTool reconnectionTool(EdgeView edge) {
		return activeTools(EdgeCreationTool.class).stream().filter(tool -> tool.getMapping() == edge.mapping())
				.findFirst().orElse(null);
	}

	/**
	 * The model elements of these nodes and edges, when a delete tool of the shown layers allows
	 * deleting every one of them; none as soon as one is not allowed. An edge drawn for a
	 * reference has no element of its own and adds none.
	 */
	public List<EObject> deletable(List<NodeView> nodes, List<EdgeView> edges) {
		List<EObject> elements = new ArrayList<>();
		List<DeleteTool> deleteTools = activeTools(DeleteTool.class);
		for (NodeView node : nodes) {
			if (node.element() == null || deleteTools.stream().noneMatch(tool -> tool.getMappings().contains(node.mapping()))) {
				return List.of();
			}
			elements.add(node.element());
		}
		for (EdgeView edge : edges) {
			if (deleteTools.stream().noneMatch(tool -> tool.getMappings().contains(edge.mapping()))) {
				return List.of();
			}
			if (edge.element() != null) {
				elements.add(edge.element());
			}
		}
		return elements;
	}

	/**
	 * Deletes from the model the elements of these nodes and edges (with everything they
	 * contain), and unlinks the references the edges without an element of their own stand for,
	 * in one command; {@code null} when there is nothing it may delete.
	 */
	public Command delete(List<NodeView> nodes, List<EdgeView> edges) {
		List<EObject> elements = deletable(nodes, edges);
		List<EdgeView> references = edges.stream().filter(edge -> edge.element() == null).toList();
		if (elements.isEmpty() && references.isEmpty()) {
			return null;
		}
		CompoundCommand delete = new CompoundCommand(Messages.OpenDiagram_delete);
		ToolCommands tools = tools();
		if (!elements.isEmpty()) {
			delete.append(tools.delete(elements));
		}
		for (EdgeView reference : references) {
			EdgeCreationTool tool = reconnectionTool(reference);
			if (tool != null) {
				delete.append(tools.unlink(tool, reference.source().element(), reference.target().element()));
			}
		}
		return delete;
	}

	/**
	 * Lays out the given top-level nodes among themselves, keeping them where they were as a
	 * group: their top left corner stays, the others do not move.
	 */
	public Command arrangeCommand(String label, List<NodeView> nodes) {
		return layoutCommand(label, () -> {
			double left = nodes.stream().mapToDouble(node -> node.node().getX()).min().orElse(0);
			double top = nodes.stream().mapToDouble(node -> node.node().getY()).min().orElse(0);
			Map<DNode, double[]> fixedSizes = new HashMap<>();
			for (NodeView node : nodes) {
				DNode stored = node.node();
				if (stored.isSizeFixed()) {
					fixedSizes.put(stored, new double[] { stored.getWidth(), stored.getHeight() });
					stored.setSizeFixed(false);
				}
				// Unplaced again, so layout places them among themselves.
				stored.setWidth(0);
				stored.setHeight(0);
			}
			EObject root = root();
			if (root == null) {
				return;
			}
			arrange(root);
			double newLeft = nodes.stream().mapToDouble(node -> node.node().getX()).min().orElse(0);
			double newTop = nodes.stream().mapToDouble(node -> node.node().getY()).min().orElse(0);
			for (NodeView node : nodes) {
				node.node().setX(node.node().getX() - newLeft + left);
				node.node().setY(node.node().getY() - newTop + top);
			}
			fixedSizes.forEach((fixed, size) -> {
				fixed.setWidth(size[0]);
				fixed.setHeight(size[1]);
				fixed.setSizeFixed(true);
			});
			arrange(root);
		});
	}

	/** Lays out everything not pinned in a detached copy again; runs on any thread, until {@code cancelled}. */
	public static void arrangeAll(Detached detached, BooleanSupplier cancelled) {
		new DiagramLayouter(new NodeSizes(TextMetrics.INSTANCE), cancelled).arrangeAll(detached.view());
	}

	/**
	 * A copy of the diagram as it is drawn now, which a layout may change on any thread while
	 * the user goes on working with the original; {@code null} when the model lost the root.
	 */
	public Detached detach() {
		EObject root = root();
		if (root == null) {
			return null;
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Representation copy = (Representation) copier.copy(representation);
		copier.copyReferences();
		return new Detached(DiagramView.of(type, copy, root, new DiagramProblems()), copier);
	}

	/**
	 * Takes the positions, sizes and routes of a laid-out copy, as one undoable command. What
	 * changed in the meantime still counts: a node or edge removed since is left out, one added
	 * since is placed beside the others.
	 */
	public Command adoptCommand(String label, Detached arranged) {
		return layoutCommand(label, () -> {
			for (Map.Entry<EObject, EObject> pair : arranged.copies().entrySet()) {
				if (!EcoreUtil.isAncestor(representation, pair.getKey())) {
					continue;
				}
				if (pair.getKey() instanceof DNode node && pair.getValue() instanceof DNode laidOut) {
					node.setX(laidOut.getX());
					node.setY(laidOut.getY());
					node.setWidth(laidOut.getWidth());
					node.setHeight(laidOut.getHeight());
				} else if (pair.getKey() instanceof DEdge edge && pair.getValue() instanceof DEdge laidOut) {
					edge.getBendpoints().clear();
					edge.getBendpoints().addAll(EcoreUtil.copyAll(laidOut.getBendpoints()));
				}
			}
			EObject root = root();
			if (root != null) {
				arrange(root);
			}
		});
	}

	/** A copy of the diagram and what it draws, each element of the original mapped to its copy. */
	public record Detached(DiagramView view, Map<EObject, EObject> copies) {
	}
}
