package org.civitas.testing.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Decorations;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Finding real widgets: by type, by test id ({@link UiDriver#WIDGET_ID_KEY}), by visible text.
 * The {@code find} methods wait until the widget shows up, since much of the workbench
 * builds its widgets lazily or in later events.
 */
public final class Widgets {

	private Widgets() {
	}

	/** The text a user sees on a widget, without mnemonics ({@code &}) and accelerator suffixes. */
	public static String text(Widget widget) {
		String raw;
		if (widget instanceof Button button) {
			raw = button.getText();
		} else if (widget instanceof Label label) {
			raw = label.getText();
		} else if (widget instanceof CLabel label) {
			raw = label.getText();
		} else if (widget instanceof Text text) {
			raw = text.getText();
		} else if (widget instanceof StyledText text) {
			raw = text.getText();
		} else if (widget instanceof Combo combo) {
			raw = combo.getText();
		} else if (widget instanceof Link link) {
			raw = link.getText();
		} else if (widget instanceof Group group) {
			raw = group.getText();
		} else if (widget instanceof Decorations shell) {
			raw = shell.getText();
		} else if (widget instanceof CTabItem tab) {
			raw = tab.getText();
		} else if (widget instanceof Item item) {
			raw = item.getText();
		} else {
			raw = "";
		}
		return normalize(raw);
	}

	static String normalize(String raw) {
		if (raw == null) {
			return "";
		}
		int tab = raw.indexOf('\t');
		String label = tab >= 0 ? raw.substring(0, tab) : raw;
		return label.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&").trim();
	}

	public static Predicate<Widget> withText(String text) {
		return widget -> text.equals(text(widget));
	}

	public static Predicate<Widget> withId(String id) {
		return widget -> id.equals(widget.getData(UiDriver.WIDGET_ID_KEY));
	}

	/** Every control of {@code type} under {@code root} (inclusive) that matches, in depth-first order. */
	public static <T extends Control> List<T> findAll(Control root, Class<T> type, Predicate<? super T> matcher) {
		List<T> found = new ArrayList<>();
		collect(root, type, matcher, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> matcher,
			List<T> found) {
		if (control.isDisposed()) {
			return;
		}
		if (type.isInstance(control) && matcher.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, matcher, found);
			}
		}
	}

	/** Waits for the first visible control of {@code type} under {@code root} that matches. */
	public static <T extends Control> T find(Control root, Class<T> type, Predicate<? super T> matcher,
			String description) {
		return UiDriver.waitFor(description + " (" + type.getSimpleName() + ")",
				() -> findAll(root, type, control -> control.isVisible() && matcher.test(control)).stream().findFirst());
	}

	/** Waits for the visible control with this test id. */
	public static <T extends Control> T byId(Control root, Class<T> type, String id) {
		return find(root, type, withId(id), "a control with id '" + id + "'");
	}

	/** Waits for the visible control showing exactly this text (mnemonics ignored). */
	public static <T extends Control> T byText(Control root, Class<T> type, String text) {
		return find(root, type, withText(text), "a control labelled '" + text + "'");
	}

	/**
	 * Walks a tree by the labels of its items, expanding each level the way a click on the
	 * twistie does, so that lazy content providers fill it. Waits for each level to appear.
	 */
	public static TreeItem treeItem(Tree tree, String... path) {
		if (path.length == 0) {
			throw new IllegalArgumentException("a tree path needs at least one label");
		}
		TreeItem item = UiDriver.waitFor("tree item '" + path[0] + "'",
				() -> childWithText(tree.getItems(), path[0]));
		for (int level = 1; level < path.length; level++) {
			TreeItem parent = item;
			expand(parent);
			String label = path[level];
			item = UiDriver.waitFor("tree item '" + label + "' under '" + text(parent) + "'",
					() -> childWithText(parent.getItems(), label));
		}
		return item;
	}

	/** Expands an item as a user would, letting JFace viewers create its children. */
	public static void expand(TreeItem item) {
		if (item.getExpanded()) {
			return;
		}
		Event event = new Event();
		event.item = item;
		item.getParent().notifyListeners(SWT.Expand, event);
		item.setExpanded(true);
		UiDriver.processEvents();
	}

	private static Optional<TreeItem> childWithText(TreeItem[] items, String label) {
		return Arrays.stream(items).filter(withText(label)).findFirst();
	}

	/**
	 * Walks a menu bar or pop-up menu by labels. Each menu is sent the Show event a user's click
	 * would send, because menu managers fill their menus only then.
	 */
	public static MenuItem menuItem(Menu menu, String... path) {
		Menu current = menu;
		MenuItem item = null;
		for (String label : path) {
			Menu searched = current;
			show(searched);
			item = UiDriver.waitFor("menu item '" + label + "'",
					() -> Arrays.stream(searched.getItems()).filter(withText(label)).findFirst());
			current = item.getMenu();
			if (current == null && !label.equals(path[path.length - 1])) {
				throw new AssertionError("menu item '" + label + "' has no sub-menu");
			}
		}
		return item;
	}

	/** The labels of a menu's items as a user sees them when it opens (mnemonics and accelerators left out). */
	public static List<String> menuLabels(Menu menu) {
		show(menu);
		return Arrays.stream(menu.getItems()).filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0).map(Widgets::text)
				.toList();
	}

	private static void show(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		UiDriver.processEvents();
	}
}
