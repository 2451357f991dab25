package org.civitas.portfolio.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.civitas.finance.CashFlows;
import org.civitas.finance.NetPresentValue;
import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.BusinessCase;
import org.civitas.portfolio.model.ChargebackRate;
import org.civitas.portfolio.model.CostEntry;
import org.civitas.portfolio.model.CostPhase;
import org.civitas.portfolio.model.CostStatement;
import org.civitas.portfolio.model.FundingModel;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.Reinvestment;
import org.civitas.portfolio.model.ReinvestmentDecision;
import org.civitas.portfolio.model.derived.BusinessCaseAnalysis;
import org.civitas.report.Block;
import org.civitas.report.ReportInput;
import org.civitas.report.SectionWriter;
import org.civitas.report.Tone;
import org.civitas.report.chart.ChartSpec;
import org.eclipse.osgi.util.NLS;

/**
 * The money: every business case's figures as the finance engine computes them (an IRR that is
 * not one rate is said so, never invented) with its cumulative discounted cash flow; costs from
 * baseline to post-migration per agency and category with the savings; funding models and
 * chargeback rates; reinvestment decisions.
 */
public final class FinanceSection extends PortfolioSection {

	private static final String NPV_COLOUR = "#2f6db5"; //$NON-NLS-1$
	/** Most cash-flow charts the pack draws: those of the business cases with the largest NPV, in size. */
	static final int MOST_CHARTS = 6;

	@Override
	void write(Portfolio portfolio, ReportInput input, SectionWriter out) {
		String currency = portfolio.getCurrency();
		out.heading(Messages.Finance_businessCases);
		if (portfolio.getBusinessCases().isEmpty()) {
			out.nothing(Messages.Finance_noBusinessCases);
		} else {
			businessCases(portfolio, currency, out);
		}
		out.heading(Messages.Finance_costs);
		costs(portfolio, currency, out);
		out.heading(Messages.Finance_funding);
		funding(portfolio, currency, out);
		out.heading(Messages.Finance_reinvestments);
		reinvestments(portfolio, currency, out);
	}

	private static void businessCases(Portfolio portfolio, String currency, SectionWriter out) {
		List<List<Block.Cell>> rows = new ArrayList<>();
		for (BusinessCase businessCase : portfolio.getBusinessCases()) {
			double npv = businessCase.getNpv();
			rows.add(List.of(new Block.Cell(PortfolioLabels.caption(businessCase), Tone.NEUTRAL, Anchors.of(businessCase), null),
					Figures.cell(Figures.percent(BusinessCaseAnalysis.discountRate(businessCase))),
					Figures.cell(Double.isFinite(npv) ? Figures.money(npv, currency) : Messages.Finance_undefined,
							Double.isFinite(npv) && npv < 0 ? Tone.WARNING : Tone.NEUTRAL),
					Figures.cell(businessCase.getIrr() != null ? Figures.percent(businessCase.getIrr()) : businessCase.getIrrExplanation()),
					Figures.cell(Figures.years(businessCase.getSimplePayback())),
					Figures.cell(Figures.years(businessCase.getDiscountedPayback())),
					Figures.cell(businessCase.getRoi() != null ? Figures.percent(businessCase.getRoi()) : Messages.Finance_undefined)));
		}
		out.table(new Block.Table("", List.of(Messages.Finance_case, Messages.Finance_rate, Messages.Finance_npv, Messages.Finance_irr, //$NON-NLS-1$
				Messages.Finance_simplePayback, Messages.Finance_discountedPayback, Messages.Finance_roi),
				List.of(false, true, true, true, true, true, true), rows));
		List<BusinessCase> charted = portfolio.getBusinessCases().stream()
				.sorted(Comparator.comparingDouble((BusinessCase c) -> Double.isFinite(c.getNpv()) ? -Math.abs(c.getNpv()) : 0))
				.limit(MOST_CHARTS).toList();
		if (charted.size() < portfolio.getBusinessCases().size()) {
			out.paragraph(NLS.bind(Messages.Finance_chartsOfLargest, charted.size(), portfolio.getBusinessCases().size()));
		}
		for (BusinessCase businessCase : charted) {
			CashFlows flows = BusinessCaseAnalysis.flows(businessCase);
			if (flows.periods() == 0) {
				out.nothing(NLS.bind(Messages.Finance_noCashFlows, PortfolioLabels.caption(businessCase)));
				continue;
			}
			double[] cumulative = NetPresentValue.cumulative(flows, BusinessCaseAnalysis.discountRate(businessCase));
			int start = businessCase.getStartFiscalYear();
			List<String> years = IntStream.range(0, cumulative.length)
					.mapToObj(t -> start > 0 ? Integer.toString(start + t) : Integer.toString(t)).toList();
			List<Double> values = new ArrayList<>();
			for (double value : cumulative) {
				values.add(value);
			}
			out.chart(new ChartSpec.Lines(NLS.bind(Messages.Finance_cumulativeTitle, PortfolioLabels.caption(businessCase)),
					start > 0 ? Messages.Finance_fiscalYear : Messages.Finance_period, currency,
					years, List.of(new ChartSpec.Series(Messages.Finance_cumulative, values, NPV_COLOUR)),
					List.of(new ChartSpec.Mark(Messages.Finance_breakEven, 0, "#57606a")))); //$NON-NLS-1$
		}
	}

