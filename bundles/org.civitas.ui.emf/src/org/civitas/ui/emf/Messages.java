package org.civitas.ui.emf;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the EMF user interface adapters. */
final class Messages extends NLS {

	public static String EditingDomainActions_undo;
	public static String EditingDomainActions_undoCommand;
	public static String EditingDomainActions_redo;
	public static String EditingDomainActions_redoCommand;
	public static String EditingDomainActions_cut;
	public static String EditingDomainActions_copy;
	public static String EditingDomainActions_paste;
	public static String EditingDomainActions_delete;
	public static String NewChildMenus_newChild;
	public static String NewChildMenus_newSibling;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
