package org.civitas.ui.emf.properties;

import org.civitas.testing.ui.UiDriver;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * Enter and Ctrl+Enter in a text field, sent as the events SWT reports for them (key down,
 * then default selection in a single-line field), straight to the field: a window of its own
 * beside the workbench does not reliably hold the keyboard focus of the virtual X server.
 */
final class Keys {

	private Keys() {
	}

	static void pressEnter(Text text) {
		press(text, 0);
	}

	static void pressCtrlEnter(Text text) {
		press(text, SWT.MOD1);
	}

	private static void press(Text text, int modifiers) {
		if (!text.isEnabled() || !text.isVisible()) {
			throw new AssertionError("cannot type into " + text + ": it is disabled or hidden");
		}
		text.setFocus();
		Event key = new Event();
		key.keyCode = SWT.CR;
		key.character = SWT.CR;
		key.stateMask = modifiers;
		text.notifyListeners(SWT.KeyDown, key);
		if (key.doit && (text.getStyle() & SWT.SINGLE) != 0) {
			text.notifyListeners(SWT.DefaultSelection, new Event());
		}
		UiDriver.processEvents();
	}
}
