package org.civitas.portfolio.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.report.Report;
import org.civitas.report.ReportInput;
import org.civitas.report.ReportSections;
import org.civitas.validation.ValidationResult;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

/**
 * A portfolio's board pack, as the command line and the workbench make it alike: the installed
 * sections (or some of them) over the portfolio validated under the board's profile, titled
 * with the portfolio and the model file it was read from.
 */
public final class BoardPack {

	private BoardPack() {
	}

	/**
	 * @param modelFile the model file on disk, for the diagrams beside it
	 * @param fileName the model file's name as the pack names it
	 * @param saved when the model file last changed, {@code null} when unknown
	 * @param title the title, {@code null} for "Board pack: PORTFOLIO"
	 * @param sections the ids of the sections, none for all
	 */
	public static Report of(Portfolio portfolio, String modelFile, String fileName, LocalDate saved, LocalDate today,
			ValidationResult validation, String title, List<String> sections) throws CoreException {
		ReportInput input = new ReportInput(portfolio, modelFile, today).with(ValidationResult.class, validation);
		List<String> subtitle = new ArrayList<>();
		subtitle.add(portfolio.getJurisdiction() == null || portfolio.getJurisdiction().isBlank() ? portfolio.getName()
				: NLS.bind(Messages.BoardPack_portfolioOf, portfolio.getName(), portfolio.getJurisdiction()));
		subtitle.add(NLS.bind(Messages.BoardPack_modelLine, new Object[] { fileName, saved == null ? "?" : saved, today })); //$NON-NLS-1$
		return ReportSections.installed().report(title != null ? title : NLS.bind(Messages.BoardPack_title, portfolio.getName()),
				subtitle, input, sections);
	}
}
