package org.civitas.interchange;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Text cells read strictly as attribute values: a value that cannot be what the cell says is
 * refused with what was expected, never adjusted. Numbers may carry what spreadsheets put around
 * them ({@code € 1.234,50}, {@code $3,800,000}, {@code (250)}, {@code 12.5%}); dates are ISO;
 * enumeration values are their readable name or their literal, in any case.
 */
final class CellValues {

	/** A cell that is not a value of its column, with what it should have been. */
	static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String expected) {
			super(expected, null, false, false);
		}
	}

	/** Digits with optional separators and exponent: what is left of a number once its sign and symbols are gone. */
	private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,' \u00A0\u202F]*(?:[eE][+-]?[0-9]+)?"); //$NON-NLS-1$
	/** ISO currency codes written before or after an amount ("EUR 1200", "1200 USD"). */
	private static final Pattern CURRENCY_CODE = Pattern.compile("^[A-Z]{3}\\s+|\\s+[A-Z]{3}$"); //$NON-NLS-1$
	private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(?:[.,' \u00A0\u202F][0-9]{3})+"); //$NON-NLS-1$

	private final ModelLabels labels;

	CellValues(ModelLabels labels) {
		this.labels = labels;
	}

	/** The value of {@code attribute} that {@code text} (not blank) stands for. */
	Object attribute(EAttribute attribute, String text) throws Refused {
		EDataType type = attribute.getEAttributeType();
		String value = text.strip();
		if (type instanceof EEnum enumeration) {
			return literal(enumeration, value).getInstance();
		}
		Class<?> javaType = type.getInstanceClass();
		if (javaType == String.class) {
			return value;
		}
		if (javaType == int.class || javaType == Integer.class) {
			return whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
		}
		if (javaType == long.class || javaType == Long.class) {
			return whole(value, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
		}
		if (javaType == short.class || javaType == Short.class) {
			return whole(value, Short.MIN_VALUE, Short.MAX_VALUE).shortValue();
		}
		if (javaType == double.class || javaType == Double.class) {
			return number(value).doubleValue();
		}
		if (javaType == float.class || javaType == Float.class) {
			return number(value).floatValue();
		}
		if (javaType == BigDecimal.class) {
			return number(value);
		}
		if (javaType == BigInteger.class) {
			return whole(value, null, null).toBigIntegerExact();
		}
		if (javaType == boolean.class || javaType == Boolean.class) {
			return truth(value);
		}
		if (javaType == Date.class) {
			return date(value);
		}
		try {
			return EcoreUtil.createFromString(type, value);
		} catch (RuntimeException notAValue) {
			throw new Refused(NLS.bind(Messages.CellValues_notAValueOf, type.getName()));
		}
	}

	/** The literal named by its readable name, its literal or its Java name, ignoring case and spaces. */
	EEnumLiteral literal(EEnum enumeration, String text) throws Refused {
		String wanted = TableSchema.normalized(text);
		for (EEnumLiteral literal : enumeration.getELiterals()) {
			if (TableSchema.normalized(labels.of(literal)).equals(wanted)
					|| TableSchema.normalized(literal.getLiteral()).equals(wanted)
					|| TableSchema.normalized(literal.getName()).equals(wanted)) {
				return literal;
			}
		}
		throw new Refused(NLS.bind(Messages.CellValues_oneOf, allowed(enumeration)));
	}

	/** The readable names of an enumeration's values, as a message lists them. */
	String allowed(EEnum enumeration) {
		return enumeration.getELiterals().stream().map(literal -> '"' + labels.of(literal) + '"')
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private static BigDecimal whole(String text, Number least, Number most) throws Refused {
		BigDecimal number = number(text);
		if (number.stripTrailingZeros().scale() > 0) {
			throw new Refused(Messages.CellValues_wholeNumber);
		}
		if (least != null && (number.compareTo(BigDecimal.valueOf(least.longValue())) < 0
				|| number.compareTo(BigDecimal.valueOf(most.longValue())) > 0)) {
			throw new Refused(NLS.bind(Messages.CellValues_outOfRange, least, most));
		}
		return number;
	}

	/**
	 * A number as spreadsheets and people write it. Currency signs and codes around it are left
	 * out; a trailing {@code %} divides by 100; {@code (250)} is −250. Thousands may be grouped
	 * with commas, points, spaces or apostrophes, in groups of three digits; see
	 * {@link #decimalSeparator} for which separator is the decimal one ({@code 1,500} is 1500,
	 * {@code 3,5} is 3.5, {@code 1.234,50} is 1234.5).
	 */
	static BigDecimal number(String text) throws Refused {
		String rest = text.strip();
		boolean negative = false;
		if (rest.startsWith("(") && rest.endsWith(")")) { //$NON-NLS-1$ //$NON-NLS-2$
			negative = true;
			rest = rest.substring(1, rest.length() - 1).strip();
		}
		rest = CURRENCY_CODE.matcher(rest).replaceAll(""); //$NON-NLS-1$
		rest = stripCurrencySigns(rest);
		boolean percent = rest.endsWith("%"); //$NON-NLS-1$
		if (percent) {
			rest = stripCurrencySigns(rest.substring(0, rest.length() - 1));
		}
		if (rest.startsWith("-") || rest.startsWith("+")) { //$NON-NLS-1$ //$NON-NLS-2$
			// "-€ 250" and "€ -250" alike.
			negative ^= rest.startsWith("-"); //$NON-NLS-1$
			rest = stripCurrencySigns(rest.substring(1));
		}
		if (!NUMBER.matcher(rest).matches()) {
			throw new Refused(Messages.CellValues_number);
		}
		String digits = plain(rest);
		try {
			BigDecimal number = new BigDecimal(digits);
			if (percent) {
				number = number.movePointLeft(2);
			}
			return negative ? number.negate() : number;
		} catch (NumberFormatException notANumber) {
			throw new Refused(Messages.CellValues_number);
		}
	}

	private static String stripCurrencySigns(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && (Character.getType(text.charAt(start)) == Character.CURRENCY_SYMBOL
				|| Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\u00A0')) {
			start++;
		}
		while (end > start && (Character.getType(text.charAt(end - 1)) == Character.CURRENCY_SYMBOL
				|| Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u00A0')) {
			end--;
		}
		return text.substring(start, end);
	}

	/** The number with grouping left out and a point for the decimal separator. */
	private static String plain(String text) throws Refused {
		String mantissa = text;
		String exponent = ""; //$NON-NLS-1$
		Matcher scientific = Pattern.compile("[eE][+-]?[0-9]+$").matcher(text); //$NON-NLS-1$
		if (scientific.find()) {
			mantissa = text.substring(0, scientific.start());
			exponent = scientific.group();
		}
		int decimal = decimalSeparator(mantissa);
		String whole = decimal < 0 ? mantissa : mantissa.substring(0, decimal);
		String fraction = decimal < 0 ? "" : mantissa.substring(decimal + 1); //$NON-NLS-1$
		if (!fraction.chars().allMatch(Character::isDigit)) {
			throw new Refused(Messages.CellValues_number);
		}
		if (!whole.chars().allMatch(Character::isDigit)) {
			if (!GROUPED.matcher(whole).matches() || whole.chars().filter(c -> !Character.isDigit(c)).distinct().count() > 1) {
				throw new Refused(Messages.CellValues_number);
			}
			whole = whole.replaceAll("[^0-9]", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (whole.isEmpty()) {
			throw new Refused(Messages.CellValues_number);
		}
		return whole + (fraction.isEmpty() ? "" : '.' + fraction) + exponent; //$NON-NLS-1$
	}

	/**
	 * Where the decimal separator is, -1 when there is none: of a comma and a point, the last one;
	 * a point that appears once; a comma that appears once and is not followed by exactly three
	 * digits (then it groups thousands).
	 */
	private static int decimalSeparator(String mantissa) {
		int comma = mantissa.lastIndexOf(',');
		int point = mantissa.lastIndexOf('.');
		if (comma >= 0 && point >= 0) {
			return Math.max(comma, point);
		}
		if (point >= 0) {
			return mantissa.indexOf('.') == point ? point : -1;
		}
		if (comma >= 0) {
			return mantissa.indexOf(',') == comma && mantissa.length() - comma - 1 != 3 ? comma : -1;
		}
		return -1;
	}

	private static boolean truth(String text) throws Refused {
		switch (text.toLowerCase(Locale.ROOT)) {
		case "true", "yes", "y", "1": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return true;
		case "false", "no", "n", "0": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return false;
		default:
			throw new Refused(Messages.CellValues_truth);
		}
	}

	/** An ISO date ({@code 2026-07-01}) or date and time ({@code 2026-07-01T09:30:00}), in this computer's time zone. */
	static Date date(String text) throws Refused {
		try {
			LocalDateTime moment = text.length() <= 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
			return Date.from(moment.atZone(ZoneId.systemDefault()).toInstant());
		} catch (DateTimeParseException notIso) {
			throw new Refused(Messages.CellValues_date);
		}
	}

	/** Several values of one cell, each stripped, empty ones left out. */
	static List<String> values(String text) {
		return Arrays.stream(text.split(TableExport.SEPARATOR)).map(String::strip).filter(value -> !value.isEmpty())
				.toList();
	}
}
