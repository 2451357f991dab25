package org.civitas.portfolio.model.derived;

import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civitas.finance.CashFlows;
import org.civitas.finance.InternalRateOfReturn;
import org.civitas.finance.IrrResult;
import org.civitas.finance.NetPresentValue;
import org.civitas.finance.Payback;
import org.civitas.finance.ReturnOnInvestment;
import org.civitas.portfolio.model.BusinessCase;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.YearlyCashFlow;
import org.eclipse.osgi.util.NLS;

/**
 * The figures of a business case (F5), computed by the finance engine from its yearly cash
 * flows. Several entries for one period add up. The discount rate is the case's own, else
 * the portfolio's. Figures that do not exist (no single IRR, never paid back, no costs) are
 * {@code null}; a case with invalid amounts has an NPV of NaN and says why in
 * {@link #irrExplanation}.
 */
public final class BusinessCaseAnalysis {

	private BusinessCaseAnalysis() {
	}

	public static double npv(BusinessCase businessCase) {
		try {
			return NetPresentValue.of(flows(businessCase), discountRate(businessCase));
		} catch (IllegalArgumentException invalid) {
			return Double.NaN;
		}
	}

	public static Double irr(BusinessCase businessCase) {
		return figureOf(businessCase, flows -> InternalRateOfReturn.of(flows).uniqueRate());
	}

	/** Why the case has no single IRR, or {@code null} when it has one. */
	public static String irrExplanation(BusinessCase businessCase) {
		IrrResult result;
		try {
			result = InternalRateOfReturn.of(flows(businessCase));
		} catch (IllegalArgumentException invalid) {
			return NLS.bind(Messages.BusinessCase_invalidFlows, invalid.getMessage());
		}
		if (result instanceof IrrResult.Multiple multiple) {
			return NLS.bind(Messages.BusinessCase_severalRates,
					multiple.rates().stream().map(BusinessCaseAnalysis::percent).collect(Collectors.joining(", "))); //$NON-NLS-1$
		}
		if (result instanceof IrrResult.None none) {
			return switch (none.reason()) {
			case ALL_ZERO -> Messages.BusinessCase_noFlows;
			case NO_SIGN_CHANGE -> Messages.BusinessCase_noSignChange;
			case NO_ROOT_IN_RANGE -> NLS.bind(Messages.BusinessCase_noRateInRange,
					percent(InternalRateOfReturn.LOWEST_RATE), percent(InternalRateOfReturn.HIGHEST_RATE));
			};
		}
		return null;
	}

	public static Double simplePayback(BusinessCase businessCase) {
		return figureOf(businessCase, Payback::simple);
	}

	public static Double discountedPayback(BusinessCase businessCase) {
		double rate = discountRate(businessCase);
		return figureOf(businessCase, flows -> Payback.discounted(flows, rate));
	}

	public static Double roi(BusinessCase businessCase) {
		return figureOf(businessCase, ReturnOnInvestment::of);
	}

	/** The case's own rate, else its portfolio's, else the metamodel's default portfolio rate. */
	public static double discountRate(BusinessCase businessCase) {
		if (businessCase.getDiscountRate() != null) {
			return businessCase.getDiscountRate();
		}
		Portfolio portfolio = Containers.portfolioOf(businessCase);
		if (portfolio != null) {
			return portfolio.getDiscountRate();
		}
		return (Double) PortfolioPackage.Literals.PORTFOLIO__DISCOUNT_RATE.getDefaultValue();
	}

	/** The case's streams by period; periods without an entry are zero. */
	public static CashFlows flows(BusinessCase businessCase) {
		int periods = businessCase.getCashFlows().stream().mapToInt(YearlyCashFlow::getPeriod).max().orElse(0) + 1;
		double[] investment = new double[periods];
		double[] operatingCost = new double[periods];
		double[] benefits = new double[periods];
		for (YearlyCashFlow flow : businessCase.getCashFlows()) {
			if (flow.getPeriod() < 0) {
				throw new IllegalArgumentException(NLS.bind(Messages.BusinessCase_negativePeriod, flow.getPeriod()));
			}
			investment[flow.getPeriod()] += flow.getInvestment();
			operatingCost[flow.getPeriod()] += flow.getOperatingCost();
			benefits[flow.getPeriod()] += flow.getBenefits();
		}
		return CashFlows.of(investment, operatingCost, benefits);
	}

	/** A figure that may not exist; a case with invalid amounts has none. */
	private static Double figureOf(BusinessCase businessCase, Function<CashFlows, OptionalDouble> figure) {
		try {
			OptionalDouble value = figure.apply(flows(businessCase));
			return value.isPresent() ? value.getAsDouble() : null;
		} catch (IllegalArgumentException invalid) {
			return null;
		}
	}

	private static String percent(double rate) {
		return String.format("%.2f%%", rate * 100); //$NON-NLS-1$
	}
}
