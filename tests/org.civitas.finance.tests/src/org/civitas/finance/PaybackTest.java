package org.civitas.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class PaybackTest {

	private static void assertPayback(double expected, OptionalDouble actual) {
		assertEquals(expected, actual.orElseThrow(), 1e-9);
	}

	@Test
	void simplePaybackIsFractionalWithinThePeriodOfRecovery() {
		// cumulative: -1000, -700, -300, +200; recovered in period 3, which needs 300 of its 500:
		// 2 + 300/500 = 2.6
		assertPayback(2.6, Payback.simple(NetFlows.of(-1000, 300, 400, 500)));
	}

	@Test
	void breakingEvenExactlyAtTheEndOfAPeriodCountsAsRecovered() {
		// cumulative: -1000, -500, 0: 1 + 500/500 = 2
		assertPayback(2, Payback.simple(NetFlows.of(-1000, 500, 500, 500)));
	}

	@Test
	void discountedPaybackUsesTheDiscountedNetFlows() {
		// at 10%: -1000, 500/1.1 = 454.55, 500/1.21 = 413.22, 500/1.331 = 375.66;
		// cumulative: -1000, -545.45, -132.23, +243.43: 2 + 132.23/375.66 = 2.352
		assertPayback(2.352, Payback.discounted(NetFlows.of(-1000, 500, 500, 500), 0.10));
	}

	@Test
	void discountedPaybackAtZeroPercentIsTheSimplePayback() {
		CashFlows flows = NetFlows.of(-1000, 300, 400, 500);
		assertEquals(Payback.simple(flows), Payback.discounted(flows, 0));
	}

	@Test
	void notPaidBackWithinTheFlows() {
		// cumulative: -1000, -700, -400, -100
		assertEquals(OptionalDouble.empty(), Payback.simple(NetFlows.of(-1000, 300, 300, 300)));
		// paid back undiscounted in 2.6 periods, but the NPV at 10% is -21.04, so the discounted
		// cumulative ends below zero
		assertEquals(OptionalDouble.empty(), Payback.discounted(NetFlows.of(-1000, 300, 400, 500), 0.10));
	}

	@Test
	void nothingToPayBackMeansPaybackZero() {
		assertPayback(0, Payback.simple(NetFlows.of(0, 100, 100)));
		assertPayback(0, Payback.simple(NetFlows.of(0, 0)));
		// cumulative: 100, 50, 150: never negative
		assertPayback(0, Payback.discounted(NetFlows.of(100, -50, 100), 0.10));
	}

	@Test
	void anInvestmentAfterPeriodZeroIsPaidBackFromWhereItStarts() {
		// cumulative: 0, -100, -50, +50: 2 + 50/100 = 2.5
		assertPayback(2.5, Payback.simple(NetFlows.of(0, -100, 50, 100)));
	}

	@Test
	void theFirstRecoveryCountsEvenIfTheCumulativeDipsAgain() {
		// cumulative: -100, +50, -50, +100: first recovered in period 1, 0 + 100/150 = 0.667;
		// the reinvestment in period 2 does not move the payback
		assertPayback(100.0 / 150, Payback.simple(NetFlows.of(-100, 150, -100, 150)));
		// cumulative: -100, +50, -50, -20: the case ends below zero, yet it was paid back once
		assertPayback(100.0 / 150, Payback.simple(NetFlows.of(-100, 150, -100, 30)));
	}

	@Test
	void rejectsInvalidDiscountRates() {
		CashFlows flows = NetFlows.of(-100, 150);
		assertThrows(IllegalArgumentException.class, () -> Payback.discounted(flows, -1));
		assertThrows(IllegalArgumentException.class, () -> Payback.discounted(flows, Double.NaN));
	}
}
