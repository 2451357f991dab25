package org.civitas.portfolio.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.BestPractice;
import org.civitas.portfolio.model.Benchmark;
import org.civitas.portfolio.model.CommunityEvent;
import org.civitas.portfolio.model.CommunityOfPractice;
import org.civitas.portfolio.model.CommunityProblem;
import org.civitas.portfolio.model.ImplementationCase;
import org.civitas.portfolio.model.Initiative;
import org.civitas.portfolio.model.InitiativeKind;
import org.civitas.portfolio.model.InitiativeStatus;
import org.civitas.portfolio.model.Peer;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.ProblemStatus;
import org.civitas.portfolio.model.Toolkit;
import org.civitas.report.Block;
import org.civitas.report.ReportInput;
import org.civitas.report.SectionWriter;
import org.civitas.report.Tone;
import org.eclipse.osgi.util.NLS;

/**
 * Innovation and community: technology scans and pilots with their outcomes; then the community
 * of practice: peers and their expertise, events, implementation cases, toolkits, problems open
 * and solved, benchmarks against peers, and best practices by strategy.
 */
public final class InnovationSection extends PortfolioSection {

	@Override
	void write(Portfolio portfolio, ReportInput input, SectionWriter out) {
		out.heading(Messages.Innovation_initiatives);
		List<Initiative> initiatives = portfolio.getInitiatives().stream()
				.filter(i -> i.getKind() == InitiativeKind.TECHNOLOGY_SCAN || i.getKind() == InitiativeKind.PILOT).toList();
		table(out, initiatives, Messages.Innovation_noInitiatives, List.of(Messages.Innovation_initiative, Messages.Innovation_kind,
				Messages.Innovation_status, Messages.Innovation_technology, Messages.Innovation_outcome), initiative -> List.of(
						Figures.cell(PortfolioLabels.caption(initiative)), Figures.cell(PortfolioLabels.enumLabel(initiative.getKind())),
						Figures.cell(PortfolioLabels.enumLabel(initiative.getStatus()), tone(initiative.getStatus())),
						Figures.cell(text(initiative.getTechnology())), Figures.cell(text(initiative.getOutcome()))));

		CommunityOfPractice community = portfolio.getCommunity();
		out.heading(Messages.Innovation_community);
		if (community == null) {
			out.nothing(Messages.Innovation_noCommunity);
			return;
		}
		out.keyFigures(List.of(new Block.KeyFigure(Messages.Innovation_peers, Integer.toString(community.getPeers().size()), "", Tone.NEUTRAL), //$NON-NLS-1$
				new Block.KeyFigure(Messages.Innovation_events, Integer.toString(community.getEvents().size()), "", Tone.NEUTRAL), //$NON-NLS-1$
				new Block.KeyFigure(Messages.Innovation_cases, Integer.toString(community.getCases().size()), "", Tone.NEUTRAL), //$NON-NLS-1$
				new Block.KeyFigure(Messages.Innovation_openProblems,
						Long.toString(community.getProblems().stream().filter(p -> p.getStatus() == ProblemStatus.OPEN).count()),
						NLS.bind(Messages.Innovation_ofProblems, community.getProblems().size()), Tone.NEUTRAL)));
		out.heading(Messages.Innovation_peers);
		table(out, community.getPeers(), Messages.Innovation_noPeers, List.of(Messages.Innovation_peer, Messages.Innovation_organization,
				Messages.Innovation_expertise), (Peer peer) -> List.of(Figures.cell(PortfolioLabels.caption(peer)),
						Figures.cell(text(peer.getOrganizationName())), Figures.cell(text(peer.getExpertise()))));
		out.heading(Messages.Innovation_events);
		table(out, community.getEvents(), Messages.Innovation_noEvents, List.of(Messages.Innovation_event, Messages.Innovation_kind,
				Messages.Innovation_date, Messages.Innovation_participants), (CommunityEvent event) -> List.of(
						Figures.cell(PortfolioLabels.caption(event)), Figures.cell(PortfolioLabels.enumLabel(event.getKind())),
						Figures.cell(Figures.date(event.getDate())), Figures.cell(Integer.toString(event.getParticipants().size()))));
		out.heading(Messages.Innovation_cases);
		table(out, community.getCases(), Messages.Innovation_noCases, List.of(Messages.Innovation_case, Messages.Innovation_jurisdiction,
				Messages.Innovation_lessons), (ImplementationCase implementation) -> List.of(Figures.cell(PortfolioLabels.caption(implementation)),
						Figures.cell(text(implementation.getJurisdiction())), Figures.cell(text(implementation.getLessons()),
								text(implementation.getLessons()).isEmpty() ? Tone.WARNING : Tone.NEUTRAL)));
		out.heading(Messages.Innovation_toolkits);
		table(out, community.getToolkits(), Messages.Innovation_noToolkits, List.of(Messages.Innovation_toolkit, Messages.Innovation_location),
				(Toolkit toolkit) -> List.of(Figures.cell(PortfolioLabels.caption(toolkit)), Figures.cell(text(toolkit.getLocation()))));
		out.heading(Messages.Innovation_problems);
		table(out, community.getProblems(), Messages.Innovation_noProblems, List.of(Messages.Innovation_problem, Messages.Innovation_status,
				Messages.Innovation_solvedBy), (CommunityProblem problem) -> List.of(Figures.cell(PortfolioLabels.caption(problem)),
						Figures.cell(PortfolioLabels.enumLabel(problem.getStatus()), problem.getStatus() == ProblemStatus.OPEN ? Tone.WARNING : Tone.GOOD),
						Figures.cell(problem.getSolvedBy().stream().map(PortfolioLabels::caption).collect(Collectors.joining(", "))))); //$NON-NLS-1$
		out.heading(Messages.Innovation_benchmarks);
		table(out, community.getBenchmarks(), Messages.Innovation_noBenchmarks, List.of(Messages.Innovation_benchmark,
				Messages.Innovation_metric, Messages.Innovation_value, Messages.Innovation_jurisdiction, Messages.Innovation_year),
				(Benchmark benchmark) -> List.of(Figures.cell(PortfolioLabels.caption(benchmark)), Figures.cell(text(benchmark.getMetric())),
						Figures.cell(Figures.number(benchmark.getValue()) + (benchmark.getUnit() == null ? "" : ' ' + benchmark.getUnit())), //$NON-NLS-1$
						Figures.cell(text(benchmark.getJurisdiction())),
						Figures.cell(benchmark.getYear() == 0 ? "" : Integer.toString(benchmark.getYear())))); //$NON-NLS-1$
		out.heading(Messages.Innovation_practices);
		table(out, community.getPractices(), Messages.Innovation_noPractices, List.of(Messages.Innovation_practice, Messages.Innovation_strategies),
				(BestPractice practice) -> List.of(Figures.cell(PortfolioLabels.caption(practice)),
						Figures.cell(String.join(", ", practice.getStrategies())))); //$NON-NLS-1$
	}

	/** A table of the elements, or the one line that says there are none. */
	private static <T> void table(SectionWriter out, List<T> elements, String none, List<String> headers,
			Function<T, List<Block.Cell>> row) {
		if (elements.isEmpty()) {
			out.nothing(none);
			return;
		}
		List<List<Block.Cell>> rows = new ArrayList<>();
		elements.forEach(element -> rows.add(row.apply(element)));
		out.table(new Block.Table("", headers, headers.stream().map(h -> false).toList(), rows)); //$NON-NLS-1$
	}

	private static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	private static Tone tone(InitiativeStatus status) {
		return switch (status) {
		case SUCCEEDED -> Tone.GOOD;
		case FAILED -> Tone.ALARM;
		default -> Tone.NEUTRAL;
		};
	}
}
