package org.civitas.ui.emf.document;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of shared model documents. */
final class Messages extends NLS {

	public static String DocumentSaveable_failed;
	public static String ExternalChanges_deletedTitle;
	public static String ExternalChanges_deleted;
	public static String ExternalChanges_changedTitle;
	public static String ExternalChanges_changed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
