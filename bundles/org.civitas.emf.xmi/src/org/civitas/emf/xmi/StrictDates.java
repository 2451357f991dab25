package org.civitas.emf.xmi;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * The date forms EMF writes and reads ({@code 2025-03-31}, with a time of day optionally),
 * checked strictly: EMF's own parser is lenient and turns {@code 2025-13-45} into 14 February
 * 2026 and {@code 0000-00-00} into a date two thousand years back. A value that cannot be a
 * real date is refused instead, so the user learns of it where it is written.
 */
final class StrictDates {

	private static final List<DateTimeFormatter> FORMS = List.of("uuuu-MM-dd", "uuuu-MM-dd'T'HH:mm", //$NON-NLS-1$ //$NON-NLS-2$
			"uuuu-MM-dd'T'HH:mm:ss", "uuuu-MM-dd'T'HH:mm:ss.SSS", "uuuu-MM-dd'T'HH:mm:ss.SSSZ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			.stream().map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT)).toList();

	private StrictDates() {
	}

	/** Whether {@code text} is a real date in one of the forms EMF reads. */
	static boolean isDate(String text) {
		for (DateTimeFormatter form : FORMS) {
			try {
				form.parse(text);
				return true;
			} catch (DateTimeParseException notThisForm) {
				// the next form may fit
			}
		}
		return false;
	}
}
