package org.civitas.portfolio.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.Kpi;
import org.civitas.portfolio.model.KpiNature;
import org.civitas.portfolio.model.KpiStatus;
import org.civitas.portfolio.model.Measurement;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.derived.KpiStatusRating;
import org.civitas.report.Block;
import org.civitas.report.ReportInput;
import org.civitas.report.SectionWriter;
import org.civitas.report.Tone;
import org.civitas.report.chart.ChartSpec;
import org.eclipse.osgi.util.NLS;

/**
 * The KPIs: tangible and intangible side by side, each with its status against target, warning
 * and alarm, its latest measurement, and a trend line of its measurements with the thresholds.
 */
public final class PerformanceSection extends PortfolioSection {

	/** Most trend charts per kind of KPI: those in alarm first, then warning, then the others. */
	static final int MOST_CHARTS = 12;

	@Override
	void write(Portfolio portfolio, ReportInput input, SectionWriter out) {
		if (portfolio.getKpis().isEmpty()) {
			out.nothing(Messages.Performance_none);
			return;
		}
		for (KpiNature nature : KpiNature.values()) {
			List<Kpi> kpis = portfolio.getKpis().stream().filter(kpi -> kpi.getNature() == nature).toList();
			out.heading(PortfolioLabels.enumLabel(nature));
			if (kpis.isEmpty()) {
				out.nothing(NLS.bind(Messages.Performance_noneOfNature, PortfolioLabels.enumLabel(nature).toLowerCase(Locale.ROOT)));
				continue;
			}
			List<List<Block.Cell>> rows = new ArrayList<>();
			for (Kpi kpi : kpis) {
				rows.add(List.of(new Block.Cell(PortfolioLabels.caption(kpi), Tone.NEUTRAL, Anchors.of(kpi), null),
						Figures.cell(kpi.getService() == null ? "" : PortfolioLabels.caption(kpi.getService())), //$NON-NLS-1$
						Figures.cell(PortfolioLabels.enumLabel(kpi.getDirection())), Figures.cell(threshold(kpi.getTarget(), kpi)),
						Figures.cell(threshold(kpi.getWarningThreshold(), kpi)), Figures.cell(threshold(kpi.getAlarmThreshold(), kpi)),
						Figures.cell(KpiStatusRating.latest(kpi).map(m -> NLS.bind(Messages.Performance_latest,
								Figures.number(m.getValue()), Figures.date(m.getPeriodEnd() != null ? m.getPeriodEnd() : m.getPeriodStart())))
								.orElse(Messages.Performance_noMeasurement)),
						Figures.cell(PortfolioLabels.enumLabel(kpi.getStatus()), tone(kpi.getStatus()))));
			}
			out.table(new Block.Table("", List.of(Messages.Performance_kpi, Messages.Performance_service, //$NON-NLS-1$
					Messages.Performance_direction, Messages.Performance_target, Messages.Performance_warning, Messages.Performance_alarm,
					Messages.Performance_latestHeader, Messages.Performance_status), List.of(false, false, false, true, true, true, true, false),
					rows));
			List<Kpi> trended = kpis.stream().filter(kpi -> kpi.getMeasurements().size() >= 2)
					.sorted(Comparator.comparingInt((Kpi kpi) -> -tone(kpi.getStatus()).ordinal())).toList();
			if (trended.size() > MOST_CHARTS) {
				out.paragraph(NLS.bind(Messages.Performance_trendsOfMost, MOST_CHARTS, trended.size()));
			}
			trended.stream().limit(MOST_CHARTS).forEach(kpi -> out.chart(trend(kpi)));
		}
	}

	private static String threshold(Double value, Kpi kpi) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		return kpi.getUnit() == null || kpi.getUnit().isBlank() ? Figures.number(value) : Figures.number(value) + ' ' + kpi.getUnit();
	}

	/** The KPI's measurements over time, with its target and thresholds as marks. */
	static ChartSpec trend(Kpi kpi) {
		List<Measurement> measurements = kpi.getMeasurements().stream()
				.sorted(Comparator.comparing(m -> m.getPeriodStart() == null ? new Date(0) : m.getPeriodStart())).toList();
		List<String> periods = measurements.stream().map(m -> Figures.date(m.getPeriodStart())).toList();
		List<Double> values = measurements.stream().map(Measurement::getValue).toList();
		List<ChartSpec.Mark> marks = new ArrayList<>();
		if (kpi.getTarget() != null) {
			marks.add(new ChartSpec.Mark(Messages.Performance_target, kpi.getTarget(), "#2e7d32")); //$NON-NLS-1$
		}
		if (kpi.getWarningThreshold() != null) {
			marks.add(new ChartSpec.Mark(Messages.Performance_warning, kpi.getWarningThreshold(), "#d98c1f")); //$NON-NLS-1$
		}
		if (kpi.getAlarmThreshold() != null) {
			marks.add(new ChartSpec.Mark(Messages.Performance_alarm, kpi.getAlarmThreshold(), "#c0392b")); //$NON-NLS-1$
		}
		return new ChartSpec.Lines(PortfolioLabels.caption(kpi), Messages.Performance_period,
				kpi.getUnit() == null ? "" : kpi.getUnit(), periods, //$NON-NLS-1$
				List.of(new ChartSpec.Series(PortfolioLabels.caption(kpi), values, "#2f6db5")), marks); //$NON-NLS-1$
	}

	static Tone tone(KpiStatus status) {
		return switch (status) {
		case ON_TARGET -> Tone.GOOD;
		case WARNING -> Tone.WARNING;
		case ALARM -> Tone.ALARM;
		case NO_DATA -> Tone.NEUTRAL;
		};
	}
}
