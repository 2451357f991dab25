package org.civitas.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.spec.EdgeCreationTool;
import org.civitas.diagram.spec.Layer;
import org.civitas.diagram.spec.NodeCreationTool;
import org.civitas.diagram.spec.Tool;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The creation tools of the diagram's active layers, as a vertical tool bar beside the canvas:
 * Select, then one item per node or edge creation tool. A tool stays chosen for one use (Escape
 * or Select drop it); the canvas asks which one is chosen.
 */
final class Palette {

	/** Key of a tool item's data naming its tool, for tests and accessibility tools. */
	static final String TOOL_KEY = "org.civitas.diagram.ui.tool"; //$NON-NLS-1$

	private final ToolBar bar;
	private final Consumer<Tool> chosen;
	private ToolItem select;
	private Tool active;
	private List<String> shownLayers;

	Palette(Composite parent, Consumer<Tool> chosen) {
		this.bar = new ToolBar(parent, SWT.FLAT | SWT.VERTICAL | SWT.RIGHT | SWT.WRAP);
		this.chosen = chosen;
	}

	ToolBar control() {
		return bar;
	}

	/** Shows the tools of the layers active now; nothing changes while the same layers are. */
	void show(DiagramType type, List<String> activeLayers) {
		if (activeLayers.equals(shownLayers)) {
			return;
		}
		shownLayers = List.copyOf(activeLayers);
		for (ToolItem item : bar.getItems()) {
			item.dispose();
		}
		select = item(Messages.Palette_select, Messages.Palette_selectTip, null);
		select.setSelection(true);
		List<Tool> tools = new ArrayList<>();
		for (Layer layer : type.activeLayers(activeLayers)) {
			layer.getTools().stream()
					.filter(tool -> tool instanceof NodeCreationTool || tool instanceof EdgeCreationTool)
					.forEach(tools::add);
		}
		if (!tools.isEmpty()) {
			new ToolItem(bar, SWT.SEPARATOR);
		}
		for (Tool tool : tools) {
			String label = DiagramType.labelOf(tool);
			item(label, NLS.bind(tool instanceof EdgeCreationTool ? Messages.Palette_connectTip : Messages.Palette_createTip,
					label), tool);
		}
		active = null;
		bar.getParent().layout(true, true);
	}

	private ToolItem item(String text, String tip, Tool tool) {
		ToolItem item = new ToolItem(bar, SWT.RADIO);
		item.setText(text);
		item.setToolTipText(tip);
		item.setData(TOOL_KEY, tool == null ? "select" : tool.getName()); //$NON-NLS-1$
		item.addListener(SWT.Selection, event -> {
			if (item.getSelection()) {
				active = tool;
				chosen.accept(tool);
			}
		});
		return item;
	}

	/** The creation tool chosen, or {@code null} for selecting. */
	Tool active() {
		return active;
	}

	/** Chooses a tool by its name, or Select for {@code null}, as a click on its item does. */
	void choose(String toolName) {
		for (ToolItem item : bar.getItems()) {
			boolean match = toolName == null ? item == select : toolName.equals(item.getData(TOOL_KEY));
			if ((item.getStyle() & SWT.RADIO) != 0) {
				item.setSelection(match);
			}
			if (match) {
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
}
