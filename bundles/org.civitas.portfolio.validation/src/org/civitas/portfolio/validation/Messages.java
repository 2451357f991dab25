package org.civitas.portfolio.validation;

import org.eclipse.osgi.util.NLS;

/** Words the portfolio checks put into findings. */
final class Messages extends NLS {

	public static String none;
	public static String agency;
	public static String service;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
