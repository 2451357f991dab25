package org.civitas.diagram.ui.editor;

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
import org.civitas.diagram.core.view.DiagramView;
import org.civitas.diagram.core.view.NodeView;
import org.civitas.ui.emf.document.ModelDocument;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * A diagram open in an editor: its representation, loaded into its model's document, and what
 * is drawn now. Every change to the representation is a command on the document's stack:
 * layout gestures directly, and the synchronization and layout that follow a model change as a
 * trigger added to whatever command changed the model, wherever it was made. Undo therefore
 * restores the diagram exactly, node positions included. Knows nothing of widgets.
 */
final class OpenDiagram {

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

	OpenDiagram(ModelDocument document, Representation representation, DiagramType type) {
		this.document = document;
		this.representation = representation;
		this.type = type;
	}

	/** Starts following the model: brings the diagram up to date now and after every command. */
	/** Synchronizes, lays out and starts following the model; returns what synchronizing changed. */
	SyncReport open() {
		SyncReport report = refresh();
		document.getCommandStack().addTrigger(trigger);
		return report;
	}

	void close() {
		document.getCommandStack().removeTrigger(trigger);
	}

	ModelDocument document() {
		return document;
	}

	Representation representation() {
		return representation;
	}

	DiagramType type() {
		return type;
	}

	/** The diagram's root element in the model, or {@code null} if the model no longer has it. */
	EObject root() {
		return ElementIds.resolve(document.getResource(), representation.getRoot());
	}

	/** What is drawn now. */
	DiagramView view() {
		return view;
	}

	/** The scene of what is drawn now, built when first asked for after a change. */
	Scene scene() {
		if (scene == null) {
			scene = new SceneBuilder(sizes, problems).build(view, backdrop);
		}
		return scene;
	}

	NodeSizes sizes() {
		return sizes;
	}

	void setProblems(ElementProblems problems) {
		this.problems = problems;
		scene = null;
	}

	/**
	 * Synchronizes and lays out outside any command: when the diagram opens, and after undo or
	 * redo, when it only confirms the state the stack restored.
	 */
	SyncReport refresh() {
		EObject root = root();
		if (root == null) {
			return null;
		}
		SyncReport report = new DiagramSynchronizer(type).synchronize(representation, root);
		arrange(root);
		return report;
	}

	/** Draws again without synchronizing, after a change that only affects looks. */
	void redraw() {
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
	void bringUpToDate() {
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
	void executeAt(Command command, double x, double y) {
		placement = new double[] { x, y };
		try {
			document.getCommandStack().execute(command);
		} finally {
			placement = null;
		}
	}

	/** A change to the representation only (move, resize, hide, a layer), as one undoable command. */
	Command layoutCommand(String label, Runnable change) {
		ChangeCommand command = new ChangeCommand(representation) {
			@Override
			protected void doExecute() {
				change.run();
			}
		};
		command.setLabel(label);
		return command;
	}

	/**
	 * Lays out the given top-level nodes among themselves, keeping them where they were as a
	 * group: their top left corner stays, the others do not move.
	 */
	Command arrangeCommand(String label, List<NodeView> nodes) {
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
	static void arrangeAll(Detached detached, BooleanSupplier cancelled) {
		new DiagramLayouter(new NodeSizes(TextMetrics.INSTANCE), cancelled).arrangeAll(detached.view());
	}

	/**
	 * A copy of the diagram as it is drawn now, which a layout may change on any thread while
	 * the user goes on working with the original; {@code null} when the model lost the root.
	 */
	Detached detach() {
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
	Command adoptCommand(String label, Detached arranged) {
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
	record Detached(DiagramView view, Map<EObject, EObject> copies) {
	}
}
