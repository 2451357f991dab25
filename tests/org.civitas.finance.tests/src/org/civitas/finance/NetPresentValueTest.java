package org.civitas.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetPresentValueTest {

	@Test
	void textbookExampleAtTenPercent() {
		// -1000 + 300/1.1 + 400/1.1^2 + 500/1.1^3 = -1000 + 272.73 + 330.58 + 375.66 = -21.04
		assertEquals(-21.04, NetPresentValue.of(NetFlows.of(-1000, 300, 400, 500), 0.10), 0.005);
	}

	@Test
	void atZeroPercentItIsTheSumOfTheNetFlows() {
		// -1000 + 300 + 400 + 500 = 200
		assertEquals(200, NetPresentValue.of(NetFlows.of(-1000, 300, 400, 500), 0), 1e-9);
	}

	@Test
	void periodZeroIsNotDiscounted() {
		assertEquals(-1000, NetPresentValue.of(NetFlows.of(-1000), 0.25), 0);
		// 0 + 0 + 121/1.1^2 = 100
		assertEquals(100, NetPresentValue.of(NetFlows.of(0, 0, 121), 0.10), 1e-9);
	}

	@Test
	void negativeRatesAboveMinusOneAreAllowed() {
		// -100 + 150/(1 - 0.5) = -100 + 300 = 200
		assertEquals(200, NetPresentValue.of(NetFlows.of(-100, 150), -0.5), 1e-9);
	}

	@ParameterizedTest
	@ValueSource(doubles = { -1, -1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY })
	void rejectsRatesThatAreNotFiniteAndAboveMinusOne(double rate) {
		CashFlows flows = NetFlows.of(-100, 150);
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> NetPresentValue.of(flows, rate));
		assertEquals("discount rate must be finite and greater than -1 (-100%), was " + rate, error.getMessage());
	}
}
