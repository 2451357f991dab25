package org.civitas.validation.report;

/**
 * The characters that report formats cannot carry as they are. Messages come from rule
 * authors and model content, so any character can turn up in them.
 */
final class Characters {

	/** What stands in for a character a format cannot carry. */
	static final String REPLACEMENT = "\uFFFD"; //$NON-NLS-1$

	private Characters() {
	}

	/** Whether the character at {@code index} is half of a surrogate pair without its other half. */
	static boolean isLoneSurrogate(CharSequence text, int index) {
		char c = text.charAt(index);
		if (Character.isHighSurrogate(c)) {
			return index + 1 == text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
		}
		return false;
	}

	/** Whether XML 1.0 allows the character at {@code index} (a surrogate only as half of a pair). */
	static boolean isXmlCharacter(CharSequence text, int index) {
		char c = text.charAt(index);
		if (c < 0x20) {
			return c == '\t' || c == '\n' || c == '\r';
		}
		return c != '\uFFFE' && c != '\uFFFF' && !isLoneSurrogate(text, index);
	}

	/** Whether a terminal shows the character at {@code index} as text: no control character, no lone surrogate. */
	static boolean isPrintable(CharSequence text, int index) {
		char c = text.charAt(index);
		return !Character.isISOControl(c) && !isLoneSurrogate(text, index);
	}
}