	/** Baseline, projected and post-migration costs per agency and category, with the saving. */
	private static void costs(Portfolio portfolio, String currency, SectionWriter out) {
		if (portfolio.getCostStatements().isEmpty()) {
			out.nothing(Messages.Finance_noCosts);
			return;
		}
		Map<String, double[]> byAgencyAndCategory = new TreeMap<>();
		for (CostStatement statement : portfolio.getCostStatements()) {
			String agency = statement.getAgency() == null ? Messages.Finance_noAgency : PortfolioLabels.caption(statement.getAgency());
			for (CostEntry entry : statement.getEntries()) {
				String key = agency + '\u0000' + PortfolioLabels.enumLabel(entry.getCategory());
				byAgencyAndCategory.computeIfAbsent(key, any -> new double[CostPhase.values().length])[statement.getPhase()
						.getValue()] += entry.getAmount();
			}
		}
		List<List<Block.Cell>> rows = new ArrayList<>();
		byAgencyAndCategory.forEach((key, amounts) -> {
			String[] parts = key.split("\u0000"); //$NON-NLS-1$
			double saving = amounts[CostPhase.BASELINE_VALUE] - amounts[CostPhase.POST_MIGRATION_VALUE];
			rows.add(List.of(Figures.cell(parts[0]), Figures.cell(parts[1]),
					Figures.cell(Figures.money(amounts[CostPhase.BASELINE_VALUE], currency)),
					Figures.cell(Figures.money(amounts[CostPhase.PROJECTED_VALUE], currency)),
					Figures.cell(Figures.money(amounts[CostPhase.POST_MIGRATION_VALUE], currency)),
					Figures.cell(Figures.money(saving, currency), saving > 0 ? Tone.GOOD : saving < 0 ? Tone.WARNING : Tone.NEUTRAL)));
		});
		Map<CostPhase, Double> totals = PortfolioMoney.totalsByPhase(portfolio);
		double baseline = totals.getOrDefault(CostPhase.BASELINE, 0.0);
		double after = totals.getOrDefault(CostPhase.POST_MIGRATION, 0.0);
		rows.add(List.of(Figures.cell(Messages.Finance_total), Figures.cell(""), //$NON-NLS-1$
				Figures.cell(Figures.money(baseline, currency)),
				Figures.cell(Figures.money(totals.getOrDefault(CostPhase.PROJECTED, 0.0), currency)),
				Figures.cell(Figures.money(after, currency)), Figures.cell(Figures.money(baseline - after, currency),
						baseline - after > 0 ? Tone.GOOD : Tone.NEUTRAL)));
		out.table(new Block.Table(Messages.Finance_costsCaption, List.of(Messages.Finance_agency, Messages.Finance_category,
				PortfolioLabels.enumLabel(CostPhase.BASELINE), PortfolioLabels.enumLabel(CostPhase.PROJECTED),
				PortfolioLabels.enumLabel(CostPhase.POST_MIGRATION), Messages.Finance_saving), List.of(false, false, true, true, true, true),
				rows));
	}

