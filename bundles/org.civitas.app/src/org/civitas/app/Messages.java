package org.civitas.app;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the application bundle; translations go beside messages.properties. */
public final class Messages extends NLS {

	public static String Application_workspaceUnusableTitle;
	public static String Application_workspaceReadOnly;
	public static String Application_workspaceInUse;
	public static String Advisor_installingExamples;
	public static String Menu_file;
	public static String Menu_new;
	public static String Menu_recentFiles;
	public static String Menu_edit;
	public static String Menu_window;
	public static String Menu_openPerspective;
	public static String Menu_showView;
	public static String Menu_help;
	public static String Menu_cheatSheets;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
