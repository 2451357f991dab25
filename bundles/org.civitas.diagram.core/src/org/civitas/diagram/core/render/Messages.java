package org.civitas.diagram.core.render;

import java.text.MessageFormat;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the renderers. */
final class Messages extends NLS {

	public static String PngWriter_noEncoder;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}

	static String format(String pattern, Object... arguments) {
		return MessageFormat.format(pattern, arguments);
	}
}
