package org.civitas.testing.ui;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Text pictures of widget trees, for failure messages. */
public final class WidgetTree {

	/** Enough for a workbench window; beyond it, a failure message stops being readable. */
	private static final int MAX_CHARACTERS = 40_000;

	private WidgetTree() {
	}

	/** Every open shell with its controls: type, text, test id, and whether hidden or disabled. */
	public static String describeShells(Display display) {
		StringBuilder out = new StringBuilder("Open shells:").append(System.lineSeparator());
		for (Shell shell : display.getShells()) {
			describe(shell, 1, out);
		}
		return out.toString();
	}

	/** One control and its descendants. */
	public static String describe(Control control) {
		StringBuilder out = new StringBuilder();
		describe(control, 0, out);
		return out.toString();
	}

	private static void describe(Control control, int depth, StringBuilder out) {
		if (out.length() > MAX_CHARACTERS) {
			out.append("  ".repeat(depth)).append("...\n");
			return;
		}
		out.append("  ".repeat(depth)).append(control.getClass().getSimpleName());
		String text = Widgets.text(control);
		if (!text.isEmpty()) {
			out.append(" \"").append(text).append('"');
		}
		Object id = control.getData(UiDriver.WIDGET_ID_KEY);
		if (id != null) {
			out.append(" id=").append(id);
		}
		if (!control.isVisible()) {
			out.append(" [hidden]");
		}
		if (!control.isEnabled()) {
			out.append(" [disabled]");
		}
		out.append('\n');
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				describe(child, depth + 1, out);
			}
		}
	}
}
