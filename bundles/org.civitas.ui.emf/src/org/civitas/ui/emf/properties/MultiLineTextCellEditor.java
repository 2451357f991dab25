package org.civitas.ui.emf.properties;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** A cell editor for text of several lines: the cell shows the first line, a dialog edits it all. */
final class MultiLineTextCellEditor extends DialogCellEditor {

	private final String propertyName;

	MultiLineTextCellEditor(Composite parent, String propertyName) {
		super(parent);
		this.propertyName = propertyName;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		Object value = getValue();
		MultiLineTextDialog dialog = new MultiLineTextDialog(cellEditorWindow.getShell(), propertyName,
				value == null ? "" : value.toString()); //$NON-NLS-1$
		return dialog.open() == Window.OK ? dialog.text() : null;
	}

	@Override
	protected void updateContents(Object value) {
		Label label = getDefaultLabel();
		if (label != null && !label.isDisposed()) {
			label.setText(MultiLineTextDialog.firstLine(value == null ? "" : value.toString())); //$NON-NLS-1$
		}
	}
}
