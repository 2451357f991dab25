package org.civitas.testing.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * What a user does with a widget: click, select, double-click, type, press keys. Each gesture
 * refuses a disabled or hidden widget (a user could not use it either), sends the events SWT
 * itself would send, and then dispatches the resulting events.
 */
public final class Gestures {

	private Gestures() {
	}

	public static void click(Button button) {
		requireUsable(button, button.isEnabled() && button.isVisible());
		button.setFocus();
		if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		} else if ((button.getStyle() & SWT.RADIO) != 0) {
			button.setSelection(true);
		}
		send(button, SWT.Selection, new Event());
	}

	public static void click(MenuItem item) {
		requireUsable(item, item.isEnabled());
		if ((item.getStyle() & SWT.CHECK) != 0) {
			item.setSelection(!item.getSelection());
		} else if ((item.getStyle() & SWT.RADIO) != 0) {
			item.setSelection(true);
		}
		send(item, SWT.Arm, new Event());
		send(item, SWT.Selection, new Event());
	}

	/** Clicks a tool bar item; a radio item becomes the one chosen among its neighbours, as on screen. */
	public static void click(ToolItem item) {
		requireUsable(item, item.isEnabled());
		if ((item.getStyle() & SWT.CHECK) != 0) {
			item.setSelection(!item.getSelection());
		} else if ((item.getStyle() & SWT.RADIO) != 0) {
			for (ToolItem neighbour : item.getParent().getItems()) {
				if (neighbour != item && (neighbour.getStyle() & SWT.RADIO) != 0 && neighbour.getSelection()) {
					neighbour.setSelection(false);
					send(neighbour, SWT.Selection, new Event());
				}
			}
			item.setSelection(true);
		}
		send(item, SWT.Selection, new Event());
	}

	/** Selects one tree item, as a click on its label does. */
	public static void select(TreeItem item) {
		Tree tree = item.getParent();
		requireUsable(tree, tree.isEnabled() && tree.isVisible());
		tree.setFocus();
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		send(tree, SWT.Selection, event);
	}

	/** Selects one table row, as a click on it does. */
	public static void select(TableItem item) {
		Table table = item.getParent();
		requireUsable(table, table.isEnabled() && table.isVisible());
		table.setFocus();
		table.setSelection(item);
		Event event = new Event();
		event.item = item;
		send(table, SWT.Selection, event);
	}

	/** Double-clicks a table row: selection, then the default-selection event viewers open on. */
	public static void doubleClick(TableItem item) {
		select(item);
		Event event = new Event();
		event.item = item;
		send(item.getParent(), SWT.DefaultSelection, event);
	}

	/** Ticks or clears the check box of a tree item, as a click on the box does. */
	public static void check(TreeItem item, boolean checked) {
		Tree tree = item.getParent();
		requireUsable(tree, tree.isEnabled() && tree.isVisible() && (tree.getStyle() & SWT.CHECK) != 0);
		item.setChecked(checked);
		Event event = new Event();
		event.item = item;
		event.detail = SWT.CHECK;
		send(tree, SWT.Selection, event);
	}

	/** Double-clicks a tree item: selection, then the default-selection event viewers open on. */
	public static void doubleClick(TreeItem item) {
		select(item);
		Event event = new Event();
		event.item = item;
		send(item.getParent(), SWT.DefaultSelection, event);
	}

	/** Replaces the content of a text field, firing the Modify events that typing fires. */
	public static void type(Text text, String value) {
		requireUsable(text, text.isEnabled() && text.isVisible() && text.getEditable());
		text.setFocus();
		text.setText(value);
		UiDriver.processEvents();
	}

	/**
	 * Presses Enter in a single-line text field, which SWT reports to the field's listeners as
	 * its default selection (how cell editors and dialogs learn that input is complete).
	 */
	public static void pressEnter(Text text) {
		requireUsable(text, text.isEnabled() && text.isVisible());
		text.setFocus();
		text.notifyListeners(SWT.DefaultSelection, new Event());
		UiDriver.processEvents();
	}

	/** Chooses an entry of a list by its label. */
	public static void select(List list, String entry) {
		requireUsable(list, list.isEnabled() && list.isVisible());
		int index = list.indexOf(entry);
		if (index < 0) {
			throw new AssertionError("list has no entry '" + entry + "'; entries: " + String.join(", ", list.getItems()));
		}
		list.setFocus();
		list.select(index);
		send(list, SWT.Selection, new Event());
	}

	/**
	 * Comes to a combo box as a user does before opening it: the pointer enters it and it takes
	 * the focus (fields may fill their choices only then).
	 */
	public static void approach(Combo combo) {
		requireUsable(combo, combo.isEnabled() && combo.isVisible());
		send(combo, SWT.MouseEnter, new Event());
		combo.setFocus();
		UiDriver.processEvents();
	}

	/** Chooses an entry of a combo box by its label, coming to it first as a user does. */
	public static void select(Combo combo, String entry) {
		approach(combo);
		int index = combo.indexOf(entry);
		if (index < 0) {
			throw new AssertionError("combo has no entry '" + entry + "'; entries: " + String.join(", ", combo.getItems()));
		}
		combo.select(index);
		send(combo, SWT.Selection, new Event());
	}

	/**
	 * Presses a key, optionally with modifiers ({@code SWT.MOD1 | SWT.SHIFT}...), through the
	 * operating system's input queue: the focused control receives it exactly as from a
	 * keyboard, key bindings included.
	 *
	 * @param key a character such as {@code 'z'}, or a key code such as {@code SWT.F2}
	 */
	public static void pressKey(int modifiers, int key) {
		Display display = UiDriver.display();
		int[] modifierKeys = { SWT.CTRL, SWT.SHIFT, SWT.ALT, SWT.COMMAND };
		for (int modifier : modifierKeys) {
			if ((modifiers & modifier) != 0) {
				post(display, SWT.KeyDown, modifier, '\0');
			}
		}
		boolean character = key < 0x10000 && (key & SWT.KEYCODE_BIT) == 0;
		post(display, SWT.KeyDown, character ? 0 : key, character ? (char) key : '\0');
		post(display, SWT.KeyUp, character ? 0 : key, character ? (char) key : '\0');
		for (int i = modifierKeys.length - 1; i >= 0; i--) {
			if ((modifiers & modifierKeys[i]) != 0) {
				post(display, SWT.KeyUp, modifierKeys[i], '\0');
			}
		}
		UiDriver.processEvents();
	}

	/**
	 * Clicks the left button at a point of a control, in the control's own coordinates, with
	 * modifiers such as {@code SWT.MOD1}: the press, release and, for drawing surfaces, nothing
	 * in between.
	 */
	public static void clickAt(Control control, int x, int y, int modifiers) {
		requireUsable(control, control.isEnabled() && control.isVisible());
		control.setFocus();
		send(control, SWT.MouseDown, mouse(x, y, modifiers));
		send(control, SWT.MouseUp, mouse(x, y, modifiers | SWT.BUTTON1));
	}

	/** Double-clicks the left button at a point of a control, as the operating system reports it. */
	public static void doubleClickAt(Control control, int x, int y) {
		clickAt(control, x, y, SWT.NONE);
		send(control, SWT.MouseDown, mouse(x, y, SWT.NONE));
		send(control, SWT.MouseDoubleClick, mouse(x, y, SWT.NONE));
		send(control, SWT.MouseUp, mouse(x, y, SWT.BUTTON1));
	}

	/** Drags with the left button from one point of a control to another, in a few steps. */
	public static void drag(Control control, int fromX, int fromY, int toX, int toY, int modifiers) {
		requireUsable(control, control.isEnabled() && control.isVisible());
		control.setFocus();
		send(control, SWT.MouseDown, mouse(fromX, fromY, modifiers));
		int steps = 5;
		for (int step = 1; step <= steps; step++) {
			send(control, SWT.MouseMove, mouse(fromX + (toX - fromX) * step / steps, fromY + (toY - fromY) * step / steps,
					modifiers | SWT.BUTTON1));
		}
		send(control, SWT.MouseUp, mouse(toX, toY, modifiers | SWT.BUTTON1));
	}

	private static Event mouse(int x, int y, int stateMask) {
		Event event = new Event();
		event.x = x;
		event.y = y;
		event.button = 1;
		event.stateMask = stateMask;
		return event;
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		if (!display.post(event)) {
			throw new AssertionError("the display refused a synthetic key event; is the X server missing XTEST?");
		}
	}

	private static void send(Widget widget, int type, Event event) {
		event.widget = widget;
		event.display = widget.getDisplay();
		widget.notifyListeners(type, event);
		UiDriver.processEvents();
	}

	private static void requireUsable(Widget widget, boolean usable) {
		if (!usable) {
			throw new AssertionError("cannot use " + widget + ": it is disabled or hidden");
		}
	}

	/** Gives a control the keyboard focus, as a click into it would. */
	public static void focus(Control control) {
		requireUsable(control, control.isEnabled() && control.isVisible());
		control.setFocus();
		UiDriver.processEvents();
	}
}
