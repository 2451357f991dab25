package org.civitas.diagram.core.sync;

import java.text.MessageFormat;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the synchronizer. */
final class Messages extends NLS {

	public static String DiagramProblem_mapping;
	public static String DiagramProblem_element;
	public static String DiagramProblem_more;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}

	static String format(String pattern, Object... arguments) {
		return MessageFormat.format(pattern, arguments);
	}
}
