package org.civitas.team;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String GitSetup_notAFolder;
	public static String GitSetup_noRepository;
	public static String GitSetup_bare;
	public static String GitSetup_mergeDriverName;
	public static String GitSetup_attributesComment;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
