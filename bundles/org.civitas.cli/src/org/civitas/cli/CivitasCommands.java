package org.civitas.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code civitas <command> ...}: parses the words with picocli, runs the command, and turns
 * every outcome into an exit code and at most one line on standard error. Exit codes: 0
 * success, 1 bad input or failure, 2 misuse of the command line, 3 validation findings at or
 * above {@code --fail-on}, 4 conflicts left open by a merge. Help ({@code civitas help}, {@code COMMAND --help}) and
 * {@code --version} print to standard output and exit with 0.
 */
@Command(name = "civitas", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, //$NON-NLS-1$
		versionProvider = Product.class, usageHelpWidth = 80, subcommands = HelpCommand.class)
public final class CivitasCommands implements Runnable {

	private static final String HELP_TEXTS = CivitasCommands.class.getPackageName() + ".help"; //$NON-NLS-1$

	private final PrintStream out;
	private final PrintStream err;
	/** Set when {@code civitas} is given no command: help, and the exit code of a misuse. */
	private boolean noCommand;

	public CivitasCommands(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the command the words name and returns the process exit code. */
	public int run(List<String> words) {
		CommandLine line = new CommandLine(this);
		for (CivitasCommand command : List.of(new InfoCommand(), new FinanceCommand(), new ValidateCommand(),
				new RulesCommand(), new DiagramsCommand(), new ExportCommand(), new ImportCommand(), new ReportCommand(), new DiffCommand(), new MergeCommand(),
				new ConflictsCommand(), new ResolveCommand(), new GitSetupCommand(), new ViewpointsCommand(), new PluginCommands.Install(), new PluginCommands.Uninstall(), new PluginCommands.Plugins(),
				new GenerateCommand(), new BenchmarkCommand())) {
			command.out = out;
			command.err = err;
			line.addSubcommand(command);
		}
		line.setResourceBundle(ResourceBundle.getBundle(HELP_TEXTS, Locale.getDefault(), CivitasCommands.class.getClassLoader()));
		line.setOut(new PrintWriter(out, true));
		line.setErr(new PrintWriter(err, true));
		line.setParameterExceptionHandler(this::misused);
		line.setExecutionExceptionHandler(this::failed);
		try {
			int code = line.execute(words.toArray(String[]::new));
			return noCommand ? CommandException.USAGE : code;
		} catch (OutOfMemoryError exhausted) {
			err.println(NLS.bind(Messages.CivitasCommands_outOfMemory, Runtime.getRuntime().maxMemory() >> 20,
					Math.max(2, 2 * (Runtime.getRuntime().maxMemory() >> 30))));
			return CommandException.FAILURE;
		}
	}

	/** {@code civitas} alone: what there is to run. */
	@Override
	public void run() {
		noCommand = true;
		new CommandLine(this).usage(err);
	}

	/** A misused command line: one line saying what is wrong, and where to read how it is used. */
	private int misused(ParameterException problem, String[] words) {
		CommandLine failing = problem.getCommandLine();
		String command = failing.getCommandSpec().qualifiedName();
		if (problem instanceof UnmatchedArgumentException unmatched && failing.getParent() == null
				&& !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) { //$NON-NLS-1$
			String word = unmatched.getUnmatched().get(0);
			List<String> nearest = unmatched.getSuggestions().stream().filter(candidate -> isTypo(word, candidate)).toList();
			err.println(nearest.isEmpty() ? NLS.bind(Messages.CivitasCommands_unknownCommand, word)
					: NLS.bind(Messages.CivitasCommands_unknownCommandNearest, word, nearest.get(0)));
			return CommandException.USAGE;
		}
		err.println(command + ": " + problem.getMessage()); //$NON-NLS-1$
		printSynopsis(failing);
		return CommandException.USAGE;
	}

	/** A command that could not do its work: its one line, and the exit code it asks for. */
	private int failed(Exception problem, CommandLine failing, ParseResult parsed) {
		String command = failing.getCommandSpec().qualifiedName();
		if (problem instanceof CommandException failure) {
			if (failure.getMessage() != null) {
				err.println(command + ": " + failure.getMessage()); //$NON-NLS-1$
			}
			if (failure.exitCode() == CommandException.USAGE) {
				printSynopsis(failing);
			}
			return failure.exitCode();
		}
		// A defect of Civitas, not of the input: say so in words, keep the details for a report.
		err.println(NLS.bind(Messages.CivitasCommands_unexpected, command,
				problem.getMessage() != null ? problem.getMessage() : Messages.CivitasCommands_noDetails));
		if (System.getenv("CIVITAS_DEBUG") != null) { //$NON-NLS-1$
			problem.printStackTrace(err);
		}
		return CommandException.FAILURE;
	}

	/** How the command is used, in short; {@code COMMAND --help} says the rest. */
	private void printSynopsis(CommandLine command) {
		err.print(Messages.CivitasCommands_usage + command.getHelp().synopsis(Messages.CivitasCommands_usage.length()));
	}

	/**
	 * Whether {@code word} reads as a mistyped {@code command}: a start of it, or at most two
	 * letters apart (picocli suggests any command with letters in common: frobnicate, generate).
	 */
	static boolean isTypo(String word, String command) {
		if (command.startsWith(word)) {
			return true;
		}
		int[] previous = new int[command.length() + 1];
		int[] current = new int[command.length() + 1];
		for (int j = 0; j <= command.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= word.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= command.length(); j++) {
				int substitution = previous[j - 1] + (word.charAt(i - 1) == command.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[command.length()] <= 2;
	}
}
