package org.civitas.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.spec.EdgeCreationTool;
import org.civitas.diagram.spec.Layer;
import org.civitas.diagram.spec.NodeCreationTool;
import org.civitas.diagram.spec.Tool;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The creation tools of the diagram's active layers, beside the canvas as in GEF editors: Select
 * on top, then a drawer of elements and one of connections, each tool with the icon of what it
 * creates. Drawers open and close; the palette collapses to its icons and docks on either side
 * of the canvas (both remembered for every diagram). A tool stays chosen for one use (Escape or
 * Select drop it); the canvas asks which one is chosen.
 */
final class Palette {

	/** Key of a tool item's data naming its tool, for tests and accessibility tools. */
	static final String TOOL_KEY = "org.civitas.diagram.ui.tool"; //$NON-NLS-1$
	/** Key of a drawer's header naming the drawer ("elements", "connections"). */
	static final String DRAWER_KEY = "org.civitas.diagram.ui.drawer"; //$NON-NLS-1$
	/** Key of the palette's own controls (collapse, dock), for tests. */
	static final String CONTROL_KEY = "org.civitas.diagram.ui.palette"; //$NON-NLS-1$

	private static final String COLLAPSED = "paletteCollapsed"; //$NON-NLS-1$
	private static final String DOCKED_RIGHT = "paletteDockedRight"; //$NON-NLS-1$

	private final Composite control;
	private final Consumer<Tool> chosen;
	private final ToolIcons icons;
	private final ToolItem collapse;
	private final Composite tools;
	private final List<ToolItem> items = new ArrayList<>();
	private final List<Control> drawerHeaders = new ArrayList<>();
	private ToolItem select;
	private Tool active;
	private List<String> shownLayers;
	private boolean collapsed = preferences().getBoolean(COLLAPSED, false);

	Palette(Composite parent, Consumer<Tool> chosen, ToolIcons icons) {
		this.chosen = chosen;
		this.icons = icons;
		control = new Composite(parent, SWT.BORDER);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(control);
		ToolBar head = new ToolBar(control, SWT.FLAT | SWT.RIGHT);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.BEGINNING).applyTo(head);
		collapse = new ToolItem(head, SWT.PUSH);
		collapse.setData(CONTROL_KEY, "collapse"); //$NON-NLS-1$
		collapse.addListener(SWT.Selection, event -> setCollapsed(!collapsed));
		head.setMenu(dockMenu(head));
		tools = new Composite(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(false, true).applyTo(tools);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(tools);
		control.addDisposeListener(event -> icons.dispose());
	}

	Composite control() {
		return control;
	}

	/** Whether the user docked the palette to the right of the canvas. */
	static boolean dockedRight() {
		return preferences().getBoolean(DOCKED_RIGHT, false);
	}

	/** Shows the tools of the layers active now; nothing changes while the same layers are. */
	void show(DiagramType type, List<String> activeLayers) {
		if (activeLayers.equals(shownLayers)) {
			return;
		}
		shownLayers = List.copyOf(activeLayers);
		for (Control child : tools.getChildren()) {
			child.dispose();
		}
		items.clear();
		drawerHeaders.clear();
		ToolBar selectBar = bar();
		select = item(selectBar, Messages.Palette_select, Messages.Palette_selectTip, null, icons.select());
		select.setSelection(true);
		List<Tool> nodeTools = new ArrayList<>();
		List<Tool> edgeTools = new ArrayList<>();
		for (Layer layer : type.activeLayers(activeLayers)) {
			for (Tool tool : layer.getTools()) {
				if (tool instanceof NodeCreationTool) {
					nodeTools.add(tool);
				} else if (tool instanceof EdgeCreationTool) {
					edgeTools.add(tool);
				}
			}
		}
		drawer("elements", Messages.Palette_elements, nodeTools, type); //$NON-NLS-1$
		drawer("connections", Messages.Palette_connections, edgeTools, type); //$NON-NLS-1$
		active = null;
		showCollapsed();
	}

