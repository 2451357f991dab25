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
}
