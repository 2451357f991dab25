package org.civitas.diagram.ui.editor;

/**
 * The diagram editor's commands and the context their keys are bound in, as declared in this
 * bundle's {@code plugin.xml}: the keys work while a diagram editor is active, and Show Active
 * Keybindings lists them.
 */
public final class DiagramCommands {

	private static final String PREFIX = "org.civitas.diagram.ui."; //$NON-NLS-1$

	/** The key context a diagram editor activates. */
	public static final String CONTEXT = PREFIX + "diagramEditorContext"; //$NON-NLS-1$

	public static final String ARRANGE_ALL = PREFIX + "arrangeAll"; //$NON-NLS-1$
	public static final String ARRANGE_SELECTION = PREFIX + "arrangeSelection"; //$NON-NLS-1$
	public static final String PIN = PREFIX + "pin"; //$NON-NLS-1$
	public static final String HIDE = PREFIX + "hide"; //$NON-NLS-1$
	public static final String SHOW_HIDDEN = PREFIX + "showHidden"; //$NON-NLS-1$
	public static final String ZOOM_IN = PREFIX + "zoomIn"; //$NON-NLS-1$
	public static final String ZOOM_OUT = PREFIX + "zoomOut"; //$NON-NLS-1$
	public static final String ZOOM_ACTUAL = PREFIX + "zoomActual"; //$NON-NLS-1$
	public static final String ZOOM_FIT = PREFIX + "zoomFit"; //$NON-NLS-1$
	public static final String EXPORT_SVG = PREFIX + "exportSvg"; //$NON-NLS-1$
	public static final String EXPORT_PNG = PREFIX + "exportPng"; //$NON-NLS-1$
	public static final String COPY_IMAGE = PREFIX + "copyImage"; //$NON-NLS-1$

	private DiagramCommands() {
	}
}
