package org.civitas.validation;

import java.text.MessageFormat;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the validation engine. */
final class Messages extends NLS {

	public static String ValidationProfile_badLine;
	public static String ValidationProfile_badValue;
	public static String ValidationProfile_notUtf8;
	public static String ValidationProfile_unknownRule;
	public static String RuleExtensions_badRule;
	public static String RuleValidator_ruleFailed;
	public static String ElementLabels_namerFailed;
	public static String ModelValidator_wellFormed_title;
	public static String ModelValidator_wellFormed_description;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}

	static String format(String pattern, Object... arguments) {
		return MessageFormat.format(pattern, arguments);
	}
}
