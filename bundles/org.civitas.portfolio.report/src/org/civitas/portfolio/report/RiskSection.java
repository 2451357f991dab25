package org.civitas.portfolio.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.Mitigation;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.RiskLevel;
import org.civitas.portfolio.model.derived.RiskRating;
import org.civitas.report.Block;
import org.civitas.report.ReportInput;
import org.civitas.report.SectionWriter;
import org.civitas.report.Tone;
import org.eclipse.osgi.util.NLS;

/**
 * The risks: inherent and residual heat maps (likelihood × impact, each cell coloured by the
 * level the portfolio's own thresholds give its score), the top risks with their mitigations,
 * owners and dates, and the risks whose residual level is above the portfolio's appetite.
 */
public final class RiskSection extends PortfolioSection {

	/** How many risks the top list shows. */
	static final int TOP = 10;

	@Override
	void write(Portfolio portfolio, ReportInput input, SectionWriter out) {
		if (portfolio.getRisks().isEmpty()) {
			out.nothing(Messages.Risk_none);
			return;
		}
		out.paragraph(NLS.bind(Messages.Risk_thresholds, new Object[] { portfolio.getMediumRiskFrom(), portfolio.getHighRiskFrom(),
				portfolio.getCriticalRiskFrom(), PortfolioLabels.enumLabel(portfolio.getRiskAppetite()) }));
		heatMap(portfolio, Messages.Risk_inherent, Risk::getLikelihood, Risk::getImpact, out);
		heatMap(portfolio, Messages.Risk_residual, Risk::getResidualLikelihood, Risk::getResidualImpact, out);

		out.heading(NLS.bind(Messages.Risk_top, Math.min(TOP, portfolio.getRisks().size())));
		List<List<Block.Cell>> rows = new ArrayList<>();
		for (Risk risk : topRisks(portfolio)) {
			rows.add(List.of(new Block.Cell(PortfolioLabels.caption(risk), Tone.NEUTRAL, Anchors.of(risk), null),
					Figures.cell(PortfolioLabels.enumLabel(risk.getCategory())),
					level(risk.getLevel(), risk.getScore()), level(risk.getResidualLevel(), risk.getResidualScore()),
					Figures.cell(risk.getOwner() == null ? Messages.Risk_noOwner : PortfolioLabels.caption(risk.getOwner()),
							risk.getOwner() == null ? Tone.WARNING : Tone.NEUTRAL),
					Figures.cell(mitigations(risk))));
		}
		out.table(new Block.Table("", List.of(Messages.Risk_risk, Messages.Risk_category, Messages.Risk_inherentLevel, //$NON-NLS-1$
				Messages.Risk_residualLevel, Messages.Risk_owner, Messages.Risk_mitigations), List.of(false, false, false, false, false, false),
				rows));

		out.heading(Messages.Risk_aboveAppetite);
		List<Block.Cell> above = portfolio.getRisks().stream().filter(risk -> PortfolioRisks.aboveAppetite(portfolio, risk))
				.map(risk -> new Block.Cell(NLS.bind(Messages.Risk_aboveAppetiteItem, PortfolioLabels.caption(risk),
						PortfolioLabels.enumLabel(risk.getResidualLevel())), Tone.ALARM, null, Anchors.of(risk)))
				.toList();
		if (above.isEmpty()) {
			out.nothing(NLS.bind(Messages.Risk_noneAboveAppetite, PortfolioLabels.enumLabel(portfolio.getRiskAppetite())));
		} else {
			out.items(above);
		}
	}

	/** The risks by residual score, then inherent score, highest first. */
	static List<Risk> topRisks(Portfolio portfolio) {
		return portfolio.getRisks().stream().sorted(Comparator.comparingInt(Risk::getResidualScore).thenComparingInt(Risk::getScore)
				.reversed()).limit(TOP).toList();
	}

	/**
	 * The heat map: impact from 5 down to 1 in rows, likelihood from 1 to 5 in columns, each cell
	 * the risks there, coloured by the level of its score; then the risks not rated on these scales.
	 */
	private static void heatMap(Portfolio portfolio, String caption, ToIntFunction<Risk> likelihood, ToIntFunction<Risk> impact,
			SectionWriter out) {
		out.table(heatMapTable(portfolio, caption, likelihood, impact));
		String unrated = portfolio.getRisks().stream()
				.filter(risk -> RiskRating.score(likelihood.applyAsInt(risk), impact.applyAsInt(risk)) == 0)
				.map(PortfolioLabels::caption).collect(Collectors.joining(", ")); //$NON-NLS-1$
		if (!unrated.isEmpty()) {
			out.paragraph(NLS.bind(Messages.Risk_notRated, unrated));
		}
	}

	private static Block.Table heatMapTable(Portfolio portfolio, String caption, ToIntFunction<Risk> likelihood,
			ToIntFunction<Risk> impact) {
		List<String> headers = new ArrayList<>();
		headers.add(Messages.Risk_impactByLikelihood);
		for (int l = 1; l <= 5; l++) {
			headers.add(Integer.toString(l));
		}
		List<List<Block.Cell>> rows = new ArrayList<>();
		for (int i = 5; i >= 1; i--) {
			List<Block.Cell> row = new ArrayList<>();
			row.add(Figures.cell(Integer.toString(i)));
			for (int l = 1; l <= 5; l++) {
				int cellImpact = i;
				int cellLikelihood = l;
				String names = portfolio.getRisks().stream()
						.filter(risk -> likelihood.applyAsInt(risk) == cellLikelihood && impact.applyAsInt(risk) == cellImpact)
						.map(PortfolioLabels::caption).collect(Collectors.joining("; ")); //$NON-NLS-1$
				row.add(Figures.cell(names, tone(RiskRating.level(portfolio, RiskRating.score(l, i)))));
			}
			rows.add(row);
		}
		return new Block.Table(caption, headers, List.of(false, false, false, false, false, false), rows, true);
	}

	private static Block.Cell level(RiskLevel level, int score) {
		return Figures.cell(NLS.bind(Messages.Risk_levelAndScore, PortfolioLabels.enumLabel(level), score), tone(level));
	}

	static Tone tone(RiskLevel level) {
		if (level == null) {
			return Tone.NEUTRAL;
		}
		return switch (level) {
		case LOW -> Tone.GOOD;
		case MEDIUM -> Tone.WARNING;
		case HIGH, CRITICAL -> Tone.ALARM;
		};
	}

	private static String mitigations(Risk risk) {
		if (risk.getMitigations().isEmpty()) {
			return Messages.Risk_noMitigations;
		}
		return risk.getMitigations().stream().map(RiskSection::mitigation).collect(Collectors.joining("; ")); //$NON-NLS-1$
	}

	private static String mitigation(Mitigation mitigation) {
		StringBuilder text = new StringBuilder(PortfolioLabels.caption(mitigation)).append(" (") //$NON-NLS-1$
				.append(PortfolioLabels.enumLabel(mitigation.getStatus()));
		if (mitigation.getDueDate() != null) {
			text.append(", ").append(NLS.bind(Messages.Risk_due, Figures.date(mitigation.getDueDate()))); //$NON-NLS-1$
		}
		if (mitigation.getOwner() != null) {
			text.append(", ").append(PortfolioLabels.caption(mitigation.getOwner())); //$NON-NLS-1$
		}
		return text.append(')').toString();
	}
}
