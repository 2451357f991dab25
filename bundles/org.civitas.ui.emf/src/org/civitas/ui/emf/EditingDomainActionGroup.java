package org.civitas.ui.emf;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionContext;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionGroup;

/**
 * Undo, redo, cut, copy, paste and delete on an EMF editing domain, as workbench global
 * action handlers (so Edit menu, toolbar and key bindings work) and as context menu entries.
 * Every action executes a command on the domain's command stack, so each is undoable. Give the
 * group the current selection with {@link #setContext(ActionContext)}.
 */
public class EditingDomainActionGroup extends ActionGroup {

	private final EditingDomain domain;
	private final CommandStackListener stackListener = event -> updateUndoRedo();
	private final Action undo = new Action() {
		@Override
		public void run() {
			domain.getCommandStack().undo();
			updateUndoRedo();
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			domain.getCommandStack().redo();
			updateUndoRedo();
		}
	};
	private final SelectionCommandAction cut;
	private final SelectionCommandAction copy;
	private final SelectionCommandAction paste;
	private final SelectionCommandAction delete;

	public EditingDomainActionGroup(EditingDomain domain) {
		this.domain = domain;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		cut = new SelectionCommandAction(Messages.EditingDomainActions_cut, ISharedImages.IMG_TOOL_CUT,
				selection -> CutToClipboardCommand.create(domain, selection));
		copy = new SelectionCommandAction(Messages.EditingDomainActions_copy, ISharedImages.IMG_TOOL_COPY,
				selection -> CopyToClipboardCommand.create(domain, selection));
		paste = new SelectionCommandAction(Messages.EditingDomainActions_paste, ISharedImages.IMG_TOOL_PASTE,
				selection -> selection.size() == 1
						? PasteFromClipboardCommand.create(domain, selection.iterator().next(), null)
						: UnexecutableCommand.INSTANCE);
		delete = new SelectionCommandAction(Messages.EditingDomainActions_delete, ISharedImages.IMG_TOOL_DELETE,
				selection -> DeleteCommand.create(domain, selection));
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
		redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
		cut.setActionDefinitionId(ActionFactory.CUT.getCommandId());
		copy.setActionDefinitionId(ActionFactory.COPY.getCommandId());
		paste.setActionDefinitionId(ActionFactory.PASTE.getCommandId());
		delete.setActionDefinitionId(ActionFactory.DELETE.getCommandId());
		domain.getCommandStack().addCommandStackListener(stackListener);
		updateUndoRedo();
		setContext(null);
	}

	/** Updates what cut, copy, paste and delete would act on. */
	@Override
	public void setContext(ActionContext context) {
		super.setContext(context);
		ISelection selection = context == null ? null : context.getSelection();
		List<?> elements = selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
		for (SelectionCommandAction action : List.of(cut, copy, paste, delete)) {
			action.update(elements);
		}
	}

	@Override
	public void fillActionBars(IActionBars actionBars) {
		actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		actionBars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
		actionBars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		actionBars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
		actionBars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		actionBars.updateActionBars();
	}

	/**
	 * Sets only undo and redo, for views that show the domain's elements but have a selection
	 * of their own (the Properties view): there, delete or paste must not act on the editor's.
	 */
	public void fillUndoRedo(IActionBars actionBars) {
		actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		actionBars.updateActionBars();
	}

	/** Adds the edit actions to a context menu, after whatever the caller put first. */
	@Override
	public void fillContextMenu(IMenuManager menu) {
		menu.add(undo);
		menu.add(redo);
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new Separator());
		menu.add(delete);
	}

	/** The action that undoes, for callers that place it themselves. */
	public IAction getUndoAction() {
		return undo;
	}

	public IAction getRedoAction() {
		return redo;
	}

	public IAction getDeleteAction() {
		return delete;
	}

	private void updateUndoRedo() {
		CommandStack stack = domain.getCommandStack();
		undo.setEnabled(stack.canUndo());
		redo.setEnabled(stack.canRedo());
		undo.setText(label(Messages.EditingDomainActions_undo, Messages.EditingDomainActions_undoCommand, stack.getUndoCommand()));
		redo.setText(label(Messages.EditingDomainActions_redo, Messages.EditingDomainActions_redoCommand, stack.getRedoCommand()));
		setContext(getContext());
	}

	private static String label(String plain, String withCommand, Command command) {
		return command == null || command.getLabel() == null ? plain : NLS.bind(withCommand, command.getLabel());
	}

	@Override
	public void dispose() {
		domain.getCommandStack().removeCommandStackListener(stackListener);
		super.dispose();
	}

	/** An action that executes the command it builds for the current selection. */
	private final class SelectionCommandAction extends Action {

		private final Function<Collection<?>, Command> commandFor;
		private Collection<?> selection = List.of();

		SelectionCommandAction(String text, String sharedImage, Function<Collection<?>, Command> commandFor) {
			super(text, PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(sharedImage));
			this.commandFor = commandFor;
		}

		void update(Collection<?> elements) {
			selection = elements;
			setEnabled(!elements.isEmpty() && commandFor.apply(elements).canExecute());
		}

		@Override
		public void run() {
			Command command = commandFor.apply(selection);
			if (command.canExecute()) {
				domain.getCommandStack().execute(command);
			}
			// Cut and copy fill the clipboard, which changes what paste can do.
			paste.update(selection);
			update(selection);
		}
	}
}
