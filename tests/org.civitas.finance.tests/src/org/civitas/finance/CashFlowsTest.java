package org.civitas.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CashFlowsTest {

	@Test
	void netIsBenefitsMinusInvestmentMinusOperatingCost() {
		CashFlows flows = CashFlows.of(new double[] { 1000, 50 }, new double[] { 0, 100 }, new double[] { 0, 400 });
		// period 0: 0 - 1000 - 0 = -1000; period 1: 400 - 50 - 100 = 250
		assertArrayEquals(new double[] { -1000, 250 }, flows.net());
		assertEquals(250, flows.net(1));
	}

	@Test
	void shorterStreamsArePaddedWithZeros() {
		CashFlows flows = CashFlows.of(new double[] { 1000 }, new double[] { 0, 100, 100 }, new double[] { 0, 600 });
		assertEquals(3, flows.periods());
		assertEquals(2, flows.lastPeriod());
		assertArrayEquals(new double[] { 1000, 0, 0 }, flows.investment());
		assertArrayEquals(new double[] { 0, 600, 0 }, flows.benefits());
		// period 2: 0 - 0 - 100
		assertArrayEquals(new double[] { -1000, 500, -100 }, flows.net());
	}

	@Test
	void aCaseWithoutAmountsHasOneZeroPeriod() {
		CashFlows flows = CashFlows.of(new double[0], new double[0], new double[0]);
		assertEquals(1, flows.periods());
		assertArrayEquals(new double[] { 0 }, flows.net());
	}

	@Test
	void arraysAreCopiedInAndOut() {
		double[] investment = { 1000 };
		CashFlows flows = CashFlows.of(investment, new double[0], new double[] { 0, 600 });
		investment[0] = 1;
		flows.investment()[0] = 2;
		flows.net()[0] = 3;
		assertEquals(1000, flows.investment(0));
		assertEquals(-1000, flows.net(0));
	}

	@ParameterizedTest
	@CsvSource({
			"investment, 2, -0.01",
			"operating cost, 1, NaN",
			"benefits, 0, Infinity",
			"benefits, 3, -Infinity" })
	void rejectsAmountsThatAreNegativeOrNotFinite(String stream, int period, double amount) {
		double[] investment = { 100, 0, 0, 0 };
		double[] operatingCost = { 0, 10, 10, 10 };
		double[] benefits = { 0, 50, 50, 50 };
		double[] wrong = switch (stream) {
		case "investment" -> investment;
		case "operating cost" -> operatingCost;
		default -> benefits;
		};
		wrong[period] = amount;

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> CashFlows.of(investment, operatingCost, benefits));
		assertTrue(error.getMessage().startsWith(stream + " at period " + period + " "), error.getMessage());
	}

	@Test
	void rejectsAMissingStream() {
		NullPointerException error = assertThrows(NullPointerException.class,
				() -> CashFlows.of(new double[0], null, new double[0]));
		assertEquals("operating cost stream is null", error.getMessage());
	}

	@Test
	void rejectsPeriodsOutsideTheFlows() {
		CashFlows flows = NetFlows.of(-100, 50);
		assertThrows(IndexOutOfBoundsException.class, () -> flows.net(2));
		assertThrows(IndexOutOfBoundsException.class, () -> flows.benefits(-1));
	}

	@Test
	void equalStreamsMakeEqualCashFlows() {
		CashFlows flows = CashFlows.of(new double[] { 100 }, new double[] { 0, 10 }, new double[] { 0, 80 });
		CashFlows padded = CashFlows.of(new double[] { 100, 0 }, new double[] { 0, 10 }, new double[] { 0, 80 });
		CashFlows longer = CashFlows.of(new double[] { 100, 0, 0 }, new double[] { 0, 10 }, new double[] { 0, 80 });
		assertEquals(flows, padded);
		assertEquals(flows.hashCode(), padded.hashCode());
		// a trailing zero period still counts: it changes the horizon of the ROI
		assertNotEquals(flows, longer);
	}
}
