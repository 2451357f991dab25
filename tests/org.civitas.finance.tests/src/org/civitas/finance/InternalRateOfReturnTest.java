package org.civitas.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.civitas.finance.IrrResult.Reason;
import org.junit.jupiter.api.Test;

class InternalRateOfReturnTest {

	private static double uniqueRate(double... net) {
		return assertInstanceOf(IrrResult.Unique.class, InternalRateOfReturn.of(NetFlows.of(net))).rate();
	}

	private static List<Double> multipleRates(double... net) {
		return assertInstanceOf(IrrResult.Multiple.class, InternalRateOfReturn.of(NetFlows.of(net))).rates();
	}

	private static Reason noRate(double... net) {
		return assertInstanceOf(IrrResult.None.class, InternalRateOfReturn.of(NetFlows.of(net))).reason();
	}

	private static void assertRates(List<Double> expected, List<Double> actual, double tolerance) {
		assertEquals(expected.size(), actual.size(), () -> "rates " + actual);
		for (int i = 0; i < expected.size(); i++) {
			assertEquals(expected.get(i), actual.get(i), tolerance, () -> "rates " + actual);
		}
	}

	@Test
	void ordinaryFlowsHaveOneRate() {
		// 1.08896^1 = 1.08896, ^2 = 1.18584, ^3 = 1.29134:
		// -1000 + 300/1.08896 + 400/1.18584 + 500/1.29134 = -1000 + 275.49 + 337.31 + 387.20 = 0.00
		double rate = uniqueRate(-1000, 300, 400, 500);
		assertEquals(0.08896, rate, 0.00001);
		assertEquals(0, NetPresentValue.of(NetFlows.of(-1000, 300, 400, 500), rate), 1e-9);
	}

	@Test
	void oneYearInvestmentEarnsItsGain() {
		// -100 + 110/(1 + r) = 0  =>  r = 10%
		assertEquals(0.10, uniqueRate(-100, 110), 1e-12);
		// a loss: -100 + 60/(1 + r) = 0  =>  r = -40%
		assertEquals(-0.40, uniqueRate(-100, 60), 1e-12);
	}

	@Test
	void flowsChangingSignTwiceCanHaveTwoRates() {
		// with u = 1 + r: NPV * u^2 = -100u^2 + 230u - 132 = -100(u - 1.1)(u - 1.2)
		assertRates(List.of(0.10, 0.20), multipleRates(-100, 230, -132), 1e-10);
	}

	@Test
	void flowsChangingSignThreeTimesCanHaveThreeRates() {
		// NPV * u^3 = 100u^3 - 330u^2 + 362u - 132 = 100(u - 1)(u - 1.1)(u - 1.2)
		assertRates(List.of(0.0, 0.10, 0.20), multipleRates(100, -330, 362, -132), 1e-10);
	}

	@Test
	void findsTwoRatesCloserThanTheSearchGrid() {
		// NPV * u^2 = 10000u^2 - 22001u + 12101.1 = 10000(u - 1.1)(u - 1.1001): 10% and 10.01%,
		// 0.009% apart in u, closer than the grid's 0.07%
		assertRates(List.of(0.10, 0.1001), multipleRates(10000, -22001, 12101.1), 1e-9);
	}

	@Test
	void findsThreeRatesWithinAFewPercent() {
		// NPV * u^3 = 100000(u - 1.10)(u - 1.11)(u - 1.12)
		//           = 100000u^3 - 333000u^2 + 369620u - 136752: 10%, 11% and 12%
		assertRates(List.of(0.10, 0.11, 0.12), multipleRates(100000, -333000, 369620, -136752), 1e-9);
	}

	@Test
	void aRateWhereTheNpvOnlyTouchesZeroIsTheOneRate() {
		// NPV = 1 - 2x + x^2 = (1 - x)^2 with x = 1/(1 + r): zero only at x = 1, r = 0%, and
		// positive on both sides; it is the only rate that makes the NPV zero
		assertEquals(0, uniqueRate(1, -2, 1), 1e-12);
		// NPV * u^2 = u^2 - 2.2u + 1.21 = (u - 1.1)^2: rounding 2.2 and 1.21 to doubles moves the
		// double root by about 1e-8, which must not turn it into two rates or none
		assertEquals(0.10, uniqueRate(1, -2.2, 1.21), 1e-7);
	}

