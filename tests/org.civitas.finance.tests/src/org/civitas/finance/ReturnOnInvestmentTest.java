package org.civitas.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnOnInvestmentTest {

	/** Invest 1000 now, then run it for three years at 100 a year for 600 a year of savings. */
	private static final CashFlows SHARED_SERVICE = CashFlows.of(
			new double[] { 1000 },
			new double[] { 0, 100, 100, 100 },
			new double[] { 0, 600, 600, 600 });

	private static void assertRoi(double expected, OptionalDouble actual) {
		assertEquals(expected, actual.orElseThrow(), 1e-9);
	}

	@Test
	void roiOverAllPeriods() {
		// costs 1000 + 3 * 100 = 1300, benefits 3 * 600 = 1800: (1800 - 1300) / 1300 = 0.3846
		assertRoi(500.0 / 1300, ReturnOnInvestment.of(SHARED_SERVICE));
	}

	@Test
	void roiOverAShorterHorizon() {
		// periods 0..2: costs 1000 + 200 = 1200, benefits 1200: 0
		assertRoi(0, ReturnOnInvestment.of(SHARED_SERVICE, 2));
		// period 0 alone: costs 1000, benefits 0: -1 (all lost)
		assertRoi(-1, ReturnOnInvestment.of(SHARED_SERVICE, 0));
		assertEquals(ReturnOnInvestment.of(SHARED_SERVICE), ReturnOnInvestment.of(SHARED_SERVICE, 3));
	}

	@Test
	void discountedRoi() {
		// at 10%, periods 1..3 weigh 1/1.1 + 1/1.21 + 1/1.331 = 2.48685:
		// costs 1000 + 100 * 2.48685 = 1248.69, benefits 600 * 2.48685 = 1492.11:
		// (1492.11 - 1248.69) / 1248.69 = 0.19495
		assertEquals(0.19495, ReturnOnInvestment.discounted(SHARED_SERVICE, 0.10).orElseThrow(), 0.00001);
		// periods 0..1: costs 1000 + 100/1.1 = 1090.91, benefits 600/1.1 = 545.45: -0.5
		assertRoi(-0.5, ReturnOnInvestment.discounted(SHARED_SERVICE, 1, 0.10));
	}

	@Test
	void roiWithoutCostsIsUndefined() {
		CashFlows benefitsOnly = CashFlows.of(new double[0], new double[0], new double[] { 0, 50 });
		assertEquals(OptionalDouble.empty(), ReturnOnInvestment.of(benefitsOnly));
		assertEquals(OptionalDouble.empty(), ReturnOnInvestment.discounted(benefitsOnly, 0.10));
		// the only cost is in period 3, beyond the horizon
		assertEquals(OptionalDouble.empty(),
				ReturnOnInvestment.of(CashFlows.of(new double[] { 0, 0, 0, 10 }, new double[0], new double[] { 0, 50 }), 2));
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 4 })
	void rejectsHorizonsOutsideThePeriods(int horizon) {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> ReturnOnInvestment.of(SHARED_SERVICE, horizon));
		assertEquals("horizon must be between 0 and the last period 3, was " + horizon, error.getMessage());
		assertThrows(IllegalArgumentException.class, () -> ReturnOnInvestment.discounted(SHARED_SERVICE, horizon, 0.10));
	}

	@Test
	void rejectsInvalidDiscountRates() {
		assertThrows(IllegalArgumentException.class, () -> ReturnOnInvestment.discounted(SHARED_SERVICE, -2));
	}
}
