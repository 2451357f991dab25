package org.civitas.portfolio.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Hands the workbench's Edit actions (undo, redo, cut, copy, paste, delete, rename) to the active portfolio editor. */
public class PortfolioEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		if (part instanceof PortfolioEditor editor) {
			editor.contributeTo(getActionBars());
		}
	}
}
