package org.civitas.diagram.ui.editor;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the diagram editor. */
final class Messages extends NLS {

	public static String DiagramEditor_notAFile;
	public static String DiagramEditor_rootMissing;
	public static String DiagramEditor_unknownKind;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
