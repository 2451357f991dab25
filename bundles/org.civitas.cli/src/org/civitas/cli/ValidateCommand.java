package org.civitas.cli;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.RuleExtensions;
import org.civitas.validation.RuleRegistry;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.civitas.validation.ValidationResult;
import org.civitas.validation.report.ReportFormat;
import org.civitas.validation.report.ValidationReport;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civitas validate FILE... [--profile P] [--format F] [--output O] [--fail-on S]}:
 * validates portfolios with every installed rule (batch mode) under a profile, writes a report
 * in one of the report formats, and exits with 3 when a finding is at or above the severity to
 * fail on, so that a CI job can stop on it. A file that cannot be read is named on standard
 * error and the others are validated; the exit code is then 1.
 */
@Command(name = "validate")
final class ValidateCommand extends CivitasCommand {

	@Parameters(paramLabel = "FILE", descriptionKey = "operands", arity = "1..*")
	private List<String> files;

	@Option(names = "--profile", paramLabel = "FILE")
	private String profileFile;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
	private String formatKey;

	@Option(names = "--output", paramLabel = "FILE")
	private String output;

	@Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error")
	private String failOnKey;

	@Override
	void run() throws CommandException {
		ReportFormat format = format(formatKey);
		Severity failOn = severity(failOnKey);
		List<String> inputs = new ArrayList<>(files);
		if (profileFile != null) {
			inputs.add(profileFile);
		}
		OutputFiles.requireNotAnInput(output, inputs);
		RuleRegistry rules = RuleExtensions.registry(Platform.getExtensionRegistry());
		ValidationProfile profile = ProfileFiles.read(profileFile, rules);

		Batch batch = batch();
		List<Portfolio> portfolios = new ArrayList<>();
		List<String> read = new ArrayList<>();
		for (String file : files) {
			batch.each(() -> {
				portfolios.add(PortfolioFiles.load(file));
				read.add(file);
			});
		}
		if (portfolios.isEmpty()) {
			batch.finish();
		}
		ModelValidator validator = new ModelValidator(rules, profile);
		ValidationResult result = validator.validate(portfolios, ValidationMode.BATCH);
		ValidationReport.Builder report = ValidationReport.builder(result).failOn(failOn)
				.title(portfolios.size() == 1 ? portfolios.get(0).getName() : NLS.bind(Messages.ValidateCommand_title, portfolios.size()))
				.profile(profileFile == null ? Messages.ValidateCommand_defaultProfile : profileFile)
				// A CI job runs in its checkout: files are named relative to it for code scanning.
				.sourceRoot(Path.of("").toAbsolutePath()) //$NON-NLS-1$
				.toolInformationUri(Product.boardGuide());
		for (int i = 0; i < portfolios.size(); i++) {
			report.file(portfolios.get(i).eResource(), read.get(i));
		}
		ValidationReport built = report.build();
		OutputFiles.write(output, out, stream -> format.write(built, stream));
		if (built.failed()) {
			batch.failed(CommandException.findings(MessageFormat.format(Messages.ValidateCommand_failed, built.findings().stream()
					.filter(reported -> built.fails(reported.finding().severity())).count(), failOn.key())));
		}
		batch.finish();
	}

	private static ReportFormat format(String key) throws CommandException {
		try {
			return ReportFormat.of(key);
		} catch (IllegalArgumentException unknown) {
			throw CommandException.usage(unknown.getMessage());
		}
	}

	private static Severity severity(String key) throws CommandException {
		try {
			return Severity.of(key);
		} catch (IllegalArgumentException unknown) {
			throw CommandException.usage(NLS.bind(Messages.ValidateCommand_badSeverity, key));
		}
	}
}
