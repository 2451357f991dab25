package org.civitas.portfolio.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.MigrationPlan;
import org.civitas.portfolio.model.MigrationWave;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.report.Block;
import org.civitas.report.ReportInput;
import org.civitas.report.SectionWriter;
import org.civitas.report.Tone;
import org.civitas.report.chart.ChartSpec;
import org.eclipse.osgi.util.NLS;

/** The migration roadmap: the roadmap diagram, and per wave its dates, agencies, services, capacity and load. */
public final class RoadmapSection extends PortfolioSection {

	/** Most waves a roadmap diagram in the pack shows; a longer roadmap is read in Civitas. */
	static final int MOST_WAVES_DRAWN = 30;

	@Override
	void write(Portfolio portfolio, ReportInput input, SectionWriter out) {
		if (portfolio.getMigrationPlans().isEmpty()) {
			out.nothing(Messages.Roadmap_none);
			return;
		}
		int allWaves = portfolio.getMigrationPlans().stream().mapToInt(plan -> plan.getWaves().size()).sum();
		if (allWaves <= MOST_WAVES_DRAWN) {
			PackDiagrams.of(input, "roadmap", Messages.Roadmap_diagram).ifPresent(out::figure); //$NON-NLS-1$
		} else {
			out.paragraph(NLS.bind(Messages.Roadmap_tooLargeToDraw, allWaves));
		}
		for (MigrationPlan plan : portfolio.getMigrationPlans()) {
			out.heading(PortfolioLabels.caption(plan));
			if (plan.getWaves().isEmpty()) {
				out.nothing(NLS.bind(Messages.Roadmap_noWaves, PortfolioLabels.caption(plan)));
				continue;
			}
			List<List<Block.Cell>> rows = new ArrayList<>();
			List<String> waves = new ArrayList<>();
			List<Double> capacity = new ArrayList<>();
			List<Double> load = new ArrayList<>();
			for (MigrationWave wave : plan.getWaves()) {
				int agencies = wave.getAgencies().size();
				boolean over = wave.getCapacity() > 0 && agencies > wave.getCapacity();
				rows.add(List.of(new Block.Cell(PortfolioLabels.caption(wave), Tone.NEUTRAL, Anchors.of(wave), null),
						Figures.cell(Figures.date(wave.getStartDate())), Figures.cell(Figures.date(wave.getEndDate())),
						Figures.cell(wave.getAgencies().stream().map(PortfolioLabels::caption).collect(Collectors.joining(", "))), //$NON-NLS-1$
						Figures.cell(wave.getServices().stream().map(PortfolioLabels::caption).collect(Collectors.joining(", "))), //$NON-NLS-1$
						Figures.cell(wave.getCapacity() == 0 ? "" : Integer.toString(wave.getCapacity())), //$NON-NLS-1$
						Figures.cell(Integer.toString(agencies), over ? Tone.ALARM : Tone.NEUTRAL)));
				waves.add(PortfolioLabels.caption(wave));
				capacity.add((double) wave.getCapacity());
				load.add((double) agencies);
			}
			out.table(new Block.Table("", List.of(Messages.Roadmap_wave, Messages.Roadmap_start, Messages.Roadmap_end, //$NON-NLS-1$
					Messages.Roadmap_agencies, Messages.Roadmap_services, Messages.Roadmap_capacity, Messages.Roadmap_load),
					List.of(false, false, false, false, false, true, true), rows));
			out.chart(new ChartSpec.Bars(NLS.bind(Messages.Roadmap_loadTitle, PortfolioLabels.caption(plan)), Messages.Roadmap_wave,
					Messages.Roadmap_agenciesAxis, waves, List.of(new ChartSpec.Series(Messages.Roadmap_capacity, capacity, "#8c959f"), //$NON-NLS-1$
							new ChartSpec.Series(Messages.Roadmap_load, load, "#2f6db5")), //$NON-NLS-1$
					false));
		}
	}
}
