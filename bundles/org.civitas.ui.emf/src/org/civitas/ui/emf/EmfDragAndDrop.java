package org.civitas.ui.emf;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Drag and drop of model elements inside a viewer, as EMF drag-and-drop commands: dropping on
 * an element adds to it, dropping near its top or bottom edge inserts before or after it; a
 * plain drag moves, Ctrl copies, and EMF decides what the target accepts. Each drop is one
 * undoable command.
 */
public final class EmfDragAndDrop {

	private static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;

	private EmfDragAndDrop() {
	}

	/** Lets the user drag elements of {@code viewer} and drop them on its elements. */
	public static void install(StructuredViewer viewer, EditingDomain domain) {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(OPERATIONS, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection selection = viewer.getStructuredSelection();
				event.doit = !selection.isEmpty();
				LocalSelectionTransfer.getTransfer().setSelection(selection);
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		viewer.addDropSupport(OPERATIONS, transfers, new Drop(domain));
	}

	/**
	 * The command for dropping {@code dragged} on {@code target} at {@code location} (0 at the
	 * target's top edge, 1 at its bottom), with SWT's allowed operations and requested one.
	 */
	static Command dropCommand(EditingDomain domain, Object target, float location, int swtOperations, int swtDetail,
			Collection<?> dragged) {
		return DragAndDropCommand.create(domain, target, location, Drop.operations(swtOperations),
				Drop.requestedOperation(swtDetail), dragged);
	}

	private static final class Drop extends DropTargetAdapter {

		private final EditingDomain domain;

		Drop(EditingDomain domain) {
			this.domain = domain;
		}

		@Override
		public void dragEnter(DropTargetEvent event) {
			evaluate(event);
		}

		@Override
		public void dragOver(DropTargetEvent event) {
			evaluate(event);
		}

		@Override
		public void dragOperationChanged(DropTargetEvent event) {
			evaluate(event);
		}

		@Override
		public void drop(DropTargetEvent event) {
			Command command = command(event);
			if (command != null && command.canExecute()) {
				domain.getCommandStack().execute(command);
			} else {
				event.detail = DND.DROP_NONE;
			}
		}

		/** Tells SWT what a drop here would do: the operation and where the insertion mark goes. */
		private void evaluate(DropTargetEvent event) {
			Command command = command(event);
			if (command instanceof DragAndDropFeedback feedback && command.canExecute()) {
				event.detail = swtOperation(feedback.getOperation());
				event.feedback = DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND | feedbackMark(feedback.getFeedback());
			} else {
				event.detail = DND.DROP_NONE;
				event.feedback = DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND;
			}
		}

		private Command command(DropTargetEvent event) {
			if (!(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged)
					|| !(event.item instanceof Item item) || item.getData() == null) {
				return null;
			}
			return dropCommand(domain, item.getData(), location(event, item), event.operations, event.detail,
					List.copyOf(dragged.toList()));
		}

		/** Where in the item the pointer is, from 0 (top edge) to 1 (bottom edge). */
		private static float location(DropTargetEvent event, Item item) {
			if (!(item instanceof TreeItem treeItem)) {
				return 0.5f;
			}
			Rectangle bounds = treeItem.getBounds();
			int y = treeItem.getParent().toControl(event.x, event.y).y;
			return bounds.height == 0 ? 0.5f : (float) (y - bounds.y) / bounds.height;
		}

		private static int requestedOperation(int swtDetail) {
			return switch (swtDetail) {
				case DND.DROP_COPY -> DragAndDropFeedback.DROP_COPY;
				case DND.DROP_LINK -> DragAndDropFeedback.DROP_LINK;
				case DND.DROP_MOVE, DND.DROP_DEFAULT -> DragAndDropFeedback.DROP_MOVE;
				default -> DragAndDropFeedback.DROP_NONE;
			};
		}

		private static int operations(int swtOperations) {
			int operations = 0;
			if ((swtOperations & DND.DROP_MOVE) != 0) {
				operations |= DragAndDropFeedback.DROP_MOVE;
			}
			if ((swtOperations & DND.DROP_COPY) != 0) {
				operations |= DragAndDropFeedback.DROP_COPY;
			}
			if ((swtOperations & DND.DROP_LINK) != 0) {
				operations |= DragAndDropFeedback.DROP_LINK;
			}
			return operations;
		}

		private static int swtOperation(int emfOperation) {
			return switch (emfOperation) {
				case DragAndDropFeedback.DROP_COPY -> DND.DROP_COPY;
				case DragAndDropFeedback.DROP_LINK -> DND.DROP_LINK;
				case DragAndDropFeedback.DROP_MOVE -> DND.DROP_MOVE;
				default -> DND.DROP_NONE;
			};
		}

		private static int feedbackMark(int emfFeedback) {
			return switch (emfFeedback) {
				case DragAndDropFeedback.FEEDBACK_INSERT_BEFORE -> DND.FEEDBACK_INSERT_BEFORE;
				case DragAndDropFeedback.FEEDBACK_INSERT_AFTER -> DND.FEEDBACK_INSERT_AFTER;
				case DragAndDropFeedback.FEEDBACK_SELECT -> DND.FEEDBACK_SELECT;
				default -> DND.FEEDBACK_NONE;
			};
		}
	}
}
