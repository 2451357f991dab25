package org.civitas.portfolio.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.DimensionScore;
import org.civitas.portfolio.model.MaturityAssessment;
import org.civitas.portfolio.model.MaturityDimension;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.derived.ScaleMaturity;
import org.civitas.report.Block;
import org.civitas.report.ReportInput;
import org.civitas.report.SectionWriter;
import org.civitas.report.Tone;
import org.eclipse.osgi.util.NLS;

/**
 * Maturity: per service its latest assessment's score in each dimension, against the maturity
 * its scale needs (a scaling service, or one live for many agencies, needs a managed practice).
 */
public final class MaturitySection extends PortfolioSection {

	@Override
	void write(Portfolio portfolio, ReportInput input, SectionWriter out) {
		if (portfolio.getServices().isEmpty()) {
			out.nothing(Messages.Services_none);
			return;
		}
		out.paragraph(NLS.bind(Messages.Maturity_needed, ScaleMaturity.TO_SCALE, ScaleMaturity.MANY_AGENCIES));
		List<String> headers = new ArrayList<>(List.of(Messages.Maturity_service, Messages.Maturity_level, Messages.Maturity_neededHeader));
		for (MaturityDimension dimension : MaturityDimension.values()) {
			headers.add(PortfolioLabels.enumLabel(dimension));
		}
		headers.add(Messages.Maturity_assessed);
		List<List<Block.Cell>> rows = new ArrayList<>();
		for (SharedService service : portfolio.getServices()) {
			int needed = ScaleMaturity.needed(service);
			List<Block.Cell> row = new ArrayList<>();
			row.add(Figures.cell(PortfolioLabels.caption(service)));
			row.add(Figures.cell(service.getMaturityLevel() == 0 ? Messages.Maturity_notAssessed : Integer.toString(service.getMaturityLevel()),
					needed > 0 && service.getMaturityLevel() < needed ? Tone.ALARM : Tone.NEUTRAL));
			row.add(Figures.cell(needed == 0 ? "" : Integer.toString(needed))); //$NON-NLS-1$
			MaturityAssessment latest = portfolio.getMaturityAssessments().stream().filter(a -> a.getService() == service)
					.max(Comparator.comparing(a -> a.getDate() == null ? new Date(0) : a.getDate())).orElse(null);
			for (MaturityDimension dimension : MaturityDimension.values()) {
				int level = latest == null ? 0 : latest.getScores().stream().filter(score -> score.getDimension() == dimension)
						.mapToInt(DimensionScore::getLevel).max().orElse(0);
				row.add(Figures.cell(level == 0 ? "" : Integer.toString(level), //$NON-NLS-1$
						level > 0 && needed > 0 && level < needed ? Tone.WARNING : Tone.NEUTRAL));
			}
			row.add(Figures.cell(latest == null ? Messages.Maturity_never : Figures.date(latest.getDate())));
			rows.add(row);
		}
		out.table(new Block.Table("", headers, headers.stream().map(h -> false).toList(), rows)); //$NON-NLS-1$
	}
}
