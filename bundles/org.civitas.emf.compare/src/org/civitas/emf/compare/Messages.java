package org.civitas.emf.compare;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.civitas.emf.compare.messages"; //$NON-NLS-1$
	public static String DiffText_added;
	public static String DiffText_removed;
	public static String DiffText_moved;
	public static String DiffText_changed;
	public static String DiffText_listChanged;
	public static String DiffText_reordered;
	public static String DiffText_none;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
