package org.civitas.ui.emf.files;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.civitas.ui.emf.files.messages"; //$NON-NLS-1$
	public static String ModelFileField_browse;
	public static String ModelFileField_choose;
	public static String ModelFileField_noModel;
	public static String ModelFileField_notAModel;
	public static String ModelRoots_unreadable;
	public static String ModelRoots_empty;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
