package org.civitas.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.report.BoardPack;
import org.civitas.report.Report;
import org.civitas.report.ReportSections;
import org.civitas.report.html.HtmlReport;
import org.civitas.report.pdf.PdfReport;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.RuleExtensions;
import org.civitas.validation.RuleRegistry;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.civitas.validation.ValidationResult;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civitas report MODEL [--format html|pdf] [--output FILE] [--sections ID,...] [--profile P]
 * [--title T] [--paper A4|letter]}: the board pack of a portfolio, validated under the profile, as
 * one self-contained HTML file or as PDF. The file is written whole or not at all.
 */
@Command(name = "report")
final class ReportCommand extends CivitasCommand {

	@Parameters(paramLabel = "MODEL", descriptionKey = "operands")
	private String model;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html")
	private String format;

	@Option(names = "--output", paramLabel = "FILE")
	private String output;

	@Option(names = "--sections", paramLabel = "ID", split = ",", completionCandidates = InstalledSections.class)
	private List<String> sections = List.of();

	@Option(names = "--profile", paramLabel = "FILE")
	private String profileFile;

	@Option(names = "--title", paramLabel = "T")
	private String title;

	@Option(names = "--paper", paramLabel = "PAPER", defaultValue = "A4")
	private String paper;

	@Override
	void run() throws CommandException {
		if (!format.equals("html") && !format.equals("pdf")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw CommandException.usage(NLS.bind(Messages.ReportCommand_badFormat, format));
		}
		if (!paper.equalsIgnoreCase("A4") && !paper.equalsIgnoreCase("letter")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw CommandException.usage(NLS.bind(Messages.ReportCommand_badPaper, paper));
		}
		ReportSections installed = ReportSections.installed();
		for (String id : sections) {
			if (installed.section(id).isEmpty()) {
				throw CommandException.usage(NLS.bind(Messages.ReportCommand_unknownSection, id,
						String.join(", ", installed.all().stream().map(ReportSections.Descriptor::id).toList()))); //$NON-NLS-1$
			}
		}
		Path target = Path.of(output != null ? output : defaultOutput());
		List<String> inputs = new ArrayList<>(List.of(model));
		if (profileFile != null) {
			inputs.add(profileFile);
		}
		OutputFiles.requireNotAnInput(target.toString(), inputs);
		RuleRegistry rules = RuleExtensions.registry(Platform.getExtensionRegistry());
		ValidationProfile profile = ProfileFiles.read(profileFile, rules);
		Portfolio portfolio = PortfolioFiles.load(model);
		ValidationResult validation = new ModelValidator(rules, profile).validate(List.of(portfolio), ValidationMode.BATCH);
		Report report;
		try {
			report = BoardPack.of(portfolio, model, Path.of(model).getFileName().toString(), saved(),
					LocalDate.now(ZoneId.systemDefault()), validation, title, sections);
		} catch (CoreException broken) {
			throw CommandException.failure(broken.getStatus().getMessage());
		}
		OutputFiles.write(target.toString(), out, stream -> {
			if (format.equals("pdf")) { //$NON-NLS-1$
				PdfReport.write(report, paper.equalsIgnoreCase("letter") ? "letter" : "A4", stream); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else {
				stream.write(HtmlReport.of(report, HtmlReport.Options.BROWSER).getBytes(StandardCharsets.UTF_8));
			}
		});
		out.println(NLS.bind(Messages.ReportCommand_written, new Object[] { target, report.sections().size(), size(target) }));
	}

	/** The ids of the sections installed, for the help to list. */
	static final class InstalledSections implements Iterable<String> {
		@Override
		public Iterator<String> iterator() {
			return ReportSections.installed().all().stream().map(ReportSections.Descriptor::id).iterator();
		}
	}

	private String defaultOutput() {
		String stem = Path.of(model).getFileName().toString().replaceFirst("\\.[^.]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return stem + "-board-pack." + format; //$NON-NLS-1$
	}

	/** When the model file last changed, {@code null} when that cannot be known. */
	private LocalDate saved() {
		try {
			return Files.getLastModifiedTime(Path.of(model)).toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
		} catch (IOException unknown) {
			return null;
		}
	}

	private static String size(Path file) {
		try {
			return String.format("%,d", Files.size(file)); //$NON-NLS-1$
		} catch (IOException unknown) {
			return "?"; //$NON-NLS-1$
		}
	}
}
