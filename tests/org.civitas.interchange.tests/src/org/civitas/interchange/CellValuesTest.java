package org.civitas.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as spreadsheets and people type them, read strictly: what cannot be a number is refused. */
class CellValuesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "3800000|3800000", "3.8E6|3800000", "1,250|1250", "1,250,000.50|1250000.50",
			"1.250.000,50|1250000.50", "12,5|12.5", "2 140|2140", "1'234|1234", "$1,250,000.00|1250000.00",
			"€ 1.234,50|1234.50", "1.234,50 €|1234.50", "USD 40,000|40000", "40000 EUR|40000", "(15,000)|-15000",
			"-€ 250|-250", "12%|0.12", "3.5 %|0.035", "0.035|0.035" })
	void numbersAsTyped(String typed, String value) throws CellValues.Refused {
		assertEquals(0, new BigDecimal(value).compareTo(CellValues.number(typed)), typed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12 units", "1,2,3", "1.2.3,4.5", "12,34,567", "abc", "1O0", "€", "--5", "1,25,0" })
	void whatCannotBeANumberIsRefused(String typed) {
		assertThrows(CellValues.Refused.class, () -> CellValues.number(typed), typed);
	}
}
