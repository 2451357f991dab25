package org.civitas.report;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.civitas.report.messages"; //$NON-NLS-1$
	public static String ReportSections_incomplete;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
