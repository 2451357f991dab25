package org.example.civitas.cmdb;

import org.eclipse.osgi.util.NLS;

/** Why a file is not a CMDB listing, in messages.properties beside this class. */
final class Messages extends NLS {

	public static String notUtf8;
	public static String notJson;
	public static String notAllowed;
	public static String notAnObject;
	public static String noLists;
	public static String notAList;
	public static String notARecord;
	public static String missing;
	public static String notText;
	public static String notTruth;
	public static String source;
	public static String aList;
	public static String anObject;
	public static String aNull;
	public static String aNumber;
	public static String aTruth;
	public static String aText;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
