package org.civitas.portfolio.ui.navigator;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the portfolio content in the Project Explorer. */
final class Messages extends NLS {

	public static String PortfolioNavigatorContent_reading;
	public static String PortfolioNavigatorLabels_loading;
	public static String OpenElementActions_open;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
