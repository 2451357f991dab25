package org.civitas.ui.emf.properties;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A small dialog to edit text of several lines, titled "Edit <property>". */
final class MultiLineTextDialog extends Dialog {

	/** Test id of the dialog's text field. */
	static final String TEXT_ID = EmfTabbedProperties.CONTRIBUTOR_ID + ".multiLineText"; //$NON-NLS-1$

	private static final int COLUMNS = 60;
	private static final int ROWS = 8;

	private final String propertyName;
	private String text;
	private Text field;

	MultiLineTextDialog(Shell parent, String propertyName, String text) {
		super(parent);
		this.propertyName = propertyName;
		this.text = text;
	}

	/** The text as the user left it when choosing OK. */
	String text() {
		return text;
	}

	/** The first line of a text, with an ellipsis when more lines follow, for a one-line preview. */
	static String firstLine(String text) {
		int end = text.indexOf('\n');
		if (end < 0) {
			return text;
		}
		String line = text.substring(0, end);
		return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line) + "\u2026"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.multiLineDialogTitle, propertyName));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		field = WidgetIds.name(new Text(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER), TEXT_ID);
		field.setText(text);
		GC gc = new GC(field);
		int charWidth = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
		int lineHeight = gc.getFontMetrics().getHeight();
		gc.dispose();
		GridDataFactory.fillDefaults().grab(true, true).hint(COLUMNS * charWidth, ROWS * lineHeight).applyTo(field);
		return area;
	}

	@Override
	protected void okPressed() {
		text = field.getText();
		super.okPressed();
	}
}
