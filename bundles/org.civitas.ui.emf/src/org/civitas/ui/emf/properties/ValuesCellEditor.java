package org.civitas.ui.emf.properties;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** A cell editor for a multi-valued property: the cell lists the values, a dialog chooses them. */
final class ValuesCellEditor extends DialogCellEditor {

	private final PropertyTarget target;
	private final ILabelProvider labels;

	ValuesCellEditor(Composite parent, PropertyTarget target, ILabelProvider labels) {
		super(parent);
		this.target = target;
		this.labels = labels;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		FeatureValuesDialog dialog = FeatureValuesDialog.forProperty(cellEditorWindow.getShell(), target, labels,
				getValue());
		return dialog.open() == Window.OK ? dialog.values() : null;
	}

	/** Also called while the superclass constructor creates the cell, before the labels are known. */
	@Override
	protected void updateContents(Object value) {
		Label label = getDefaultLabel();
		if (labels != null && label != null && !label.isDisposed()) {
			label.setText(labels.getText(value));
		}
	}
}
