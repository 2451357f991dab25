package org.civitas.ui.emf.properties;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;

/**
 * Numbers written the way Java and EMF write them ({@code 1200}, {@code -3.5}, {@code 1e6}),
 * whatever the user's locale, so that the text shown is the text saved. A number that does
 * not fit the property's type is refused with the range it must fit, never silently cut.
 */
final class NumberConverter implements TextConverter {

	private final Function<String, Object> parser;
	private final String notANumberMessage;
	private final BiFunction<String, Object, String> rangeProblem;

	private NumberConverter(Function<String, Object> parser, String notANumberMessage,
			BiFunction<String, Object, String> rangeProblem) {
		this.parser = parser;
		this.notANumberMessage = notANumberMessage;
		this.rangeProblem = rangeProblem;
	}

	/** Whole numbers between {@code min} and {@code max}, narrowed by {@code narrowing}. */
	static NumberConverter wholeNumber(long min, long max, Function<BigInteger, Object> narrowing) {
		BigInteger lowest = BigInteger.valueOf(min);
		BigInteger highest = BigInteger.valueOf(max);
		return new NumberConverter(text -> {
			BigInteger number = new BigInteger(text);
			return number.compareTo(lowest) < 0 || number.compareTo(highest) > 0 ? number : narrowing.apply(number);
		}, Messages.notAWholeNumber, (text, value) -> value instanceof BigInteger
				? NLS.bind(Messages.wholeNumberOutOfRange, new Object[] { text, lowest, highest })
				: null);
	}

	static NumberConverter bigInteger() {
		return new NumberConverter(BigInteger::new, Messages.notAWholeNumber, (text, value) -> null);
	}

	/**
	 * Floating-point numbers; {@code overflows} tells a value too large for the type, which
	 * Java would otherwise turn into infinity.
	 */
	static NumberConverter decimal(Function<String, Object> parser, Predicate<Object> overflows) {
		return new NumberConverter(text -> {
			if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) { //$NON-NLS-1$
				throw new NumberFormatException(text);
			}
			return parser.apply(text);
		}, Messages.notANumber, (text, value) -> overflows.test(value) ? NLS.bind(Messages.numberOutOfRange, text) : null);
	}

	static NumberConverter bigDecimal() {
		return new NumberConverter(BigDecimal::new, Messages.notANumber, (text, value) -> null);
	}

	@Override
	public String toText(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	@Override
	public String problemWith(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return Messages.valueRequired;
		}
		Object value;
		try {
			value = parser.apply(trimmed);
		} catch (NumberFormatException | ArithmeticException e) {
			return NLS.bind(notANumberMessage, trimmed);
		}
		return rangeProblem.apply(trimmed, value);
	}

	@Override
	public Object toValue(String text) {
		return parser.apply(text.strip());
	}
}
