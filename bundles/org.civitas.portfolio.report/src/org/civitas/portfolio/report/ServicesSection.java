package org.civitas.portfolio.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.SubscriptionStatus;
import org.civitas.portfolio.model.TimeClassification;
import org.civitas.report.Block;
import org.civitas.report.ReportInput;
import org.civitas.report.SectionWriter;
import org.civitas.report.Tone;
import org.civitas.report.chart.ChartSpec;
import org.eclipse.osgi.util.NLS;

/**
 * The portfolio of services: each by functional and technical fit, coloured by its TIME class;
 * services by lifecycle stage; and the adoption matrix, agencies by services, each cell the
 * subscription's status.
 */
public final class ServicesSection extends PortfolioSection {

	/** Most agencies and services the adoption matrix shows; a larger portfolio is cut, and says so. */
	static final int MATRIX_LIMIT = 40;

	@Override
	void write(Portfolio portfolio, ReportInput input, SectionWriter out) {
		if (portfolio.getServices().isEmpty()) {
			out.nothing(Messages.Services_none);
			return;
		}
		out.heading(Messages.Services_fit);
		List<SharedService> assessed = portfolio.getServices().stream()
				.filter(service -> service.getFunctionalFit() > 0 && service.getTechnicalFit() > 0).toList();
		if (assessed.isEmpty()) {
			out.nothing(Messages.Services_noFit);
		} else {
			List<ChartSpec.Group> groups = new ArrayList<>();
			for (TimeClassification time : TimeClassification.values()) {
				groups.add(new ChartSpec.Group(PortfolioLabels.enumLabel(time), colour(time)));
			}
			out.chart(new ChartSpec.Points(Messages.Services_fitTitle, Messages.Services_technicalFit, Messages.Services_functionalFit,
					0.5, 5.5, 0.5, 5.5, assessed.stream().map(service -> new ChartSpec.Point(PortfolioLabels.caption(service),
							service.getTechnicalFit(), service.getFunctionalFit(), PortfolioLabels.enumLabel(service.getTimeClassification())))
							.toList(), groups));
			if (assessed.size() < portfolio.getServices().size()) {
				out.paragraph(NLS.bind(Messages.Services_notAssessed, portfolio.getServices().size() - assessed.size()));
			}
		}

		out.heading(Messages.Services_lifecycle);
		List<String> stages = new ArrayList<>();
		List<Double> counts = new ArrayList<>();
		for (LifecycleStage stage : LifecycleStage.values()) {
			stages.add(PortfolioLabels.enumLabel(stage));
			counts.add((double) portfolio.getServices().stream().filter(service -> service.getLifecycle() == stage).count());
		}
		out.chart(new ChartSpec.Bars(Messages.Services_lifecycleTitle, Messages.Services_stage, Messages.Services_count, stages,
				List.of(new ChartSpec.Series(Messages.Services_count, counts, null)), false));

		out.heading(Messages.Services_adoption);
		adoption(portfolio, out);
	}

	private static void adoption(Portfolio portfolio, SectionWriter out) {
		List<Agency> agencies = portfolio.getSubscriptions().stream().map(Subscription::getConsumer).filter(a -> a != null).distinct()
				.sorted(Comparator.comparing(PortfolioLabels::caption)).toList();
		if (agencies.isEmpty()) {
			out.nothing(Messages.Services_noSubscriptions);
			return;
		}
		List<SharedService> services = portfolio.getServices().stream().limit(MATRIX_LIMIT).toList();
		List<Agency> shown = agencies.stream().limit(MATRIX_LIMIT).toList();
		List<String> headers = new ArrayList<>();
		headers.add(Messages.Services_agency);
		services.forEach(service -> headers.add(PortfolioLabels.caption(service)));
		List<List<Block.Cell>> rows = new ArrayList<>();
		for (Agency agency : shown) {
			List<Block.Cell> row = new ArrayList<>();
			row.add(Figures.cell(PortfolioLabels.caption(agency)));
			for (SharedService service : services) {
				Subscription subscription = portfolio.getSubscriptions().stream()
						.filter(s -> s.getConsumer() == agency && s.getService() == service).findFirst().orElse(null);
				row.add(subscription == null ? Figures.cell("") //$NON-NLS-1$
						: Figures.cell(PortfolioLabels.enumLabel(subscription.getStatus()), tone(subscription.getStatus())));
			}
			rows.add(row);
		}
		out.table(new Block.Table(Messages.Services_adoptionCaption, headers, headers.stream().map(h -> false).toList(), rows));
		if (agencies.size() > shown.size() || portfolio.getServices().size() > services.size()) {
			out.paragraph(NLS.bind(Messages.Services_matrixCut, new Object[] { shown.size(), agencies.size(), services.size(),
					portfolio.getServices().size() }));
		}
	}

	private static Tone tone(SubscriptionStatus status) {
		return switch (status) {
		case LIVE -> Tone.GOOD;
		case MIGRATING, PLANNED -> Tone.WARNING;
		case WITHDRAWN -> Tone.NEUTRAL;
		};
	}

	private static String colour(TimeClassification time) {
		return switch (time) {
		case INVEST -> "#2e7d32"; //$NON-NLS-1$
		case TOLERATE -> "#2f6db5"; //$NON-NLS-1$
		case MIGRATE -> "#d98c1f"; //$NON-NLS-1$
		case ELIMINATE -> "#c0392b"; //$NON-NLS-1$
		case UNCLASSIFIED -> "#8c959f"; //$NON-NLS-1$
		};
	}
}
