package org.civitas.diagram.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Hands the workbench's Edit actions (undo, redo, delete, rename, select all) to the active diagram editor. */
public class DiagramEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		if (part instanceof DiagramEditor editor) {
			editor.contributeTo(getActionBars());
		}
	}
}
