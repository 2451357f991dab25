package org.civitas.portfolio.validation;

import org.eclipse.osgi.util.NLS;

/** Words the portfolio checks put into findings, and the names the fixes give the elements they add. */
final class Messages extends NLS {

	public static String none;
	public static String technologyScanWithoutTechnology;
	public static String technologyScanWithoutOutcome;
	public static String peerExpertise;
	public static String peerContact;
	public static String captionAndFigure;
	public static String agency;
	public static String service;
	public static String engagementWith;
	public static String visionFor;
	public static String baselineOf;
	public static String kpiOf;
	public static String mitigationOf;
	public static String aName;
	public static String anOwner;
	public static String aDueDate;
	public static String aNextDate;
	public static String and;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
