package org.civitas.diagram.ui.editor;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the diagram editor. */
final class Messages extends NLS {

	public static String DiagramEditor_notAFile;
	public static String DiagramEditor_rootMissing;
	public static String DiagramEditor_unknownKind;
	public static String DiagramEditor_modelUnreadable;
	public static String DiagramEditor_notADiagram;
	public static String DiagramEditor_cannotShow;
	public static String DiagramEditor_title;
	public static String DiagramEditor_titleTip;
	public static String DiagramEditor_unknownMapping;
	public static String DiagramEditor_missingElement;
	public static String DiagramEditor_moreRepairs;
	public static String DiagramEditor_cannotCreate;
	public static String DiagramEditor_cannotConnect;
	public static String DiagramEditor_cannotReconnect;
	public static String DiagramEditor_cannotNavigate;
	public static String DiagramEditor_navigatedName;
	public static String DiagramEditor_navigationFailed;
	public static String DiagramEditor_cannotEdit;
	public static String DiagramEditor_cannotDelete;
	public static String DiagramEditor_arrangeAll;
	public static String DiagramEditor_arranging;
	public static String DiagramEditor_reading;
	public static String DiagramEditor_arrangeSelection;
	public static String DiagramEditor_saveFailed;
	public static String DiagramFiles_notADiagram;
	public static String DiagramFiles_notLocal;
	public static String Palette_select;
	public static String Palette_selectTip;
	public static String Palette_createTip;
	public static String Palette_connectTip;
	public static String DiagramActions_delete;
	public static String DiagramActions_deleteTip;
	public static String DiagramActions_hide;
	public static String DiagramActions_hideTip;
	public static String DiagramActions_showHidden;
	public static String DiagramActions_rename;
	public static String DiagramActions_selectAll;
	public static String DiagramActions_arrangeAll;
	public static String DiagramActions_arrangeSelection;
	public static String DiagramActions_pin;
	public static String DiagramActions_unpin;
	public static String DiagramActions_pinTip;
	public static String DiagramActions_showInModel;
	public static String DiagramActions_zoomIn;
	public static String DiagramActions_zoomOut;
	public static String DiagramActions_zoomActual;
	public static String DiagramActions_zoomFit;
	public static String DiagramActions_exportSvg;
	public static String DiagramActions_exportPng;
	public static String DiagramActions_copyImage;
	public static String DiagramActions_layerTip;
	public static String DiagramActions_filterTip;
	public static String DiagramActions_exportFailedTitle;
	public static String DiagramActions_exportFailed;
	public static String DiagramActions_exportTitle;
	public static String DiagramActions_exportMessage;
	public static String DiagramActions_notLocal;
	public static String DiagramActions_layers;
	public static String DiagramActions_layersMenu;
	public static String DiagramActions_export;
	public static String DiagramEditorContributor_menu;
	public static String ZoomField_tip;
	public static String ZoomField_percent;
	public static String Palette_elements;
	public static String Palette_connections;
	public static String Palette_drawerOpen;
	public static String Palette_drawerClosed;
	public static String Palette_drawerTip;
	public static String Palette_collapse;
	public static String Palette_expand;
	public static String Palette_dockLeft;
	public static String Palette_dockRight;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
