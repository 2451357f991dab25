package org.civitas.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.civitas.team.GitSetup;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code civitas git-setup [DIR]}: makes Git merge and diff portfolios and diagrams with
 * Civitas in the repository holding DIR ({@link GitSetup}), the drivers running this product's
 * start script. Running it again changes nothing.
 */
@Command(name = "git-setup")
final class GitSetupCommand extends CivitasCommand {

	@Parameters(paramLabel = "DIR", descriptionKey = "operands", defaultValue = ".")
	private String folder;

	@Override
	void run() throws CommandException {
		GitSetup.Outcome outcome;
		try {
			outcome = GitSetup.apply(Path.of(folder), GitSetup.launcher());
		} catch (IOException failure) {
			throw CommandException.failure(failure.getMessage());
		}
		out.println(NLS.bind(outcome.attributesAdded() ? Messages.GitSetupCommand_attributesWritten
				: Messages.GitSetupCommand_attributesPresent, outcome.attributesFile()));
		out.println(NLS.bind(Messages.GitSetupCommand_driversConfigured, outcome.top(), outcome.command()));
	}
}