	private void drawer(String id, String title, List<Tool> drawerTools, DiagramType type) {
		if (drawerTools.isEmpty()) {
			return;
		}
		Label header = new Label(tools, SWT.NONE);
		header.setText(NLS.bind(Messages.Palette_drawerOpen, title));
		header.setFont(JFaceResources.getBannerFont());
		header.setToolTipText(Messages.Palette_drawerTip);
		header.setData(DRAWER_KEY, id);
		GridDataFactory.fillDefaults().indent(4, 6).applyTo(header);
		drawerHeaders.add(header);
		ToolBar bar = bar();
		for (Tool tool : drawerTools) {
			String label = DiagramType.labelOf(tool);
			item(bar, label, NLS.bind(tool instanceof EdgeCreationTool ? Messages.Palette_connectTip
					: Messages.Palette_createTip, label), tool, icons.of(tool, type));
		}
		header.addListener(SWT.MouseUp, event -> {
			boolean open = !bar.getVisible();
			bar.setVisible(open);
			((org.eclipse.swt.layout.GridData) bar.getLayoutData()).exclude = !open;
			header.setText(NLS.bind(open ? Messages.Palette_drawerOpen : Messages.Palette_drawerClosed, title));
			control.getParent().layout(true, true);
		});
	}

	private ToolBar bar() {
		ToolBar bar = new ToolBar(tools, SWT.FLAT | SWT.VERTICAL | SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		return bar;
	}

	private ToolItem item(ToolBar bar, String text, String tip, Tool tool, Image image) {
		ToolItem item = new ToolItem(bar, SWT.CHECK);
		item.setData(text);
		item.setText(collapsed ? "" : text); //$NON-NLS-1$
		item.setImage(image);
		item.setToolTipText(tip);
		item.setData(TOOL_KEY, tool == null ? "select" : tool.getName()); //$NON-NLS-1$
		item.addListener(SWT.Selection, event -> {
			// One tool at a time over all drawers, as radio items are within one bar.
			items.forEach(other -> other.setSelection(other == item));
			active = tool;
			chosen.accept(tool);
		});
		items.add(item);
		return item;
	}

	/** The palette's label of a tool item (its text, even while the palette shows icons only). */
	static String labelOf(ToolItem item) {
		return item.getData() instanceof String label ? label : item.getText();
	}

	private void setCollapsed(boolean value) {
		collapsed = value;
		preferences().putBoolean(COLLAPSED, value);
		showCollapsed();
	}

	/** Icons only, or icons with names; the drawers' titles go with the names. */
	private void showCollapsed() {
		collapse.setText(collapsed ? "\u00bb" : "\u00ab"); //$NON-NLS-1$ //$NON-NLS-2$
		collapse.setToolTipText(collapsed ? Messages.Palette_expand : Messages.Palette_collapse);
		for (ToolItem item : items) {
			item.setText(collapsed ? "" : labelOf(item)); //$NON-NLS-1$
		}
		for (Control header : drawerHeaders) {
			header.setVisible(!collapsed);
			((org.eclipse.swt.layout.GridData) header.getLayoutData()).exclude = collapsed;
		}
		control.getParent().layout(true, true);
	}

	private Menu dockMenu(Control owner) {
		Menu menu = new Menu(owner);
		MenuItem left = new MenuItem(menu, SWT.RADIO);
		left.setText(Messages.Palette_dockLeft);
		MenuItem right = new MenuItem(menu, SWT.RADIO);
		right.setText(Messages.Palette_dockRight);
		menu.addListener(SWT.Show, event -> {
			left.setSelection(!dockedRight());
			right.setSelection(dockedRight());
		});
		left.addListener(SWT.Selection, event -> dock(false));
		right.addListener(SWT.Selection, event -> dock(true));
		return menu;
	}

	/** Puts the palette on the left or the right of the canvas, for this and every later diagram. */
	void dock(boolean onTheRight) {
		preferences().putBoolean(DOCKED_RIGHT, onTheRight);
		placeBeside(control.getParent());
	}

	/** Places the palette on the side the user chose, next to the canvas that follows or precedes it. */
	void placeBeside(Composite body) {
		Control[] children = body.getChildren();
		Control canvas = children[children.length - 1] == control ? children[children.length - 2]
				: children[children.length - 1];
		if (dockedRight()) {
			control.moveBelow(canvas);
		} else {
			control.moveAbove(canvas);
		}
		body.layout(true, true);
	}

	/** The creation tool chosen, or {@code null} for selecting. */
	Tool active() {
		return active;
	}

	/** Chooses a tool by its name, or Select for {@code null}, as a click on its item does. */
	void choose(String toolName) {
		for (ToolItem item : items) {
			boolean match = toolName == null ? item == select : toolName.equals(item.getData(TOOL_KEY));
			if (match) {
				item.setSelection(true);
				item.notifyListeners(SWT.Selection, null);
			}
		}
	}

	/** Back to selecting, after a tool was used or the user pressed Escape. */
	void reset() {
		if (active != null) {
			choose(null);
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode("org.civitas.diagram.ui"); //$NON-NLS-1$
	}
}