	@Test
	void aNpvThatComesCloseToZeroWithoutReachingItHasNoRate() {
		// NPV = (1 - x)^2 + 0.0001x^2 > 0 for every x: two sign changes, but no rate
		assertEquals(Reason.NO_ROOT_IN_RANGE, noRate(1, -2, 1.0001));
	}

	@Test
	void flowsThatNeverChangeSignHaveNoRate() {
		assertEquals(Reason.NO_SIGN_CHANGE, noRate(100, 200, 300));
		assertEquals(Reason.NO_SIGN_CHANGE, noRate(-100, 0, -50));
		assertEquals(Reason.NO_SIGN_CHANGE, noRate(0, 0, 70));
	}

	@Test
	void allZeroFlowsHaveNoRate() {
		assertEquals(Reason.ALL_ZERO, noRate(0, 0, 0));
		IrrResult empty = InternalRateOfReturn.of(CashFlows.of(new double[0], new double[0], new double[0]));
		assertEquals(new IrrResult.None(Reason.ALL_ZERO), empty);
	}

	@Test
	void ratesOutsideTheSearchedRangeAreNotReported() {
		// -1 + 1000/(1 + r) = 0  =>  r = 999 = 99900%, above 10000%
		assertEquals(Reason.NO_ROOT_IN_RANGE, noRate(-1, 1000));
		// -1000 + 0.01/(1 + r) = 0  =>  r = -0.99999 = -99.999%, below -99.99%
		assertEquals(Reason.NO_ROOT_IN_RANGE, noRate(-1000, 0.01));
	}

	@Test
	void ratesNearTheEndsOfTheSearchedRangeAreFound() {
		// -1 + 100/(1 + r) = 0  =>  r = 99 = 9900%
		assertEquals(99, uniqueRate(-1, 100), 1e-9);
		// -1000 + 0.2/(1 + r) = 0  =>  r = -0.9998 = -99.98%
		assertEquals(-0.9998, uniqueRate(-1000, 0.2), 1e-12);
	}

	@Test
	void longHorizonsWithSeveralSignChanges() {
		// -100, 230, -132, then nothing until 0.0001 in period 200. The rates 10% and 20% hardly move
		// (0.0001/1.1^200 is about 5e-13); a third appears where 0.0001x^200 = 100 - 230x + 132x^2,
		// at x = 1.05474 where both sides are 4.2567: r = 1/1.05474 - 1 = -5.190%. Evaluating x^200
		// there and up to x = 10000 (r = -99.99%) must not overflow.
		double[] net = new double[201];
		net[0] = -100;
		net[1] = 230;
		net[2] = -132;
		net[200] = 0.0001;
		List<Double> rates = multipleRates(net);
		assertRates(List.of(-0.05190, 0.10, 0.20), rates, 0.00001);
		for (double rate : rates) {
			assertEquals(0, NetPresentValue.of(NetFlows.of(net), rate), 1e-9);
		}
	}

	@Test
	void ratesNearMinus100PercentOverLongHorizons() {
		// -1, 1, nothing until -5000 in period 199 and 100 in period 200. With x = 1/(1 + r):
		// NPV = -1 + x + 100x^199(x - 50), negative for 0 < x < 50 and zero at x = 50 up to
		// (1 - x)/(100x^199), about 1e-340, so r = 1/50 - 1 = -98%. The NPV has an extremum at
		// x = 49.75, where x^200 exceeds the largest double: it must not pass for a touching root.
		double[] net = new double[201];
		net[0] = -1;
		net[1] = 1;
		net[199] = -5000;
		net[200] = 100;
		assertEquals(-0.98, uniqueRate(net), 1e-12);
	}

	@Test
	void onlyAUniqueRateIsOfferedAsTheRate() {
		assertEquals(OptionalDouble.of(0.10), new IrrResult.Unique(0.10).uniqueRate());
		assertEquals(OptionalDouble.empty(), new IrrResult.Multiple(List.of(0.10, 0.20)).uniqueRate());
		assertEquals(OptionalDouble.empty(), new IrrResult.None(Reason.NO_SIGN_CHANGE).uniqueRate());
	}

	@Test
	void multipleRatesAreSortedAndCopied() {
		List<Double> rates = new ArrayList<>(List.of(0.20, 0.10));
		IrrResult.Multiple multiple = new IrrResult.Multiple(rates);
		rates.clear();
		assertEquals(List.of(0.10, 0.20), multiple.rates());
		assertThrows(UnsupportedOperationException.class, () -> multiple.rates().add(0.3));
		assertThrows(IllegalArgumentException.class, () -> new IrrResult.Multiple(List.of(0.10)));
	}
}
