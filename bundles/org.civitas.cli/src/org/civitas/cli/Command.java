package org.civitas.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the command line. */
interface Command {

	/** The word that selects the command. */
	String name();

	/** One line: the command's synopsis and what it does. */
	String usage();

	/** Runs the command; output goes to {@code out}, problems are thrown. */
	void run(List<String> words, PrintStream out) throws CommandException;
}
