package org.example.civitas.report;

import org.eclipse.osgi.util.NLS;

/** What the service ownership section says, in messages.properties beside this class. */
final class Messages extends NLS {

	public static String noServices;
	public static String services;
	public static String owners;
	public static String withoutOwner;
	public static String needOwnerNow;
	public static String service;
	public static String lifecycle;
	public static String provider;
	public static String owner;
	public static String noOwner;
	public static String ownerNeeded;
	public static String moreServices;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
