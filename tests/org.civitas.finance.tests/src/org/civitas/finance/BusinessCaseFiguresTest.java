package org.civitas.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class BusinessCaseFiguresTest {

	@Test
	void analyzeComputesEveryFigureAtTheDiscountRate() {
		CashFlows flows = NetFlows.of(-1000, 500, 500, 500);
		BusinessCaseFigures figures = flows.analyze(0.10);

		assertEquals(0.10, figures.discountRate());
		// -1000 + 454.55 + 413.22 + 375.66 = 243.43
		assertEquals(243.43, figures.npv(), 0.005);
		// -1000 + 500/1.23375 + 500/1.23375^2 + 500/1.23375^3 = -1000 + 405.27 + 328.49 + 266.25 = 0.00
		assertEquals(0.23375, figures.irr().uniqueRate().orElseThrow(), 0.00001);
		// cumulative -1000, -500, 0
		assertEquals(OptionalDouble.of(2), figures.simplePayback());
		// 2 + 132.23/375.66
		assertEquals(2.352, figures.discountedPayback().orElseThrow(), 1e-9);
		// (1500 - 1000) / 1000
		assertEquals(OptionalDouble.of(0.5), figures.roi());
		// (1243.43 - 1000) / 1000
		assertEquals(0.24343, figures.discountedRoi().orElseThrow(), 0.00001);
	}

	@Test
	void analyzeRejectsInvalidDiscountRates() {
		assertThrows(IllegalArgumentException.class, () -> NetFlows.of(-1000, 500).analyze(-1));
	}
}
