package org.civitas.cli;

/** The little JSON the commands write: strings escaped, numbers that JSON allows. */
final class Json {

	private Json() {
	}

	static String string(String value) {
		if (value == null) {
			return "null"; //$NON-NLS-1$
		}
		StringBuilder out = new StringBuilder("\""); //$NON-NLS-1$
		for (char c : value.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\""); //$NON-NLS-1$
			case '\\' -> out.append("\\\\"); //$NON-NLS-1$
			case '\n' -> out.append("\\n"); //$NON-NLS-1$
			case '\r' -> out.append("\\r"); //$NON-NLS-1$
			case '\t' -> out.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	/** A number, or {@code null} for a value that does not exist or is not finite. */
	static String number(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			return "null"; //$NON-NLS-1$
		}
		return Double.toString(value);
	}
}
