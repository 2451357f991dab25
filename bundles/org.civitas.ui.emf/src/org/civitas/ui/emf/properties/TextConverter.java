package org.civitas.ui.emf.properties;

/**
 * Converts a property value to the text a user edits, and that text back to a value, saying in
 * the user's terms what is wrong with a text that does not convert.
 */
interface TextConverter {

	/** The text that shows {@code value}; {@code null} (no value) shows as empty text. */
	String toText(Object value);

	/** Why {@code text} cannot become a value, or {@code null} when it can. */
	String problemWith(String text);

	/** The value {@code text} stands for; call it only for a text without a problem. */
	Object toValue(String text);
}
