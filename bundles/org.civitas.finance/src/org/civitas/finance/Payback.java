package org.civitas.finance;

import java.util.OptionalDouble;

/**
 * Payback period: the number of periods, fractional, until the cumulative net flow recovers from
 * below zero.
 * <p>
 * The payback is found in the first period {@code t} whose cumulative net flow is {@code >= 0}
 * while that of period {@code t - 1} was negative. The flow of period {@code t} is taken to arrive
 * evenly over the period, so the payback is {@code (t - 1) + (-cumulative(t - 1) / net(t))}; it
 * lies in {@code (t - 1, t]}.
 * <ul>
 * <li>If the cumulative net flow is never negative (nothing to pay back), the payback is 0.</li>
 * <li>If it is still negative after the last period, there is no payback within the horizon: the
 * result is empty.</li>
 * <li>The first recovery counts: a later dip below zero (a reinvestment, say) does not change the
 * payback, and a case that recovers, dips and never recovers again still reports the first
 * recovery. Callers that care about later dips must look at the flows themselves.</li>
 * </ul>
 */
public final class Payback {

	private Payback() {
	}

	/** The payback of the undiscounted net flows. */
	public static OptionalDouble simple(CashFlows flows) {
		return firstRecovery(flows.net());
	}

	/**
	 * The payback of the net flows discounted at {@code rate}, that is of {@code net(t) / (1 + rate)^t}.
	 *
	 * @throws IllegalArgumentException if the rate is not finite or not greater than -1
	 */
	public static OptionalDouble discounted(CashFlows flows, double rate) {
		Discount.requireValidRate(rate);
		return firstRecovery(Discount.netPresentValues(flows, rate));
	}

	private static OptionalDouble firstRecovery(double[] flows) {
		double cumulative = 0;
		boolean everNegative = false;
		for (int t = 0; t < flows.length; t++) {
			double before = cumulative;
			cumulative += flows[t];
			if (before < 0 && cumulative >= 0) {
				return OptionalDouble.of((t - 1) + (-before / flows[t]));
			}
			everNegative |= cumulative < 0;
		}
		return everNegative ? OptionalDouble.empty() : OptionalDouble.of(0);
	}
}
