package org.civitas.cli;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * Dispatches {@code civitas <command> ...} to its command. Exit codes: 0 success, 1 bad input
 * or failure, 2 misuse of the command line. Every failure is one line on standard error.
 */
public final class CommandLine {

	private final PrintStream out;
	private final PrintStream err;
	private final List<Command> commands = List.of(new InfoCommand(), new FinanceCommand(), new GenerateCommand(),
			new BenchmarkCommand(), new ValidateCommand(), new RulesCommand(), new DiagramsCommand(),
			new ExportCommand(), new ViewpointsCommand());

	public CommandLine(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the command the words name and returns the process exit code. */
	public int run(List<String> words) {
		if (words.isEmpty() || words.get(0).equals("help") || words.get(0).equals("--help")) { //$NON-NLS-1$ //$NON-NLS-2$
			printUsage(out);
			return words.isEmpty() ? CommandException.USAGE : 0;
		}
		Command command = commands.stream().filter(candidate -> candidate.name().equals(words.get(0))).findFirst()
				.orElse(null);
		if (command == null) {
			err.println(NLS.bind(Messages.CommandLine_unknownCommand, words.get(0)));
			printUsage(err);
			return CommandException.USAGE;
		}
		try {
			command.run(words.subList(1, words.size()), out);
			out.flush();
			return 0;
		} catch (CommandException problem) {
			err.println("civitas " + command.name() + ": " + problem.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			if (problem.exitCode() == CommandException.USAGE) {
				err.println("usage: " + command.usage()); //$NON-NLS-1$
			}
			return problem.exitCode();
		}
	}

	private void printUsage(PrintStream stream) {
		stream.println(Messages.CommandLine_usageHeader);
		int width = commands.stream().mapToInt(command -> command.usage().length()).max().orElse(0);
		for (Command command : commands) {
			stream.println("  " + String.format("%-" + width + "s", command.usage()) + "   " + command.purpose()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}
}
