package org.civitas.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * One command of {@code civitas}: picocli fills the subclass's annotated fields from the words
 * after the command's name, then {@link #run} does the work. Output goes to {@link #out};
 * problems are thrown as {@link CommandException}s, which become one line and an exit code.
 */
abstract class CivitasCommand implements Callable<Integer> {

	/** Where the command's document goes when it has no {@code --output}. */
	PrintStream out;
	/** Where problems go. */
	PrintStream err;

	@Spec
	private CommandSpec spec;

	@Override
	public final Integer call() throws CommandException {
		run();
		out.flush();
		return 0;
	}

	abstract void run() throws CommandException;

	/** A batch of files (or diagrams) of this command, each reported on its own. */
	final Batch batch() {
		return new Batch(err, spec.qualifiedName());
	}

	/** A number option below its least value, refused the way picocli refuses a malformed one. */
	static void requireAtLeast(String option, long value, long minimum) throws CommandException {
		if (value < minimum) {
			throw CommandException.usage(NLS.bind(Messages.CivitasCommand_tooSmall,
					new Object[] { option, value, minimum }));
		}
	}
}
