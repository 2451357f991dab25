package org.civitas.portfolio.model.derived;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.RiskLevel;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Risk scores and levels: the score is likelihood x impact (1-25); the level compares it
 * with the thresholds of the portfolio that contains the risk, or with the metamodel's
 * default thresholds for a risk outside any portfolio.
 */
public final class RiskRating {

	private RiskRating() {
	}

	/** 0 when likelihood or impact is not rated (outside 1-5). */
	public static int score(int likelihood, int impact) {
		if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
			return 0;
		}
		return likelihood * impact;
	}

	/** The level of a score; a score of 0 (not rated) is {@link RiskLevel#LOW}. */
	public static RiskLevel level(EObject risk, int score) {
		Portfolio portfolio = Containers.portfolioOf(risk);
		if (score >= threshold(portfolio, PortfolioPackage.Literals.PORTFOLIO__CRITICAL_RISK_FROM)) {
			return RiskLevel.CRITICAL;
		}
		if (score >= threshold(portfolio, PortfolioPackage.Literals.PORTFOLIO__HIGH_RISK_FROM)) {
			return RiskLevel.HIGH;
		}
		if (score >= threshold(portfolio, PortfolioPackage.Literals.PORTFOLIO__MEDIUM_RISK_FROM)) {
			return RiskLevel.MEDIUM;
		}
		return RiskLevel.LOW;
	}

	private static int threshold(Portfolio portfolio, EAttribute threshold) {
		Object value = portfolio != null ? portfolio.eGet(threshold) : threshold.getDefaultValue();
		return (Integer) value;
	}
}
