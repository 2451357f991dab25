package org.civitas.emf.document;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String ModelDocument_reading;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
