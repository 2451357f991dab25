package org.civitas.cli;

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

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code civitas rules [--format text|markdown|json] [--profile P] [--output F]}: the catalogue
 * of the rules {@code validate} runs, so that a board can read what a validation checks, and
 * what a profile changes, without the product open.
 */
@Command(name = "rules")
final class RulesCommand extends CivitasCommand {

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
	private String format;

	@Option(names = "--profile", paramLabel = "FILE")
	private String profileFile;

	@Option(names = "--output", paramLabel = "FILE")
	private String output;

	@Override
	void run() throws CommandException {
		String format = this.format.toLowerCase(Locale.ROOT);
		if (!Set.of("text", "markdown", "json").contains(format)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			throw CommandException.usage(NLS.bind(Messages.RulesCommand_badFormat, format));
		}
		OutputFiles.requireNotAnInput(output, profileFile == null ? List.of() : List.of(profileFile));
		RuleRegistry registry = RuleExtensions.registry(Platform.getExtensionRegistry());
		RuleCatalogue catalogue = new RuleCatalogue(knownRules(registry), ProfileFiles.read(profileFile, registry), profileFile);
		String document = switch (format) {
			case "markdown" -> catalogue.markdown(); //$NON-NLS-1$
			case "json" -> catalogue.json(); //$NON-NLS-1$
			default -> catalogue.text();
		};
		OutputFiles.write(output, out,
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
