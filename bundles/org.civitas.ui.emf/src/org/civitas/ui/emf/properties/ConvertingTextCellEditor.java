package org.civitas.ui.emf.properties;

import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.events.ModifyEvent;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for values written as text (numbers, dates, strings), which refuses text
 * that does not convert: the cell shows the problem in the error color and as its tooltip,
 * and the Properties view puts it in the status line. A refused text never reaches the model.
 */
final class ConvertingTextCellEditor extends TextCellEditor {

	private final TextConverter converter;

	ConvertingTextCellEditor(Composite parent, TextConverter converter) {
		super(parent);
		this.converter = converter;
		setValidator(value -> value instanceof String typed ? converter.problemWith(typed) : null);
	}

	@Override
	protected Object doGetValue() {
		String typed = (String) super.doGetValue();
		return converter.problemWith(typed) == null ? converter.toValue(typed) : null;
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(converter.toText(value));
		showProblem(null);
	}

	/**
	 * Unlike the inherited behaviour, the problem is not passed through
	 * {@link java.text.MessageFormat}, which would mangle the quotes and braces of the typed text
	 * that the message repeats.
	 */
	@Override
	protected void editOccured(ModifyEvent event) {
		boolean wasValid = isValueValid();
		boolean valid = isCorrect(text.getText());
		showProblem(valid ? null : getErrorMessage());
		valueChanged(wasValid, valid);
	}

	private void showProblem(String problem) {
		if (text == null || text.isDisposed()) {
			return;
		}
		text.setToolTipText(problem);
		text.setForeground(problem == null ? null : JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR));
	}
}
