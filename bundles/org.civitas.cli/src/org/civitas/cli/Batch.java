package org.civitas.cli;

import java.io.PrintStream;

/**
 * The files of one command run, each processed and reported on its own: a bad file is named on
 * standard error the moment it fails, the others are still processed, and the run ends with
 * the worst outcome (bad input before findings), so {@code validate a b c} reports on every
 * file and {@code export a b c} writes what can be written.
 */
final class Batch {

	/** One item of the batch. */
	interface Item {
		void run() throws CommandException;
	}

	private final PrintStream err;
	private final String command;
	private CommandException worst;

	Batch(PrintStream err, String command) {
		this.err = err;
		this.command = command;
	}

	/** Runs one item; its failure is reported and remembered, and the batch goes on. */
	void each(Item item) {
		try {
			item.run();
		} catch (CommandException problem) {
			failed(problem);
		}
	}

	/** Reports a problem of the batch as a whole (findings) as it would one of an item. */
	void failed(CommandException problem) {
		err.println(command + ": " + problem.getMessage()); //$NON-NLS-1$
		if (problem.worseThan(worst)) {
			worst = problem;
		}
	}

	/** Ends the run: nothing if every item went well, otherwise the worst exit code. */
	void finish() throws CommandException {
		if (worst != null) {
			throw CommandException.reported(worst.exitCode());
		}
	}
}
