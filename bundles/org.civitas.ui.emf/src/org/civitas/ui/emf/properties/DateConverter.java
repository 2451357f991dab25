package org.civitas.ui.emf.properties;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;

import org.eclipse.osgi.util.NLS;

/**
 * Dates as ISO calendar dates ({@code 2025-03-31}); a date is the start of that day in the
 * user's time zone, so that what is typed is what is shown again.
 */
final class DateConverter implements TextConverter {

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd") //$NON-NLS-1$
			.withResolverStyle(ResolverStyle.STRICT);

	@Override
	public String toText(Object value) {
		if (!(value instanceof Date date)) {
			return ""; //$NON-NLS-1$
		}
		return ISO_DATE.format(LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault()));
	}

	@Override
	public String problemWith(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return Messages.valueRequired;
		}
		try {
			LocalDate.parse(trimmed, ISO_DATE);
			return null;
		} catch (DateTimeParseException e) {
			return NLS.bind(Messages.notADate, trimmed);
		}
	}

	@Override
	public Object toValue(String text) {
		LocalDate day = LocalDate.parse(text.strip(), ISO_DATE);
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}
}
