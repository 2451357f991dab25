package org.civitas.cli;

import java.io.IOException;

import org.civitas.validation.RuleRegistry;
import org.civitas.validation.ValidationProfile;

/**
 * Reading the {@code --profile} file of {@code validate} and {@code rules}, so that both commands
 * refuse the same files with the same one-line error naming the file and line.
 */
final class ProfileFiles {

	private ProfileFiles() {
	}

	/**
	 * The profile in {@code file}, or the rule defaults when {@code file} is {@code null}. A
	 * profile that sets a rule {@code rules} does not have is refused, naming the line: a
	 * misspelt id would otherwise leave the board's setting silently unapplied.
	 */
	static ValidationProfile read(String file, RuleRegistry rules) throws CommandException {
		if (file == null) {
			return ValidationProfile.defaults();
		}
		try {
			ValidationProfile profile = ValidationProfile.read(InputFiles.requireReadable(file));
			profile.requireKnownRules(rules);
			return profile;
		} catch (IOException problem) {
			throw CommandException.failure(problem.getMessage());
		}
	}
}
