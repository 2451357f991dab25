package org.civitas.diagram.core.tools;

import java.text.MessageFormat;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the diagram tools. */
final class Messages extends NLS {

	public static String ToolCommands_create;
	public static String ToolCommands_connect;
	public static String ToolCommands_reconnect;
	public static String ToolCommands_rename;
	public static String ToolCommands_delete;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}

	static String format(String pattern, Object... arguments) {
		return MessageFormat.format(pattern, arguments);
	}
}
