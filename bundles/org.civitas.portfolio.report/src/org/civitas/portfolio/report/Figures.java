package org.civitas.portfolio.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import org.civitas.report.Block;
import org.civitas.report.Tone;
import org.eclipse.osgi.util.NLS;

/** Numbers, money and dates as a board reads them: grouped, rounded to what matters, in the portfolio's currency. */
final class Figures {

	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

	private Figures() {
	}

	/** {@code USD 1,234,567}: an amount in full, for tables. */
	static String money(double amount, String currency) {
		return currency + ' ' + new DecimalFormat("#,##0", SYMBOLS).format(amount); //$NON-NLS-1$
	}

	/** {@code USD 4.2 M}: an amount for a tile. */
	static String compactMoney(double amount, String currency) {
		double size = Math.abs(amount);
		if (size >= 1e9) {
			return currency + ' ' + new DecimalFormat("0.0", SYMBOLS).format(amount / 1e9) + " B"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (size >= 1e6) {
			return currency + ' ' + new DecimalFormat("0.0", SYMBOLS).format(amount / 1e6) + " M"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (size >= 1e3) {
			return currency + ' ' + new DecimalFormat("0", SYMBOLS).format(amount / 1e3) + " k"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return money(amount, currency);
	}

	/** {@code 12.5%}. */
	static String percent(double fraction) {
		return new DecimalFormat("0.0", SYMBOLS).format(fraction * 100) + '%'; //$NON-NLS-1$
	}

	/** {@code 1,234} or {@code 12.5}: a measured value. */
	static String number(double value) {
		return new DecimalFormat("#,##0.##", SYMBOLS).format(value); //$NON-NLS-1$
	}

	/** {@code 3.4 years}, or that it is never paid back. */
	static String years(Double value) {
		return value == null ? Messages.Figures_notPaidBack : NLS.bind(Messages.Figures_years, new DecimalFormat("0.0", SYMBOLS).format(value)); //$NON-NLS-1$
	}

	static String date(Date date) {
		return date == null ? "" : day(date).toString(); //$NON-NLS-1$
	}

	static LocalDate day(Date date) {
		return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}

	static Block.Cell cell(String text) {
		return Block.Cell.of(text);
	}

	static Block.Cell cell(String text, Tone tone) {
		return Block.Cell.of(text, tone);
	}
}
