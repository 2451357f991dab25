package org.civitas.finance;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The figures of a business case at one discount rate, as computed by
 * {@link CashFlows#analyze(double)}.
 *
 * @param discountRate      the rate used for the NPV, the discounted payback and the discounted ROI
 * @param npv               {@link NetPresentValue#of(CashFlows, double)} at the discount rate
 * @param irr               {@link InternalRateOfReturn#of(CashFlows)}
 * @param simplePayback     {@link Payback#simple(CashFlows)}; empty if not paid back within the flows
 * @param discountedPayback {@link Payback#discounted(CashFlows, double)} at the discount rate
 * @param roi               {@link ReturnOnInvestment#of(CashFlows)} over all periods; empty without
 *                          costs
 * @param discountedRoi     {@link ReturnOnInvestment#discounted(CashFlows, double)} over all periods
 *                          at the discount rate
 */
public record BusinessCaseFigures(double discountRate, double npv, IrrResult irr, OptionalDouble simplePayback,
		OptionalDouble discountedPayback, OptionalDouble roi, OptionalDouble discountedRoi) {

	public BusinessCaseFigures {
		Objects.requireNonNull(irr, "irr");
		Objects.requireNonNull(simplePayback, "simplePayback");
		Objects.requireNonNull(discountedPayback, "discountedPayback");
		Objects.requireNonNull(roi, "roi");
		Objects.requireNonNull(discountedRoi, "discountedRoi");
	}
}
