package org.civitas.finance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Internal rate of return: the rates {@code r} at which the net present value is zero.
 * <p>
 * With {@code x = 1 / (1 + r)} the NPV is the polynomial {@code P(x) = sum net(t) x^t}, and rates
 * {@code r > -1} are exactly its roots {@code x > 0}. Only rates in
 * [{@value #LOWEST_RATE}, {@value #HIGHEST_RATE}] (-99.99% to 10000%) are searched; a rate outside
 * that range is not reported.
 * <ul>
 * <li>If the net flows change sign exactly once (ordinary flows: costs first, then benefits),
 * Descartes' rule of signs guarantees exactly one root {@code x > 0}; it is bracketed by the ends of
 * the range and refined by bisection.</li>
 * <li>With several sign changes, the range is scanned on a grid of {@value #GRID_STEPS} steps,
 * evenly spaced in {@code log x}. Every sign change of {@code P} between neighbouring points is
 * refined by bisection. Every extremum of {@code P} between neighbouring points (a sign change of
 * {@code P'}) is located too: if {@code P} changes sign there, the two roots on either side are
 * refined; if {@code P} only touches zero there (within {@value #TOUCH_TOLERANCE} of
 * {@code sum |net(t)| x^t}), that touching root counts as a rate. Flows {@code 1, -2, 1} thus have
 * the single rate 0%.</li>
 * </ul>
 * Roots are refined to full double precision, far below 1e-10 in the rate, except double roots,
 * which rounding of the flows determines only to about 1e-8. Roots closer than
 * {@value #SAME_ROOT} relative to {@code 1 + r} are reported once, as their mean. The grid finds
 * every root except where three or more roots fall between two neighbouring grid points, which
 * are less than 0.07% apart in {@code 1 + r}.
 */
public final class InternalRateOfReturn {

	/** The lowest rate searched, -99.99%. */
	public static final double LOWEST_RATE = -0.9999;

	/** The highest rate searched, 10000%. */
	public static final double HIGHEST_RATE = 100.0;

	static final int GRID_STEPS = 20_000;

	static final double TOUCH_TOLERANCE = 1e-12;

	/**
	 * Rates closer than this, relative to {@code 1 + r}, are one root: a double root is only
	 * determined to about the square root of the double precision, and rounding of the flows may
	 * split it into two close roots.
	 */
	static final double SAME_ROOT = 1e-6;

	private static final double LOWEST_X = 1 / (1 + HIGHEST_RATE);

	private static final double HIGHEST_X = 1 / (1 + LOWEST_RATE);

	private InternalRateOfReturn() {
	}

	/** The rates in the searched range at which the NPV of the flows is zero, see {@link IrrResult}. */
	public static IrrResult of(CashFlows flows) {
		double[] net = flows.net();
		int signChanges = signChanges(net);
		if (signChanges == 0) {
			return new IrrResult.None(isAllZero(net) ? IrrResult.Reason.ALL_ZERO : IrrResult.Reason.NO_SIGN_CHANGE);
		}
		List<Double> roots = signChanges == 1 ? singleRoot(net) : allRoots(net);
		List<Double> rates = ratesOf(roots);
		return switch (rates.size()) {
		case 0 -> new IrrResult.None(IrrResult.Reason.NO_ROOT_IN_RANGE);
		case 1 -> new IrrResult.Unique(rates.get(0));
		default -> new IrrResult.Multiple(rates);
		};
	}

	private static int signChanges(double[] net) {
		int changes = 0;
		double previous = 0;
		for (double flow : net) {
			if (flow != 0) {
				if (previous != 0 && (flow < 0) != (previous < 0)) {
					changes++;
				}
				previous = flow;
			}
		}
		return changes;
	}

	private static boolean isAllZero(double[] net) {
		for (double flow : net) {
			if (flow != 0) {
				return false;
			}
		}
		return true;
	}

	private static List<Double> singleRoot(double[] net) {
		DoubleUnaryOperator p = x -> scaledPolynomial(net, x);
		double low = p.applyAsDouble(LOWEST_X);
		double high = p.applyAsDouble(HIGHEST_X);
		if (low == 0) {
			return List.of(LOWEST_X);
		}
		if (high == 0) {
			return List.of(HIGHEST_X);
		}
		if (Math.signum(low) == Math.signum(high)) {
			return List.of();
		}
		return List.of(bisect(p, LOWEST_X, HIGHEST_X));
	}

	private static List<Double> allRoots(double[] net) {
		double[] absolute = new double[net.length];
		double[] derivative = new double[net.length - 1];
		for (int t = 0; t < net.length; t++) {
			absolute[t] = Math.abs(net[t]);
			if (t > 0) {
				derivative[t - 1] = t * net[t];
			}
		}
		DoubleUnaryOperator p = x -> scaledPolynomial(net, x);
		DoubleUnaryOperator slope = x -> scaledPolynomial(derivative, x);

		double[] xs = logGrid();
		double[] values = new double[xs.length];
		double[] slopes = new double[xs.length];
		for (int i = 0; i < xs.length; i++) {
			values[i] = p.applyAsDouble(xs[i]);
			slopes[i] = slope.applyAsDouble(xs[i]);
		}

		List<Double> roots = new ArrayList<>();
		for (int i = 0; i < xs.length; i++) {
			if (values[i] == 0) {
				roots.add(xs[i]);
			}
		}
		for (int i = 0; i + 1 < xs.length; i++) {
			double sign = Math.signum(values[i]);
			double nextSign = Math.signum(values[i + 1]);
			if (sign == 0 || nextSign == 0) {
				continue;
			}
			if (sign != nextSign) {
				roots.add(bisect(p, xs[i], xs[i + 1]));
			} else if (Math.signum(slopes[i]) != Math.signum(slopes[i + 1])) {
				double extremum = slopes[i] == 0 ? xs[i]
						: slopes[i + 1] == 0 ? xs[i + 1] : bisect(slope, xs[i], xs[i + 1]);
				double value = p.applyAsDouble(extremum);
				if (Math.signum(value) == -sign) {
					// Two roots closer together than the grid: the extremum separates them.
					roots.add(bisect(p, xs[i], extremum));
					roots.add(bisect(p, extremum, xs[i + 1]));
				} else if (Math.abs(value) <= TOUCH_TOLERANCE * scaledPolynomial(absolute, extremum)) {
					roots.add(extremum);
				}
			}
		}
		return roots;
	}

	private static double[] logGrid() {
		double[] xs = new double[GRID_STEPS + 1];
		double logLow = Math.log(LOWEST_X);
		double step = (Math.log(HIGHEST_X) - logLow) / GRID_STEPS;
		for (int i = 0; i < GRID_STEPS; i++) {
			xs[i] = Math.exp(logLow + i * step);
		}
		xs[0] = LOWEST_X;
		xs[GRID_STEPS] = HIGHEST_X;
		return xs;
	}

	/**
	 * {@code sum coefficients[t] x^t}, divided by {@code x^degree} when {@code x > 1}. For
	 * {@code x > 0} that keeps the sign and the roots, and it cannot overflow for long horizons at
	 * rates close to -100%, where {@code x} is up to 10000.
	 */
	private static double scaledPolynomial(double[] coefficients, double x) {
		double sum = 0;
		if (x <= 1) {
			for (int t = coefficients.length - 1; t >= 0; t--) {
				sum = sum * x + coefficients[t];
			}
		} else {
			double inverse = 1 / x;
			for (double coefficient : coefficients) {
				sum = sum * inverse + coefficient;
			}
		}
		return sum;
	}

	/**
	 * A root of {@code f} between {@code low} and {@code high}, where {@code f} has opposite, non-zero
	 * signs; halves the bracket until no double lies strictly inside it.
	 */
	private static double bisect(DoubleUnaryOperator f, double low, double high) {
		boolean lowIsNegative = f.applyAsDouble(low) < 0;
		while (true) {
			double middle = low + (high - low) / 2;
			if (middle <= low || middle >= high) {
				return middle;
			}
			double value = f.applyAsDouble(middle);
			if (value == 0) {
				return middle;
			}
			if ((value < 0) == lowIsNegative) {
				low = middle;
			} else {
				high = middle;
			}
		}
	}

	/** The rates of the roots, ascending, with each cluster of the same root replaced by its mean. */
	private static List<Double> ratesOf(List<Double> roots) {
		List<Double> rates = new ArrayList<>();
		for (double x : roots) {
			rates.add(1 / x - 1);
		}
		Collections.sort(rates);
		List<Double> distinct = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= rates.size(); i++) {
			if (i == rates.size() || rates.get(i) - rates.get(i - 1) > SAME_ROOT * (1 + rates.get(i))) {
				distinct.add(mean(rates.subList(start, i)));
				start = i;
			}
		}
		return distinct;
	}

	private static double mean(List<Double> values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.size();
	}
}
