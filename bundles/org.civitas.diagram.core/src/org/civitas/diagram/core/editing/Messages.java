package org.civitas.diagram.core.editing;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String OpenDiagram_move;
	public static String OpenDiagram_resize;
	public static String OpenDiagram_hide;
	public static String OpenDiagram_showHidden;
	public static String OpenDiagram_pin;
	public static String OpenDiagram_unpin;
	public static String OpenDiagram_showLayer;
	public static String OpenDiagram_hideLayer;
	public static String OpenDiagram_filterOn;
	public static String OpenDiagram_filterOff;
	public static String OpenDiagram_delete;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
