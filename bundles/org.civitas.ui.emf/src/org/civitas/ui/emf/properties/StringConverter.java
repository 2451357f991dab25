package org.civitas.ui.emf.properties;

/** Text that is its own value. */
final class StringConverter implements TextConverter {

	private final boolean emptyIsNoValue;

	/**
	 * @param emptyIsNoValue whether empty text means "no value" rather than an empty string, as
	 *            for an attribute that can be unset
	 */
	StringConverter(boolean emptyIsNoValue) {
		this.emptyIsNoValue = emptyIsNoValue;
	}

	@Override
	public String toText(Object value) {
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	@Override
	public String problemWith(String text) {
		return null;
	}

	@Override
	public Object toValue(String text) {
		return emptyIsNoValue && text.isEmpty() ? null : text;
	}
}
