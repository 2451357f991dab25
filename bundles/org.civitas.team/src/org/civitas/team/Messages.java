package org.civitas.team;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String GitSetup_notAFolder;
	public static String GitSetup_noRepository;
	public static String GitSetup_bare;
	public static String GitSetup_mergeDriverName;
	public static String GitSetup_attributesComment;
	public static String ModelChanges_deleted;
	public static String ModelChanges_new;
	public static String ModelChanges_unreadable;
	public static String ModelChanges_unknownKind;
	public static String ModelChanges_empty;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
