package org.civitas.report.html;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.civitas.report.html.messages"; //$NON-NLS-1$
	public static String HtmlReport_contents;
	public static String HtmlReport_strategies;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
