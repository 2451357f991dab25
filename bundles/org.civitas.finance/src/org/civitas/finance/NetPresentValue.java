package org.civitas.finance;

/** Net present value: {@code NPV(rate) = sum over t of net(t) / (1 + rate)^t}. */
public final class NetPresentValue {

	private NetPresentValue() {
	}

	/**
	 * @throws IllegalArgumentException if the rate is not finite or not greater than -1
	 */
	public static double of(CashFlows flows, double rate) {
		Discount.requireValidRate(rate);
		double sum = 0;
		for (double value : Discount.netPresentValues(flows, rate)) {
			sum += value;
		}
		return sum;
	}

	/**
	 * The NPV period by period: element {@code t} is the sum of the discounted net flows up to and
	 * including period {@code t}, so the last one is {@link #of}. The curve a board reads a
	 * discounted payback from.
	 *
	 * @throws IllegalArgumentException if the rate is not finite or not greater than -1
	 */
	public static double[] cumulative(CashFlows flows, double rate) {
		Discount.requireValidRate(rate);
		double[] values = Discount.netPresentValues(flows, rate);
		for (int t = 1; t < values.length; t++) {
			values[t] += values[t - 1];
		}
		return values;
	}
}
