package org.civitas.diagram.ui.editor;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Hands the workbench's Edit actions (undo, redo, delete, rename, select all) to the active
 * diagram editor, and gives the window a Diagram menu with the editor's actions and their keys.
 */
public class DiagramEditorContributor extends EditorActionBarContributor {

	/** The id of the Diagram menu, after which plug-ins may add their own. */
	public static final String MENU_ID = "org.civitas.diagram.ui.menu"; //$NON-NLS-1$

	private DiagramEditor active;

	@Override
	public void contributeToMenu(IMenuManager menuBar) {
		MenuManager diagram = new MenuManager(Messages.DiagramEditorContributor_menu, MENU_ID);
		diagram.setRemoveAllWhenShown(true);
		diagram.addMenuListener(menu -> {
			if (active != null) {
				active.fillDiagramMenu(menu);
			}
		});
		menuBar.insertAfter(IWorkbenchActionConstants.MB_ADDITIONS, diagram);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		if (part instanceof DiagramEditor editor) {
			active = editor;
			editor.contributeTo(getActionBars());
		}
	}
}
