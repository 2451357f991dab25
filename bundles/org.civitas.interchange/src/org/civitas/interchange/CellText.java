package org.civitas.interchange;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Values as a text cell holds them, the same way wherever a cell is text (a CSV file, a number
 * or date read from a workbook, a change shown before an import): dates as ISO
 * {@code yyyy-MM-dd} (with {@code THH:mm:ss} when the time is not midnight), numbers in full
 * with a decimal point and no grouping, as a person types them.
 */
public final class CellText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"); //$NON-NLS-1$

	private CellText() {
	}

	/** {@code ""} for {@code null}, else the value as a cell shows it. */
	public static String of(Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Date day) {
			return date(LocalDateTime.ofInstant(day.toInstant(), ZoneId.systemDefault()));
		}
		if (value instanceof Double || value instanceof Float) {
			return number(((Number) value).doubleValue());
		}
		return value.toString();
	}

	/** 3800000, not 3800000.0 or 3.8E6; 0.035, not 3.5E-2. */
	public static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}

	/** {@code 2026-07-01}, or {@code 2026-07-01T09:30:00} when it has a time of day. */
	public static String date(LocalDateTime moment) {
		return moment.toLocalTime().toSecondOfDay() == 0 && moment.getNano() == 0 ? moment.format(DAY)
				: moment.format(DAY_AND_TIME);
	}
}
