package org.civitas.finance;

/** Discounting shared by present value, discounted payback and discounted ROI. */
final class Discount {

	private Discount() {
	}

	/**
	 * @throws IllegalArgumentException unless the rate is finite and greater than -1, the only rates
	 *                                  for which {@code (1 + rate)^t} is a positive, finite divisor
	 */
	static void requireValidRate(double rate) {
		if (!(rate > -1) || Double.isInfinite(rate)) {
			throw new IllegalArgumentException(
					"discount rate must be finite and greater than -1 (-100%), was " + rate);
		}
	}

	/** The net flows, each divided by {@code (1 + rate)^t}; the rate must be valid. */
	static double[] netPresentValues(CashFlows flows, double rate) {
		double[] values = flows.net();
		for (int t = 0; t < values.length; t++) {
			values[t] *= factor(rate, t);
		}
		return values;
	}

	static double factor(double rate, int period) {
		// Math.pow per period rather than a running product, so that long horizons do not accumulate rounding.
		return 1 / Math.pow(1 + rate, period);
	}
}
