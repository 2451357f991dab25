package org.civitas.portfolio.report;

import java.util.EnumMap;
import java.util.Map;

import org.civitas.portfolio.model.BusinessCase;
import org.civitas.portfolio.model.CostPhase;
import org.civitas.portfolio.model.CostStatement;
import org.civitas.portfolio.model.Portfolio;

/** The portfolio's money as a whole: total NPV, costs by phase and the savings against the baseline. */
final class PortfolioMoney {

	/**
	 * The saving of post-migration costs against the baseline.
	 *
	 * @param known whether both a baseline and post-migration costs are recorded
	 */
	record Savings(boolean known, double amount, double fraction) {
	}

	private PortfolioMoney() {
	}

	/** The sum of the business cases' NPVs (a case whose NPV cannot be computed adds nothing). */
	static double totalNpv(Portfolio portfolio) {
		return portfolio.getBusinessCases().stream().mapToDouble(BusinessCase::getNpv).filter(Double::isFinite).sum();
	}

	static Map<CostPhase, Double> totalsByPhase(Portfolio portfolio) {
		Map<CostPhase, Double> totals = new EnumMap<>(CostPhase.class);
		for (CostStatement statement : portfolio.getCostStatements()) {
			totals.merge(statement.getPhase(), statement.getTotal(), Double::sum);
		}
		return totals;
	}

	static Savings savings(Portfolio portfolio) {
		Map<CostPhase, Double> totals = totalsByPhase(portfolio);
		Double baseline = totals.get(CostPhase.BASELINE);
		Double after = totals.get(CostPhase.POST_MIGRATION);
		if (baseline == null || after == null || baseline <= 0) {
			return new Savings(false, 0, 0);
		}
		return new Savings(true, baseline - after, (baseline - after) / baseline);
	}
}
