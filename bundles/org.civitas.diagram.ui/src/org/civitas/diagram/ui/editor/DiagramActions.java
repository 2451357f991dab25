package org.civitas.diagram.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.spec.Filter;
import org.civitas.diagram.spec.Layer;
import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.civitas.diagram.ui.editor.ImageExport.Format;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The diagram editor's actions, in its tool bar, its context menu, the workbench's Edit and
 * Diagram menus and keys: delete from the model or hide, edit a label, select all, arrange, pin,
 * layers and filters, zoom, export and copy as image.
 */
final class DiagramActions {

	private static final double ZOOM_STEP = 1.25;

	private final DiagramEditor editor;
	private final Action delete = action(Messages.DiagramActions_delete, () -> editor().deleteFromModel());
	private final Action hide = action(Messages.DiagramActions_hide, () -> editor().hideSelection());
	private final Action showHidden = action(Messages.DiagramActions_showHidden, () -> editor().showHidden());
	private final Action rename = action(Messages.DiagramActions_rename, () -> editor().startDirectEdit());
	private final Action selectAll = action(Messages.DiagramActions_selectAll, () -> editor().selectAll());
	private final Action arrangeAll = action(Messages.DiagramActions_arrangeAll, () -> editor().arrangeAll());
	private final Action arrangeSelection = action(Messages.DiagramActions_arrangeSelection,
			() -> editor().arrangeSelection());
	private final Action pin = action(Messages.DiagramActions_pin, () -> editor().togglePinned());
	private final Action showInModel = action(Messages.DiagramActions_showInModel,
			() -> editor().showInModel(editor().selection().modelElements(editor().diagram().view())));
	private final Action zoomIn = action(Messages.DiagramActions_zoomIn, () -> canvas().setZoom(canvas().zoom() * ZOOM_STEP));
	private final Action zoomOut = action(Messages.DiagramActions_zoomOut,
			() -> canvas().setZoom(canvas().zoom() / ZOOM_STEP));
	private final Action zoomActual = action(Messages.DiagramActions_zoomActual, () -> canvas().setZoom(1));
	private final Action zoomFit = action(Messages.DiagramActions_zoomFit, () -> canvas().zoomToFit());
	private final Action exportSvg = action(Messages.DiagramActions_exportSvg, () -> export(Format.SVG));
	private final Action exportPng = action(Messages.DiagramActions_exportPng, () -> export(Format.PNG));
	private final Action copyImage = action(Messages.DiagramActions_copyImage, this::copyImage);
	/** One check button per optional layer and per filter, each showing whether it is on. */
	private final List<Action> toggles = new ArrayList<>();
	private final List<BooleanSupplier> toggled = new ArrayList<>();
	private final ZoomField zoomCombo = new ZoomField(this::canvas);

	DiagramActions(DiagramEditor editor) {
		this.editor = editor;
		delete.setActionDefinitionId(ActionFactory.DELETE.getCommandId());
		rename.setActionDefinitionId(ActionFactory.RENAME.getCommandId());
		selectAll.setActionDefinitionId(ActionFactory.SELECT_ALL.getCommandId());
		delete.setToolTipText(Messages.DiagramActions_deleteTip);
		hide.setToolTipText(Messages.DiagramActions_hideTip);
		pin.setToolTipText(Messages.DiagramActions_pinTip);
		command(arrangeAll, DiagramCommands.ARRANGE_ALL, "arrange-all.svg"); //$NON-NLS-1$
		command(arrangeSelection, DiagramCommands.ARRANGE_SELECTION, "arrange-selection.svg"); //$NON-NLS-1$
		command(pin, DiagramCommands.PIN, "pin.svg"); //$NON-NLS-1$
		command(hide, DiagramCommands.HIDE, "hide.svg"); //$NON-NLS-1$
		command(showHidden, DiagramCommands.SHOW_HIDDEN, "show-hidden.svg"); //$NON-NLS-1$
		command(zoomIn, DiagramCommands.ZOOM_IN, "zoom-in.svg"); //$NON-NLS-1$
		command(zoomOut, DiagramCommands.ZOOM_OUT, "zoom-out.svg"); //$NON-NLS-1$
		command(zoomActual, DiagramCommands.ZOOM_ACTUAL, "zoom-actual.svg"); //$NON-NLS-1$
		command(zoomFit, DiagramCommands.ZOOM_FIT, "zoom-fit.svg"); //$NON-NLS-1$
		command(exportSvg, DiagramCommands.EXPORT_SVG, "export.svg"); //$NON-NLS-1$
		command(exportPng, DiagramCommands.EXPORT_PNG, null);
		command(copyImage, DiagramCommands.COPY_IMAGE, "copy-image.svg"); //$NON-NLS-1$
	}

