package org.civitas.ui.emf.properties;

/** Lets empty text stand for "no value" in front of a conversion that requires a value. */
final class OptionalValueConverter implements TextConverter {

	private final TextConverter required;

	OptionalValueConverter(TextConverter required) {
		this.required = required;
	}

	@Override
	public String toText(Object value) {
		return value == null ? "" : required.toText(value); //$NON-NLS-1$
	}

	@Override
	public String problemWith(String text) {
		return text.isBlank() ? null : required.problemWith(text);
	}

	@Override
	public Object toValue(String text) {
		return text.isBlank() ? null : required.toValue(text);
	}
}
