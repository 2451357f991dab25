package org.civitas.portfolio.report;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.report.ReportInput;
import org.civitas.report.ReportSection;
import org.civitas.report.SectionWriter;

/** A section of a portfolio's board pack: it applies to portfolios only. */
abstract class PortfolioSection implements ReportSection {

	@Override
	public final boolean appliesTo(ReportInput input) {
		return input.root() instanceof Portfolio;
	}

	@Override
	public final void write(ReportInput input, SectionWriter out) {
		write((Portfolio) input.root(), input, out);
	}

	abstract void write(Portfolio portfolio, ReportInput input, SectionWriter out);
}
