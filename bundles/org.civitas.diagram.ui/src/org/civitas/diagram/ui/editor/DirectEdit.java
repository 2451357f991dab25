package org.civitas.diagram.ui.editor;

import java.util.function.Consumer;

import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Editing a label in place: a text field over the node or edge. Enter applies, and so does
 * leaving the field, as in the workbench's trees; Escape cancels.
 */
final class DirectEdit {

	/** Key of the text field's data, so that tests find it. */
	static final String TEXT_KEY = "org.civitas.diagram.ui.directEdit"; //$NON-NLS-1$
	private static final int MIN_WIDTH = 80;

	private final Text text;
	private boolean done;

	/**
	 * @param box   where the label is, {x, y, width, height} in diagram coordinates
	 * @param value the text to start from
	 * @param apply receives the text when the user applies it, unless it is unchanged
	 */
	DirectEdit(DiagramCanvas canvas, double[] box, String value, Consumer<String> apply) {
		text = new Text(canvas, SWT.BORDER | SWT.SINGLE);
		text.setData(TEXT_KEY, Boolean.TRUE);
		text.setText(value);
		int[] from = canvas.toView(box[0], box[1]);
		int[] to = canvas.toView(box[0] + box[2], box[1] + box[3]);
		int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
		int width = Math.max(MIN_WIDTH, to[0] - from[0]);
		text.setBounds(from[0], (from[1] + to[1] - height) / 2, width, height);
		text.selectAll();
		text.setFocus();
		text.addListener(SWT.DefaultSelection, event -> finish(apply, value));
		text.addListener(SWT.FocusOut, event -> finish(apply, value));
		text.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ESC) {
				event.doit = false;
				finish(null, value);
			}
		});
	}

	private void finish(Consumer<String> apply, String before) {
		if (done) {
			return;
		}
		done = true;
		String typed = text.getText();
		var canvas = text.getParent();
		text.dispose();
		canvas.setFocus();
		if (apply != null && !typed.equals(before)) {
			apply.accept(typed);
		}
	}
}
