package org.civitas.ui.emf.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

/** What the text fields and cells accept for each type, and what they say when they refuse. */
class TextConvertersTest {

	private final Catalog catalog = new Catalog();

	@Test
	void primitiveWholeNumberRequiresAWholeNumberInRange() {
		TextConverter count = converterOf(CatalogModel.COUNT);

		assertEquals("\"1.5\" is not a whole number.", count.problemWith("1.5"));
		assertEquals("A value is required.", count.problemWith(" "));
		assertEquals("-2147483649 is outside the allowed range, -2147483648 to 2147483647.",
				count.problemWith("-2147483649"));
		assertNull(count.problemWith(" 12 "));
		assertEquals(12, count.toValue(" 12 "));
		assertEquals("3", count.toText(3));
	}

	@Test
	void wrapperNumberTakesEmptyTextForNoValue() {
		TextConverter weight = converterOf(CatalogModel.WEIGHT);

		assertNull(weight.problemWith(""));
		assertNull(weight.toValue(""));
		assertEquals("", weight.toText(null));
		assertEquals(2.5, weight.toValue("2.5"));
		assertEquals("\"2,5\" is not a number.", weight.problemWith("2,5"));
	}

	@Test
	void narrowTypesSayTheirRange() {
		assertEquals("200 is outside the allowed range, -128 to 127.",
				NumberConverter.wholeNumber(Byte.MIN_VALUE, Byte.MAX_VALUE, BigInteger::byteValueExact).problemWith("200"));
		assertEquals("1e39 is too large for this property.",
				NumberConverter.decimal(Float::valueOf, value -> ((Float) value).isInfinite()).problemWith("1e39"));
	}

	@Test
	void bigDecimalKeepsItsDigits() {
		TextConverter price = converterOf(CatalogModel.PRICE);

		assertEquals(new BigDecimal("19.990"), price.toValue("19.990"));
		assertEquals("0.00001", price.toText(new BigDecimal("1E-5")));
	}

	@Test
	void datesAreCalendarDatesThatExist() {
		TextConverter since = converterOf(CatalogModel.SINCE);

		assertNull(since.problemWith("2024-02-29"));
		assertEquals("\"2023-02-29\" is not a date: write it as year-month-day, such as 2025-03-31.",
				since.problemWith("2023-02-29"));
		assertEquals("2024-02-29", since.toText(since.toValue("2024-02-29")));
		assertNull(since.toValue(""), "a date attribute may have no date");
	}

	private TextConverter converterOf(EStructuralFeature feature) {
		IItemPropertySource source = (IItemPropertySource) catalog.adapterFactory.adapt(catalog.water,
				IItemPropertySource.class);
		return TextConverters.forProperty(new PropertyTarget(catalog.water, source.getPropertyDescriptor(catalog.water,
				feature.getName())));
	}
}
