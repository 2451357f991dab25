package org.civitas.examples;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the examples bundle. */
final class Messages extends NLS {

	public static String ExampleProjectInstaller_task;
	public static String ExampleProjectInstaller_missingContent;
	public static String ExampleProjectInstaller_unreadableEntry;
	public static String ExampleProjectInstaller_preferenceNotSaved;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
