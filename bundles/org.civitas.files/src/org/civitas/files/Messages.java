package org.civitas.files;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of safe file output. */
final class Messages extends NLS {

	public static String FileKind_file;
	public static String FileKind_folder;
	public static String FileKind_namedPipe;
	public static String FileKind_device;
	public static String FileKind_socket;
	public static String FileKind_other;
	public static String FileKind_missing;
	public static String SafeFiles_notAFile;
	public static String SafeFiles_readOnly;
	public static String SafeFiles_tooManyLinks;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
