package org.civitas.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.civitas.validation.ModelValidator;
import org.civitas.validation.Rule;
import org.civitas.validation.RuleExtensions;
import org.civitas.validation.RuleRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

/**
 * {@code civitas rules [--format text|markdown|json] [--profile P] [--output F]}: the catalogue
 * of the rules {@code validate} runs, so that a board can read what a validation checks, and
 * what a profile changes, without the product open.
 */
final class RulesCommand extends Command {

	private static final String FORMAT = "--format"; //$NON-NLS-1$
	private static final String PROFILE = "--profile"; //$NON-NLS-1$
	private static final String OUTPUT = "--output"; //$NON-NLS-1$

	RulesCommand() {
		super("rules", Messages.RulesCommand_usage, Messages.RulesCommand_purpose); //$NON-NLS-1$
	}

	@Override
	void run(List<String> words, PrintStream out) throws CommandException {
		Arguments arguments = new Arguments(words, Set.of(FORMAT, PROFILE, OUTPUT), Set.of());
		arguments.requireOperands(0, Messages.RulesCommand_noOperands);
		String format = arguments.value(FORMAT, "text").toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (!Set.of("text", "markdown", "json").contains(format)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			throw CommandException.usage(NLS.bind(Messages.RulesCommand_badFormat, format));
		}
		String profileFile = arguments.value(PROFILE, null);
		RuleRegistry registry = RuleExtensions.registry(Platform.getExtensionRegistry());
		RuleCatalogue catalogue = new RuleCatalogue(knownRules(registry), ProfileFiles.read(profileFile, registry), profileFile);
		String document = switch (format) {
			case "markdown" -> catalogue.markdown(); //$NON-NLS-1$
			case "json" -> catalogue.json(); //$NON-NLS-1$
			default -> catalogue.text();
		};
		OutputFiles.write(arguments.value(OUTPUT, null), out,
				stream -> stream.write(document.getBytes(StandardCharsets.UTF_8)));
	}

	/** The rules {@code validate} runs: EMF's well-formedness checks, then every installed rule. */
	private static List<Rule> knownRules(RuleRegistry registry) {
		List<Rule> rules = new ArrayList<>();
		rules.add(ModelValidator.WELL_FORMED);
		rules.addAll(registry.rules());
		return rules;
	}
}
