package org.civitas.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.civitas.files.SafeFiles;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code civitas git-setup [DIR]}: makes Git merge and diff portfolios and diagrams with
 * Civitas in the repository holding DIR: the {@code .gitattributes} lines at the repository's
 * top (committed, so the whole team's clones name the drivers) and the drivers in the
 * repository's own configuration (each clone runs it once: Git never takes commands from a
 * repository's content). Running it again changes nothing.
 */
@Command(name = "git-setup")
final class GitSetupCommand extends CivitasCommand {

	/** The driver's name in Git's attributes and configuration. */
	static final String DRIVER = "civitas"; //$NON-NLS-1$
	static final List<String> ATTRIBUTES = List.of("*.portfolio merge=civitas diff=civitas", //$NON-NLS-1$
			"*.diagram merge=civitas diff=civitas"); //$NON-NLS-1$

	@Parameters(paramLabel = "DIR", descriptionKey = "operands", defaultValue = ".")
	private String folder;

	@Override
	void run() throws CommandException {
		Path top = Path.of(git(Path.of(folder), "rev-parse", "--show-toplevel").strip()); //$NON-NLS-1$ //$NON-NLS-2$
		boolean attributesAdded = writeAttributes(top.resolve(".gitattributes")); //$NON-NLS-1$
		String civitas = shellQuoted(launcher());
		git(top, "config", "--local", "merge." + DRIVER + ".name", Messages.GitSetupCommand_mergeDriverName); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		git(top, "config", "--local", "merge." + DRIVER + ".driver", civitas + " merge %O %A %B --path %P"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		git(top, "config", "--local", "diff." + DRIVER + ".command", civitas + " diff"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		out.println(NLS.bind(attributesAdded ? Messages.GitSetupCommand_attributesWritten : Messages.GitSetupCommand_attributesPresent,
				top.resolve(".gitattributes"))); //$NON-NLS-1$
		out.println(NLS.bind(Messages.GitSetupCommand_driversConfigured, top, civitas));
	}

	/** Adds the lines the file lacks; whether it added any. */
	private static boolean writeAttributes(Path file) throws CommandException {
		try {
			List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
			List<String> missing = ATTRIBUTES.stream().filter(line -> !lines.contains(line)).toList();
			if (missing.isEmpty()) {
				return false;
			}
			List<String> all = new ArrayList<>(lines);
			if (all.stream().noneMatch(line -> line.startsWith("# Civitas"))) { //$NON-NLS-1$
				all.add(Messages.GitSetupCommand_attributesComment);
			}
			all.addAll(missing);
			SafeFiles.write(file, stream -> stream.write((String.join("\n", all) + '\n').getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
			return true;
		} catch (IOException failure) {
			throw CommandException.failure(NLS.bind(Messages.PortfolioFiles_notSaved, file, failure.getMessage()));
		}
	}

	/** The command Git should run: this product's start script, else {@code civitas} from the PATH. */
	private static String launcher() {
		String launcher = System.getProperty("civitas.launcher"); //$NON-NLS-1$
		return launcher != null && !launcher.isBlank() ? launcher : DRIVER;
	}

	/** A word the shell Git runs drivers with takes as it is. */
	private static String shellQuoted(String word) {
		return word.matches("[A-Za-z0-9_./:+@=-]+") ? word : "'" + word.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/** Runs git in the folder; its output, or a one-line failure. */
	private static String git(Path folder, String... arguments) throws CommandException {
		List<String> command = new ArrayList<>();
		command.add("git"); //$NON-NLS-1$
		command.add("-C"); //$NON-NLS-1$
		command.add(folder.toString());
		command.addAll(List.of(arguments));
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException notInstalled) {
			throw CommandException.failure(Messages.GitSetupCommand_noGit);
		}
		try {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw CommandException.failure(NLS.bind(Messages.GitSetupCommand_gitFailed, folder,
						output.lines().findFirst().orElse("").strip())); //$NON-NLS-1$
			}
			return output;
		} catch (IOException failure) {
			throw CommandException.failure(NLS.bind(Messages.GitSetupCommand_gitFailed, folder, failure.getMessage()));
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw CommandException.failure(NLS.bind(Messages.GitSetupCommand_gitFailed, folder, interrupted.getMessage()));
		}
	}
}
