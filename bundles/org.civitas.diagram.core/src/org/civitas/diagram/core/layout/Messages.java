package org.civitas.diagram.core.layout;

import java.text.MessageFormat;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the layouts. */
final class Messages extends NLS {

	public static String Grid_noCell;
	public static String Timeline_noStart;
	public static String Layout_unplaced;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}

	static String format(String pattern, Object... arguments) {
		return MessageFormat.format(pattern, arguments);
	}
}
