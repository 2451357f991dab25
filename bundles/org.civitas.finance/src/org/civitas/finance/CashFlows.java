package org.civitas.finance;

import java.util.Arrays;
import java.util.Objects;

/**
 * The yearly streams of a business case: investment, operating cost and benefits, for periods
 * {@code 0..lastPeriod()}. Period 0 is "now".
 * <p>
 * All amounts are finite and non-negative; costs are entered as positive amounts and subtracted
 * in {@link #net(int)}. Streams of different length are padded with zeros to the longest one. A
 * business case without any amounts still has period 0 (all zero), so that every figure is
 * defined for it.
 * <p>
 * Instances are immutable: arrays passed in and handed out are copies.
 */
public final class CashFlows {

	private final double[] investment;
	private final double[] operatingCost;
	private final double[] benefits;
	private final double[] net;

	private CashFlows(double[] investment, double[] operatingCost, double[] benefits) {
		this.investment = investment;
		this.operatingCost = operatingCost;
		this.benefits = benefits;
		this.net = new double[investment.length];
		for (int t = 0; t < net.length; t++) {
			net[t] = benefits[t] - investment[t] - operatingCost[t];
		}
	}

	/**
	 * Creates the cash flows of a business case from its three streams, indexed by period.
	 *
	 * @throws NullPointerException     if a stream is {@code null}
	 * @throws IllegalArgumentException if an amount is negative, NaN or infinite; the message names
	 *                                  the stream and the period
	 */
	public static CashFlows of(double[] investment, double[] operatingCost, double[] benefits) {
		requireAmounts("investment", investment);
		requireAmounts("operating cost", operatingCost);
		requireAmounts("benefits", benefits);
		int periods = Math.max(1, Math.max(investment.length, Math.max(operatingCost.length, benefits.length)));
		return new CashFlows(Arrays.copyOf(investment, periods), Arrays.copyOf(operatingCost, periods),
				Arrays.copyOf(benefits, periods));
	}

	private static void requireAmounts(String stream, double[] amounts) {
		Objects.requireNonNull(amounts, () -> stream + " stream is null");
		for (int t = 0; t < amounts.length; t++) {
			double amount = amounts[t];
			if (!Double.isFinite(amount) || amount < 0) {
				throw new IllegalArgumentException(
						stream + " at period " + t + " must be a finite, non-negative amount, was " + amount);
			}
		}
	}

	/** The number of periods, at least 1; periods are numbered {@code 0..periods() - 1}. */
	public int periods() {
		return net.length;
	}

	/** The number of the last period, {@code periods() - 1}. */
	public int lastPeriod() {
		return net.length - 1;
	}

	public double investment(int period) {
		return investment[Objects.checkIndex(period, investment.length)];
	}

	public double operatingCost(int period) {
		return operatingCost[Objects.checkIndex(period, operatingCost.length)];
	}

	public double benefits(int period) {
		return benefits[Objects.checkIndex(period, benefits.length)];
	}

	/** {@code benefits(period) - investment(period) - operatingCost(period)}. */
	public double net(int period) {
		return net[Objects.checkIndex(period, net.length)];
	}

	public double[] investment() {
		return investment.clone();
	}

	public double[] operatingCost() {
		return operatingCost.clone();
	}

	public double[] benefits() {
		return benefits.clone();
	}

	/** The net flow of every period, see {@link #net(int)}. */
	public double[] net() {
		return net.clone();
	}

	/**
	 * All figures of this business case at once, discounting at {@code discountRate}; ROI is over
	 * all periods.
	 *
	 * @throws IllegalArgumentException if the rate is not finite or not greater than -1
	 */
	public BusinessCaseFigures analyze(double discountRate) {
		return new BusinessCaseFigures(discountRate,
				NetPresentValue.of(this, discountRate),
				InternalRateOfReturn.of(this),
				Payback.simple(this),
				Payback.discounted(this, discountRate),
				ReturnOnInvestment.of(this),
				ReturnOnInvestment.discounted(this, discountRate));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CashFlows that
				&& Arrays.equals(investment, that.investment)
				&& Arrays.equals(operatingCost, that.operatingCost)
				&& Arrays.equals(benefits, that.benefits);
	}

	@Override
	public int hashCode() {
		return Objects.hash(Arrays.hashCode(investment), Arrays.hashCode(operatingCost), Arrays.hashCode(benefits));
	}

	@Override
	public String toString() {
		return "CashFlows[investment=" + Arrays.toString(investment)
				+ ", operatingCost=" + Arrays.toString(operatingCost)
				+ ", benefits=" + Arrays.toString(benefits) + "]";
	}
}
