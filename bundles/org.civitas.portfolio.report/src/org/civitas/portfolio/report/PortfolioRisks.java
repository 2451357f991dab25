package org.civitas.portfolio.report;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.Risk;

/** The portfolio's risks against its own appetite. */
final class PortfolioRisks {

	private PortfolioRisks() {
	}

	/** Whether the risk's residual level is above the level the portfolio accepts without escalation. */
	static boolean aboveAppetite(Portfolio portfolio, Risk risk) {
		return risk.getResidualLevel() != null && portfolio.getRiskAppetite() != null
				&& risk.getResidualLevel().getValue() > portfolio.getRiskAppetite().getValue();
	}
}
