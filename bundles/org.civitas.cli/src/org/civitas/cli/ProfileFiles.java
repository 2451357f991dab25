package org.civitas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.civitas.validation.ValidationProfile;
import org.eclipse.osgi.util.NLS;

/**
 * Reading the {@code --profile} file of {@code validate} and {@code rules}, so that both commands
 * refuse the same files with the same one-line error naming the file and line.
 */
final class ProfileFiles {

	private ProfileFiles() {
	}

	/** The profile in {@code file}, or the rule defaults when {@code file} is {@code null}. */
	static ValidationProfile read(String file) throws CommandException {
		if (file == null) {
			return ValidationProfile.defaults();
		}
		try (var reader = Files.newBufferedReader(Path.of(file))) {
			return ValidationProfile.read(reader, file);
		} catch (IOException problem) {
			throw CommandException.failure(problem instanceof NoSuchFileException
					? NLS.bind(Messages.PortfolioFiles_notFound, file)
					: problem.getMessage());
		}
	}
}
