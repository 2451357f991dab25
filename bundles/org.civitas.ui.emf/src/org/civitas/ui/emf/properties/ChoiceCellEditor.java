package org.civitas.ui.emf.properties;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A drop-down of a property's choices, labelled as EMF.Edit labels them; the empty
 * "no value" choice stands for {@code null}.
 */
final class ChoiceCellEditor extends ComboBoxViewerCellEditor {

	ChoiceCellEditor(Composite parent, List<Object> choices, ILabelProvider labels) {
		super(parent, SWT.READ_ONLY);
		setContentProvider(ArrayContentProvider.getInstance());
		setLabelProvider(labels);
		setInput(choices);
	}

	@Override
	protected Object doGetValue() {
		return PropertyChoices.valueOf(super.doGetValue());
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(PropertyChoices.choiceOf(value));
	}
}
