package org.civitas.finance;

import java.util.OptionalDouble;

/**
 * Return on investment over periods {@code 0..horizon}, as a fraction (0.25 is 25%):
 * {@code (sum of benefits - sum of costs) / sum of costs}, where the costs of a period are its
 * investment plus its operating cost. It is undefined (empty) when the costs sum to zero.
 * <p>
 * The plain ROI adds amounts undiscounted; the discounted ROI first divides each period's amounts
 * by {@code (1 + rate)^t}. Without a horizon, all periods count.
 */
public final class ReturnOnInvestment {

	private ReturnOnInvestment() {
	}

	/** The undiscounted ROI over all periods. */
	public static OptionalDouble of(CashFlows flows) {
		return of(flows, flows.lastPeriod());
	}

	/**
	 * The undiscounted ROI over periods {@code 0..horizon}.
	 *
	 * @throws IllegalArgumentException if the horizon is not between 0 and the last period
	 */
	public static OptionalDouble of(CashFlows flows, int horizon) {
		requireHorizon(flows, horizon);
		return roi(flows, horizon, 0);
	}

	/**
	 * The ROI over all periods, amounts discounted at {@code rate}.
	 *
	 * @throws IllegalArgumentException if the rate is not finite or not greater than -1
	 */
	public static OptionalDouble discounted(CashFlows flows, double rate) {
		return discounted(flows, flows.lastPeriod(), rate);
	}

	/**
	 * The ROI over periods {@code 0..horizon}, amounts discounted at {@code rate}.
	 *
	 * @throws IllegalArgumentException if the horizon is not between 0 and the last period, or if the
	 *                                  rate is not finite or not greater than -1
	 */
	public static OptionalDouble discounted(CashFlows flows, int horizon, double rate) {
		requireHorizon(flows, horizon);
		Discount.requireValidRate(rate);
		return roi(flows, horizon, rate);
	}

	private static void requireHorizon(CashFlows flows, int horizon) {
		if (horizon < 0 || horizon > flows.lastPeriod()) {
			throw new IllegalArgumentException(
					"horizon must be between 0 and the last period " + flows.lastPeriod() + ", was " + horizon);
		}
	}

	private static OptionalDouble roi(CashFlows flows, int horizon, double rate) {
		double benefits = 0;
		double costs = 0;
		for (int t = 0; t <= horizon; t++) {
			double factor = Discount.factor(rate, t);
			benefits += flows.benefits(t) * factor;
			costs += (flows.investment(t) + flows.operatingCost(t)) * factor;
		}
		return costs == 0 ? OptionalDouble.empty() : OptionalDouble.of((benefits - costs) / costs);
	}
}
