package org.civitas.portfolio.report;

import java.util.ArrayList;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.BusinessCase;
import org.civitas.portfolio.model.EngagementPlan;
import org.civitas.portfolio.model.Kpi;
import org.civitas.portfolio.model.KpiStatus;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.Reinvestment;
import org.civitas.portfolio.model.ReinvestmentDecision;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.SubscriptionStatus;
import org.civitas.portfolio.model.derived.KpiStatusRating;
import org.civitas.report.Block;
import org.civitas.report.ReportInput;
import org.civitas.report.SectionWriter;
import org.civitas.report.Tone;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationResult;
import org.eclipse.osgi.util.NLS;

/**
 * The first page a board reads: the portfolio's key figures, then what needs a decision now
 * (validation errors, KPIs in alarm, residual risks above the appetite, undecided reinvestments,
 * engagement plans overdue).
 */
public final class CoverSection extends PortfolioSection {

	@Override
	void write(Portfolio portfolio, ReportInput input, SectionWriter out) {
		String currency = portfolio.getCurrency();
		long agencies = portfolio.getOrganizations().stream().filter(Agency.class::isInstance).count();
		long live = portfolio.getSubscriptions().stream().filter(s -> s.getStatus() == SubscriptionStatus.LIVE).count();
		double npv = PortfolioMoney.totalNpv(portfolio);
		PortfolioMoney.Savings savings = PortfolioMoney.savings(portfolio);
		List<Block.KeyFigure> figures = new ArrayList<>();
		figures.add(new Block.KeyFigure(Messages.Cover_services, Long.toString(portfolio.getServices().size()), "", Tone.NEUTRAL)); //$NON-NLS-1$
		figures.add(new Block.KeyFigure(Messages.Cover_agencies, Long.toString(agencies), "", Tone.NEUTRAL)); //$NON-NLS-1$
		figures.add(new Block.KeyFigure(Messages.Cover_liveSubscriptions, Long.toString(live),
				NLS.bind(Messages.Cover_ofSubscriptions, portfolio.getSubscriptions().size()), Tone.NEUTRAL));
		figures.add(new Block.KeyFigure(Messages.Cover_totalNpv,
				portfolio.getBusinessCases().isEmpty() ? Messages.Cover_none : Figures.compactMoney(npv, currency),
				NLS.bind(Messages.Cover_ofBusinessCases, portfolio.getBusinessCases().size()),
				portfolio.getBusinessCases().isEmpty() ? Tone.NEUTRAL : npv >= 0 ? Tone.GOOD : Tone.WARNING));
		figures.add(savings.known()
				? new Block.KeyFigure(Messages.Cover_savings, Figures.compactMoney(savings.amount(), currency),
						NLS.bind(Messages.Cover_savingsNote, Figures.percent(savings.fraction())), savings.amount() > 0 ? Tone.GOOD : Tone.WARNING)
				: new Block.KeyFigure(Messages.Cover_savings, Messages.Cover_none, Messages.Cover_noSavings, Tone.NEUTRAL));
		out.keyFigures(figures);

		out.heading(Messages.Cover_decisions);
		List<Block.Cell> decisions = decisions(portfolio, input);
		if (decisions.isEmpty()) {
			out.nothing(Messages.Cover_noDecisions);
		} else {
			out.items(decisions);
		}
	}

	/** What needs a decision now, the most pressing first. */
	static List<Block.Cell> decisions(Portfolio portfolio, ReportInput input) {
		List<Block.Cell> decisions = new ArrayList<>();
		input.extra(ValidationResult.class).ifPresent(result -> {
			long errors = result.findings().stream().filter(finding -> finding.severity() == Severity.ERROR).count();
			if (errors > 0) {
				decisions.add(new Block.Cell(NLS.bind(Messages.Cover_validationErrors, errors), Tone.ALARM, null, null));
			}
		});
		for (Kpi kpi : portfolio.getKpis()) {
			if (kpi.getStatus() == KpiStatus.ALARM) {
				String latest = KpiStatusRating.latest(kpi).map(m -> Figures.number(m.getValue())).orElse(""); //$NON-NLS-1$
				decisions.add(new Block.Cell(NLS.bind(Messages.Cover_kpiInAlarm, new Object[] { PortfolioLabels.caption(kpi), latest,
						kpi.getAlarmThreshold() == null ? "" : Figures.number(kpi.getAlarmThreshold()) }), Tone.ALARM, null, //$NON-NLS-1$
						Anchors.of(kpi)));
			}
		}
		for (Risk risk : portfolio.getRisks()) {
			if (PortfolioRisks.aboveAppetite(portfolio, risk)) {
				decisions.add(new Block.Cell(NLS.bind(Messages.Cover_riskAboveAppetite, new Object[] { PortfolioLabels.caption(risk),
						PortfolioLabels.enumLabel(risk.getResidualLevel()), PortfolioLabels.enumLabel(portfolio.getRiskAppetite()) }),
						Tone.ALARM, null, Anchors.of(risk)));
			}
		}
		for (Reinvestment reinvestment : portfolio.getReinvestments()) {
			if (reinvestment.getDecision() == ReinvestmentDecision.UNDECIDED) {
				BusinessCase source = reinvestment.getSource();
				decisions.add(new Block.Cell(NLS.bind(Messages.Cover_undecidedReinvestment, new Object[] {
						Figures.money(reinvestment.getAmount(), portfolio.getCurrency()), reinvestment.getFiscalYear(),
						source == null ? Messages.Cover_unknownSource : PortfolioLabels.caption(source) }), Tone.WARNING, null, null));
			}
		}
		Date today = Date.from(input.date().atStartOfDay(ZoneId.systemDefault()).toInstant());
		for (EngagementPlan plan : portfolio.getEngagementPlans()) {
			if (plan.getNextDate() != null && plan.getNextDate().before(today)) {
				decisions.add(new Block.Cell(NLS.bind(Messages.Cover_engagementOverdue, PortfolioLabels.caption(plan),
						Figures.date(plan.getNextDate())), Tone.WARNING, null, null));
			}
		}
		return decisions;
	}
}
