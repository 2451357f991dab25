package org.civitas.diagram.core.expressions;

import java.text.MessageFormat;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the expression engine. */
final class Messages extends NLS {

	public static String Expression_syntax;
	public static String Expression_failed;
	public static String Expression_notBoolean;
	public static String Expression_notNumber;
	public static String Expression_notDate;
	public static String Expression_notElements;
	public static String Expression_unknownProperty;
	public static String Expression_unknownFunction;
	public static String Expression_unknownVariable;
	public static String Expression_atColumn;
	public static String Expression_tooDeep;
	public static String Expression_serviceFailed;
	public static String Expression_refusedMethod;
	public static String ServiceExtensions_namespaceTaken;
	public static String ServiceExtensions_notCreated;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}

	static String format(String pattern, Object... arguments) {
		return MessageFormat.format(pattern, arguments);
	}
}
