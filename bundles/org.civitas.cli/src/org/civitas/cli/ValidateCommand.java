package org.civitas.cli;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

/**
 * {@code civitas validate FILE... [--profile P] [--format F] [--output O] [--fail-on S]}:
 * validates portfolios with every installed rule (batch mode) under a profile, writes a report
 * in one of the report formats, and exits with 3 when a finding is at or above the severity to
 * fail on, so that a CI job can stop on it.
 */
final class ValidateCommand extends Command {

	private static final String PROFILE = "--profile"; //$NON-NLS-1$
	private static final String FORMAT = "--format"; //$NON-NLS-1$
	private static final String OUTPUT = "--output"; //$NON-NLS-1$
	private static final String FAIL_ON = "--fail-on"; //$NON-NLS-1$

	ValidateCommand() {
		super("validate", Messages.ValidateCommand_usage, Messages.ValidateCommand_purpose); //$NON-NLS-1$
	}

	@Override
	void run(List<String> words, PrintStream out) throws CommandException {
		Arguments arguments = new Arguments(words, Set.of(PROFILE, FORMAT, OUTPUT, FAIL_ON), Set.of());
		if (arguments.operands().isEmpty()) {
			throw CommandException.usage(Messages.ValidateCommand_noFiles);
		}
		ReportFormat format = format(arguments.value(FORMAT, "text")); //$NON-NLS-1$
		Severity failOn = severity(arguments.value(FAIL_ON, "error")); //$NON-NLS-1$
		String profileFile = arguments.value(PROFILE, null);
		RuleRegistry rules = RuleExtensions.registry(Platform.getExtensionRegistry());
		ValidationProfile profile = ProfileFiles.read(profileFile, rules);

		List<Portfolio> portfolios = new ArrayList<>();
		for (String file : arguments.operands()) {
			portfolios.add(PortfolioFiles.load(file));
		}
		ModelValidator validator = new ModelValidator(rules, profile);
		ValidationResult result = validator.validate(portfolios, ValidationMode.BATCH);
		ValidationReport.Builder report = ValidationReport.builder(result).failOn(failOn)
				.title(portfolios.size() == 1 ? portfolios.get(0).getName() : NLS.bind(Messages.ValidateCommand_title, portfolios.size()))
				.profile(profileFile == null ? Messages.ValidateCommand_defaultProfile : profileFile);
		for (int i = 0; i < portfolios.size(); i++) {
			report.file(portfolios.get(i).eResource(), arguments.operands().get(i));
		}
		ValidationReport built = report.build();
		OutputFiles.write(arguments.value(OUTPUT, null), out, stream -> format.write(built, stream));
		if (built.failed()) {
			throw CommandException.findings(MessageFormat.format(Messages.ValidateCommand_failed, built.findings().stream()
					.filter(reported -> built.fails(reported.finding().severity())).count(), failOn.key()));
		}
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