	private static void funding(Portfolio portfolio, String currency, SectionWriter out) {
		if (portfolio.getFundingModels().isEmpty()) {
			out.nothing(Messages.Finance_noFunding);
			return;
		}
		List<List<Block.Cell>> rows = new ArrayList<>();
		for (FundingModel model : portfolio.getFundingModels()) {
			String service = model.getService() == null ? "" : PortfolioLabels.caption(model.getService()); //$NON-NLS-1$
			if (model.getRates().isEmpty()) {
				rows.add(List.of(Figures.cell(PortfolioLabels.caption(model)), Figures.cell(PortfolioLabels.enumLabel(model.getKind())),
						Figures.cell(service), Figures.cell(Messages.Finance_noRates), Figures.cell(""))); //$NON-NLS-1$
			}
			for (ChargebackRate rate : model.getRates()) {
				rows.add(List.of(Figures.cell(PortfolioLabels.caption(model)), Figures.cell(PortfolioLabels.enumLabel(model.getKind())),
						Figures.cell(service), Figures.cell(NLS.bind(Messages.Finance_ratePer, Figures.money(rate.getRate(), currency),
								rate.getUnit())), Figures.cell(rate.getFiscalYear() == 0 ? "" : Integer.toString(rate.getFiscalYear())))); //$NON-NLS-1$
			}
		}
		out.table(new Block.Table("", List.of(Messages.Finance_fundingModel, Messages.Finance_kind, Messages.Finance_service, //$NON-NLS-1$
				Messages.Finance_chargeback, Messages.Finance_fiscalYear), List.of(false, false, false, true, true), rows));
	}

	private static void reinvestments(Portfolio portfolio, String currency, SectionWriter out) {
		if (portfolio.getReinvestments().isEmpty()) {
			out.nothing(Messages.Finance_noReinvestments);
			return;
		}
		List<List<Block.Cell>> rows = new ArrayList<>();
		for (Reinvestment reinvestment : portfolio.getReinvestments()) {
			boolean undecided = reinvestment.getDecision() == ReinvestmentDecision.UNDECIDED;
			rows.add(List.of(Figures.cell(Integer.toString(reinvestment.getFiscalYear())),
					Figures.cell(Figures.money(reinvestment.getAmount(), currency)),
					Figures.cell(reinvestment.getSource() == null ? "" : PortfolioLabels.caption(reinvestment.getSource())), //$NON-NLS-1$
					Figures.cell(PortfolioLabels.enumLabel(reinvestment.getDecision()), undecided ? Tone.WARNING : Tone.NEUTRAL),
					Figures.cell(reinvestment.getTarget() == null ? "" : PortfolioLabels.caption(reinvestment.getTarget())), //$NON-NLS-1$
					Figures.cell(reinvestment.getDecidedBy() == null ? "" : PortfolioLabels.caption(reinvestment.getDecidedBy())))); //$NON-NLS-1$
		}
		out.table(new Block.Table("", List.of(Messages.Finance_fiscalYear, Messages.Finance_amount, Messages.Finance_source, //$NON-NLS-1$
				Messages.Finance_decision, Messages.Finance_target, Messages.Finance_decidedBy),
				List.of(true, true, false, false, false, false), rows));
	}
}
