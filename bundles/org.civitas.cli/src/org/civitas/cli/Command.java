package org.civitas.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the command line. */
interface Command {

	/** The word that selects the command. */
	String name();

	/** The command's synopsis: its name and arguments. */
	String usage();

	/** What the command does, in a few words. */
	String purpose();

	/** Runs the command; output goes to {@code out}, problems are thrown. */
	void run(List<String> words, PrintStream out) throws CommandException;
}
