package org.civitas.portfolio.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.DecisionRight;
import org.civitas.portfolio.model.EngagementPlan;
import org.civitas.portfolio.model.GovernanceBody;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.Stakeholder;
import org.civitas.portfolio.model.Stance;
import org.civitas.report.Block;
import org.civitas.report.ReportInput;
import org.civitas.report.SectionWriter;
import org.civitas.report.Tone;
import org.civitas.report.chart.ChartSpec;
import org.eclipse.osgi.util.NLS;

/**
 * Governance and stakeholders: the governance structure diagram, who decides what over which
 * service, the stakeholder map (influence by stance), and the engagement plans with their next
 * dates.
 */
public final class GovernanceSection extends PortfolioSection {

	/** Most governance bodies a diagram in the pack shows; a larger structure is read in Civitas. */
	static final int MOST_BODIES_DRAWN = 30;

	@Override
	void write(Portfolio portfolio, ReportInput input, SectionWriter out) {
		out.heading(Messages.Governance_structure);
		if (portfolio.getGovernanceBodies().isEmpty()) {
			out.nothing(Messages.Governance_noBodies);
		} else {
			if (portfolio.getGovernanceBodies().size() <= MOST_BODIES_DRAWN) {
				PackDiagrams.of(input, "governance", Messages.Governance_diagram).ifPresent(out::figure); //$NON-NLS-1$
			} else {
				out.paragraph(NLS.bind(Messages.Governance_tooLargeToDraw, portfolio.getGovernanceBodies().size()));
			}
			List<List<Block.Cell>> rows = new ArrayList<>();
			for (GovernanceBody body : portfolio.getGovernanceBodies()) {
				for (DecisionRight right : body.getDecisionRights()) {
					rows.add(List.of(new Block.Cell(PortfolioLabels.caption(body), Tone.NEUTRAL, Anchors.of(body), null),
							Figures.cell(PortfolioLabels.enumLabel(right.getKind())),
							Figures.cell(right.getScope() == null ? "" : right.getScope()), //$NON-NLS-1$
							Figures.cell(right.getServices().isEmpty() ? Messages.Governance_allServices
									: right.getServices().stream().map(PortfolioLabels::caption).collect(Collectors.joining(", "))))); //$NON-NLS-1$
				}
			}
			out.heading(Messages.Governance_decisionRights);
			if (rows.isEmpty()) {
				out.nothing(Messages.Governance_noDecisionRights);
			} else {
				out.table(new Block.Table("", List.of(Messages.Governance_body, Messages.Governance_decides, Messages.Governance_scope, //$NON-NLS-1$
						Messages.Governance_over), List.of(false, false, false, false), rows));
			}
		}

		out.heading(Messages.Governance_stakeholders);
		if (portfolio.getStakeholders().isEmpty()) {
			out.nothing(Messages.Governance_noStakeholders);
		} else {
			List<ChartSpec.Group> groups = List.of(new ChartSpec.Group(PortfolioLabels.enumLabel(Stance.SUPPORTER), "#2e7d32"), //$NON-NLS-1$
					new ChartSpec.Group(PortfolioLabels.enumLabel(Stance.NEUTRAL), "#8c959f"), //$NON-NLS-1$
					new ChartSpec.Group(PortfolioLabels.enumLabel(Stance.RESISTANT), "#c0392b")); //$NON-NLS-1$
			List<ChartSpec.Point> points = new ArrayList<>();
			for (Stakeholder stakeholder : portfolio.getStakeholders()) {
				points.add(new ChartSpec.Point(PortfolioLabels.caption(stakeholder), stanceAxis(stakeholder.getStance()),
						stakeholder.getInfluence(), PortfolioLabels.enumLabel(stakeholder.getStance())));
			}
			out.chart(new ChartSpec.Points(Messages.Governance_mapTitle, Messages.Governance_stanceAxis, Messages.Governance_influence,
					0.5, 3.5, 0, 5.5, points, groups));
		}

		out.heading(Messages.Governance_engagement);
		if (portfolio.getEngagementPlans().isEmpty()) {
			out.nothing(Messages.Governance_noPlans);
			return;
		}
		Date today = Date.from(input.date().atStartOfDay(ZoneId.systemDefault()).toInstant());
		List<List<Block.Cell>> plans = new ArrayList<>();
		for (EngagementPlan plan : portfolio.getEngagementPlans()) {
			boolean overdue = plan.getNextDate() != null && plan.getNextDate().before(today);
			plans.add(List.of(Figures.cell(PortfolioLabels.caption(plan)), Figures.cell(PortfolioLabels.enumLabel(plan.getKind())),
					Figures.cell(plan.getAudience().stream().map(PortfolioLabels::caption).collect(Collectors.joining(", "))), //$NON-NLS-1$
					Figures.cell(plan.getOwner() == null ? "" : PortfolioLabels.caption(plan.getOwner())), //$NON-NLS-1$
					Figures.cell(Figures.date(plan.getLastDate())),
					Figures.cell(plan.getNextDate() == null ? Messages.Governance_noNextDate : Figures.date(plan.getNextDate()),
							overdue || plan.getNextDate() == null ? Tone.WARNING : Tone.NEUTRAL)));
		}
		out.table(new Block.Table("", List.of(Messages.Governance_plan, Messages.Governance_kind, Messages.Governance_audience, //$NON-NLS-1$
				Messages.Governance_owner, Messages.Governance_last, Messages.Governance_next), List.of(false, false, false, false, false, false),
				plans));
	}

	/** Resistant on the left, neutral in the middle, supporters on the right. */
	private static double stanceAxis(Stance stance) {
		return switch (stance) {
		case RESISTANT -> 1;
		case NEUTRAL -> 2;
		case SUPPORTER -> 3;
		};
	}
}
