package org.civitas.diagram.ui.editor;

import java.util.function.Supplier;

import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.eclipse.jface.action.ControlContribution;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The zoom of the diagram as a percentage in the tool bar: it shows the zoom as it changes (wheel,
 * keys, buttons), offers the usual steps and "Fit", and takes a typed percentage on Enter.
 */
final class ZoomField extends ControlContribution {

	/** Key of the field's data, for tests. */
	static final String ID = "org.civitas.diagram.ui.zoom"; //$NON-NLS-1$

	private static final int[] STEPS = { 25, 50, 75, 100, 150, 200, 400 };

	private final Supplier<DiagramCanvas> canvas;
	private Combo combo;

	ZoomField(Supplier<DiagramCanvas> canvas) {
		super(ID);
		this.canvas = canvas;
	}

	@Override
	protected Control createControl(Composite parent) {
		combo = new Combo(parent, SWT.DROP_DOWN);
		combo.setData(ID, Boolean.TRUE);
		combo.setToolTipText(Messages.ZoomField_tip);
		for (int step : STEPS) {
			combo.add(percent(step));
		}
		combo.add(Messages.DiagramActions_zoomFit);
		combo.setText(percent(100));
		combo.addListener(SWT.Selection, event -> apply(combo.getText()));
		combo.addListener(SWT.DefaultSelection, event -> apply(combo.getText()));
		return combo;
	}

	/** As wide as its widest entry and the drop-down button: a combo would otherwise take much more. */
	@Override
	protected int computeWidth(Control control) {
		GC gc = new GC(control);
		try {
			int text = Math.max(gc.textExtent(percent(400)).x, gc.textExtent(Messages.DiagramActions_zoomFit).x);
			// The drop-down button and the entry's own padding (GTK's are wide).
			return text + 64;
		} finally {
			gc.dispose();
		}
	}

	/** Applies a chosen step, "Fit", or a typed number (with or without %); anything else is put back. */
	void apply(String text) {
		DiagramCanvas target = canvas.get();
		if (target == null) {
			return;
		}
		if (text.equals(Messages.DiagramActions_zoomFit)) {
			target.zoomToFit();
		} else {
			try {
				double percent = Double.parseDouble(text.replace("%", "").strip()); //$NON-NLS-1$ //$NON-NLS-2$
				if (percent > 0) {
					target.setZoom(percent / 100);
				}
			} catch (NumberFormatException notANumber) {
				// Shown again as the zoom it is, below.
			}
		}
		showZoom();
	}

	void showZoom() {
		DiagramCanvas target = canvas.get();
		if (combo != null && !combo.isDisposed() && target != null) {
			String shown = percent((int) Math.round(target.zoom() * 100));
			if (!shown.equals(combo.getText())) {
				combo.setText(shown);
			}
		}
	}

	private static String percent(int value) {
		return NLS.bind(Messages.ZoomField_percent, value);
	}
}