	/** Binds an action to its command (for its keys and the Diagram menu) and gives it its icon. */
	private static void command(Action action, String commandId, String icon) {
		action.setActionDefinitionId(commandId);
		if (icon != null) {
			action.setImageDescriptor(DiagramIcons.tool(icon));
		}
		if (action.getToolTipText() == null) {
			action.setToolTipText(action.getText().replace("&", "").replace("\u2026", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}

	/**
	 * Makes the keys of the diagram commands run these actions while the editor is active (the
	 * editor activates their context); answers the activations, to be ended when the editor
	 * builds its widgets again.
	 */
	List<IHandlerActivation> activateKeys(IHandlerService handlers) {
		List<IHandlerActivation> activations = new ArrayList<>();
		for (Action action : List.of(arrangeAll, arrangeSelection, pin, hide, showHidden, zoomIn, zoomOut, zoomActual,
				zoomFit, exportSvg, exportPng, copyImage)) {
			activations.add(handlers.activateHandler(action.getActionDefinitionId(), new ActionHandler(action)));
		}
		return activations;
	}

	private DiagramEditor editor() {
		return editor;
	}

	private DiagramCanvas canvas() {
		return editor.canvas();
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/**
	 * The editor's own tool bar, above the palette and the canvas: one row of icons in groups
	 * (layers and filters, layout, zoom, export), each with its name and key in the tooltip.
	 */
	Composite createToolBar(Composite parent) {
		DiagramType type = editor.diagram().type();
		for (Layer layer : type.description().getAdditionalLayers()) {
			String label = DiagramType.labelOf(layer);
			toggle(label, NLS.bind(Messages.DiagramActions_layerTip, label), () -> editor.toggleLayer(layer),
					() -> editor.diagram().representation().getActiveLayers().contains(layer.getName()));
		}
		for (Filter filter : type.description().getFilters()) {
			String label = DiagramType.labelOf(filter);
			toggle(label, NLS.bind(Messages.DiagramActions_filterTip, label),
					() -> editor.toggleFilter(filter.getName(), label),
					() -> editor.diagram().representation().getActiveFilters().contains(filter.getName()));
		}
		ToolBarManager bar = new ToolBarManager(SWT.FLAT | SWT.HORIZONTAL);
		if (!toggles.isEmpty()) {
			bar.add(dropDown(Messages.DiagramActions_layers, "layers.svg", null, toggles)); //$NON-NLS-1$
			bar.add(new Separator());
		}
		bar.add(arrangeAll);
		bar.add(arrangeSelection);
		bar.add(pin);
		bar.add(hide);
		bar.add(showHidden);
		bar.add(new Separator());
		bar.add(zoomOut);
		bar.add(zoomCombo);
		bar.add(zoomIn);
		bar.add(zoomFit);
		bar.add(new Separator());
		bar.add(dropDown(Messages.DiagramActions_export, "export.svg", exportSvg, List.of(exportSvg, exportPng))); //$NON-NLS-1$
		bar.add(copyImage);
		return bar.createControl(parent);
	}

	/**
	 * A tool bar button with a menu: its main part runs {@code main}, or opens the menu when
	 * there is none, as a layer list does.
	 */
	private static Action dropDown(String text, String icon, Action main, List<Action> items) {
		MenuManager menu = new MenuManager();
		items.forEach(menu::add);
		Action dropDown = new Action(text, IAction.AS_DROP_DOWN_MENU) {
			@Override
			public void runWithEvent(Event event) {
				if (main != null) {
					main.run();
				} else if (event.widget instanceof ToolItem item) {
					Rectangle bounds = item.getBounds();
					Menu shown = menu.createContextMenu(item.getParent());
					shown.setLocation(item.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
					shown.setVisible(true);
				}
			}
		};
		dropDown.setToolTipText(text);
		dropDown.setImageDescriptor(DiagramIcons.tool(icon));
		dropDown.setMenuCreator(new IMenuCreator() {
			@Override
			public Menu getMenu(Control parent) {
				return menu.createContextMenu(parent);
			}

			@Override
			public Menu getMenu(Menu parent) {
				return null;
			}

			@Override
			public void dispose() {
				menu.dispose();
			}
		});
		return dropDown;
	}

	/** Keeps the zoom field showing the canvas's zoom. */
	void attach(DiagramCanvas canvas) {
		canvas.addViewportListener(zoomCombo::showZoom);
		zoomCombo.showZoom();
	}

	/** The layers and filters, as check items: in the tool bar's drop-down, the Diagram menu and the context menu. */
	private MenuManager layersMenu() {
		MenuManager menu = new MenuManager(Messages.DiagramActions_layersMenu);
		toggles.forEach(menu::add);
		return menu;
	}

	/** The Diagram menu of the workbench window while this editor is active. */
	void fillDiagramMenu(IMenuManager menu) {
		update();
		if (!toggles.isEmpty()) {
			menu.add(layersMenu());
			menu.add(new Separator());
		}
		menu.add(arrangeAll);
		menu.add(arrangeSelection);
		menu.add(pin);
		menu.add(hide);
		menu.add(showHidden);
		menu.add(new Separator());
		menu.add(zoomIn);
		menu.add(zoomOut);
		menu.add(zoomActual);
		menu.add(zoomFit);
		menu.add(new Separator());
		menu.add(exportSvg);
		menu.add(exportPng);
		menu.add(copyImage);
	}

	private void toggle(String text, String tip, Runnable run, BooleanSupplier on) {
		Action toggle = new Action(text, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				run.run();
			}
		};
		toggle.setToolTipText(tip);
		toggle.setChecked(on.getAsBoolean());
		toggles.add(toggle);
		toggled.add(on);
	}

	/** The canvas's context menu: what acts on the selection first, then the diagram. */
	void hookContextMenu(Control control, IWorkbenchPartSite site) {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			update();
			manager.add(rename);
			manager.add(showInModel);
			manager.add(new Separator());
			manager.add(delete);
			manager.add(hide);
			manager.add(showHidden);
			manager.add(new Separator());
			manager.add(pin);
			manager.add(arrangeSelection);
			manager.add(arrangeAll);
			manager.add(new Separator());
			manager.add(selectAll);
			manager.add(copyImage);
			manager.add(exportSvg);
			manager.add(exportPng);
			if (!toggles.isEmpty()) {
				manager.add(new Separator());
				manager.add(layersMenu());
			}
		});
		control.setMenu(menu.createContextMenu(control));
	}

	/** Hands the workbench's Delete, Rename and Select All to this editor. */
	void fillActionBars(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
	}

	/** Enables what the selection allows. */
	void update() {
		DiagramSelection selection = editor.selection();
		boolean any = !selection.isEmpty();
		boolean nodes = !selection.nodes(editor.diagram().view()).isEmpty();
		delete.setEnabled(any);
		hide.setEnabled(any);
		showHidden.setEnabled(editor.hasHidden());
		rename.setEnabled(editor.canDirectEdit());
		showInModel.setEnabled(any);
		pin.setEnabled(nodes);
		pin.setText(editor.allPinned() ? Messages.DiagramActions_unpin : Messages.DiagramActions_pin);
		arrangeSelection.setEnabled(selection.nodes(editor.diagram().view()).stream()
				.filter(node -> node.parent() == null).count() > 1 && editor.movable());
		arrangeAll.setEnabled(editor.movable() && !editor.isArranging());
		for (int i = 0; i < toggles.size(); i++) {
			toggles.get(i).setChecked(toggled.get(i).getAsBoolean());
		}
	}

	/** Exports the diagram into the workspace, beside it unless the user chooses another place. */
	private void export(Format format) {
		SaveAsDialog dialog = new SaveAsDialog(editor.getSite().getShell());
		String stem = editor.file().getFullPath().removeFileExtension().lastSegment();
		dialog.setOriginalFile(editor.file().getParent().getFile(IPath.fromPortableString(stem + '.' + format.extension)));
		dialog.create();
		dialog.setTitle(NLS.bind(Messages.DiagramActions_exportTitle, format.extension.toUpperCase(Locale.ROOT)));
		dialog.setMessage(Messages.DiagramActions_exportMessage);
		if (dialog.open() != Window.OK || dialog.getResult() == null) {
			return;
		}
		IPath chosen = dialog.getResult().getFileExtension() == null
				? dialog.getResult().addFileExtension(format.extension)
				: dialog.getResult();
		IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(chosen);
		try {
			if (target.getLocation() == null) {
				throw new IOException(NLS.bind(Messages.DiagramActions_notLocal, chosen));
			}
			ImageExport.write(editor.diagram().scene(), format, target.getLocation().toFile().toPath());
			target.refreshLocal(IResource.DEPTH_ZERO, null);
		} catch (IOException | CoreException failed) {
			ErrorDialog.openError(editor.getSite().getShell(), Messages.DiagramActions_exportFailedTitle, null,
					Status.error(NLS.bind(Messages.DiagramActions_exportFailed, chosen, String.valueOf(failed.getMessage())),
							failed));
		}
	}

	private void copyImage() {
		try {
			ImageExport.copy(canvas().getDisplay(), editor.diagram().scene());
		} catch (IOException failed) {
			ErrorDialog.openError(editor.getSite().getShell(), Messages.DiagramActions_exportFailedTitle, null,
					Status.error(String.valueOf(failed.getMessage()), failed));
		}
	}
}
