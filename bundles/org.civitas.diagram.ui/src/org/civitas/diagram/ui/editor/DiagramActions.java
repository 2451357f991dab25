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
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.SaveAsDialog;

/**
 * The diagram editor's actions, in its tool bar, its context menu and the workbench's Edit menu
 * and keys: delete from the model or hide, edit a label, select all, arrange, pin, layers and
 * filters, zoom, export and copy as image.
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

	DiagramActions(DiagramEditor editor) {
		this.editor = editor;
		delete.setActionDefinitionId(ActionFactory.DELETE.getCommandId());
		rename.setActionDefinitionId(ActionFactory.RENAME.getCommandId());
		selectAll.setActionDefinitionId(ActionFactory.SELECT_ALL.getCommandId());
		delete.setToolTipText(Messages.DiagramActions_deleteTip);
		hide.setToolTipText(Messages.DiagramActions_hideTip);
		pin.setToolTipText(Messages.DiagramActions_pinTip);
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
	 * The editor's own tool bar, above the palette and the canvas: groups (layers and filters,
	 * layout, zoom, export) that wrap onto a second row when the editor is narrow.
	 */
	Composite createToolBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.center = true;
		rows.marginTop = 0;
		rows.marginBottom = 0;
		bar.setLayout(rows);
		DiagramType type = editor.diagram().type();
		ToolBarManager views = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		for (Layer layer : type.description().getAdditionalLayers()) {
			String label = DiagramType.labelOf(layer);
			toggle(views, label, NLS.bind(Messages.DiagramActions_layerTip, label), () -> editor.toggleLayer(layer),
					() -> editor.diagram().representation().getActiveLayers().contains(layer.getName()));
		}
		for (Filter filter : type.description().getFilters()) {
			String label = DiagramType.labelOf(filter);
			toggle(views, label, NLS.bind(Messages.DiagramActions_filterTip, label),
					() -> editor.toggleFilter(filter.getName(), label),
					() -> editor.diagram().representation().getActiveFilters().contains(filter.getName()));
		}
		if (!toggles.isEmpty()) {
			views.createControl(bar);
		}
		group(bar, arrangeAll, arrangeSelection, pin, hide, showHidden);
		group(bar, zoomOut, zoomActual, zoomIn, zoomFit);
		group(bar, exportSvg, exportPng, copyImage);
		return bar;
	}

	private static void group(Composite bar, IAction... actions) {
		ToolBarManager manager = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		for (IAction action : actions) {
			manager.add(action);
		}
		manager.createControl(bar);
	}

	private void toggle(ToolBarManager manager, String text, String tip, Runnable run, BooleanSupplier on) {
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
		manager.add(toggle);
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
