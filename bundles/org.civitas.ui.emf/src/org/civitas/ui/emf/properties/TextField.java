package org.civitas.ui.emf.properties;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.events.KeyListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;

/**
 * A text field for a value written as text. The typed text is checked as it is typed; it is
 * applied by Enter (Ctrl+Enter in a multi-line field) or by leaving the field, unless it is
 * refused, and Escape brings the model's value back.
 */
final class TextField extends PropertyField {

	private static final int MULTI_LINE_ROWS = 4;

	private final TextConverter converter;
	private final boolean multiLine;

	private Text text;
	private String shownText = ""; //$NON-NLS-1$
	private boolean showing;

	TextField(PropertyTarget target, TextConverter converter, boolean multiLine) {
		super(target);
		this.converter = converter;
		this.multiLine = multiLine;
	}

	@Override
	protected Control createEditor(Composite parent, TabbedPropertySheetWidgetFactory factory) {
		int style = multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
		text = factory.createText(parent, "", style); //$NON-NLS-1$
		if (multiLine) {
			GC gc = new GC(text);
			int lineHeight = gc.getFontMetrics().getHeight();
			gc.dispose();
			GridData layout = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
			layout.widthHint = PropertyField.MINIMUM_WIDTH;
			layout.heightHint = MULTI_LINE_ROWS * lineHeight;
			text.setLayoutData(layout);
		}
		text.addModifyListener(event -> checkTypedText());
		text.addListener(SWT.DefaultSelection, event -> applyTypedText());
		text.addListener(SWT.FocusOut, event -> applyTypedText());
		text.addKeyListener(KeyListener.keyPressedAdapter(this::keyPressed));
		return text;
	}

	@Override
	protected String editorTooltip(String description) {
		if (!multiLine) {
			return description;
		}
		return description == null || description.isBlank() ? Messages.applyMultiLineHint
				: description + '\n' + Messages.applyMultiLineHint;
	}

	private void keyPressed(KeyEvent event) {
		if (event.keyCode == SWT.ESC) {
			showValue();
		} else if (multiLine && (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR)
				&& (event.stateMask & SWT.MOD1) != 0) {
			event.doit = false;
			applyTypedText();
		}
	}

	private void checkTypedText() {
		if (showing) {
			return;
		}
		String problem = converter.problemWith(text.getText());
		if (problem == null) {
			clearProblem();
		} else {
			showProblem(problem);
		}
	}

	private void applyTypedText() {
		String typed = text.getText();
		if (typed.equals(shownText)) {
			return;
		}
		String problem = converter.problemWith(typed);
		if (problem != null) {
			showProblem(problem);
			return;
		}
		apply(converter.toValue(typed));
		showValue();
	}

	/** The model's value replaces the text, unless the user is typing a change of their own. */
	@Override
	void refresh() {
		boolean typing = text.isFocusControl() && !text.getText().equals(shownText);
		if (!typing) {
			showValue();
		}
	}

	private void showValue() {
		shownText = converter.toText(target.value());
		showing = true;
		try {
			if (!text.getText().equals(shownText)) {
				text.setText(shownText);
			}
		} finally {
			showing = false;
		}
		clearProblem();
	}
}
