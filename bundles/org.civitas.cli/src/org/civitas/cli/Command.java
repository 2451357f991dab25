package org.civitas.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the command line: its name, synopsis and purpose, and what it does. */
abstract class Command {

	private final String name;
	private final String usage;
	private final String purpose;

	Command(String name, String usage, String purpose) {
		this.name = name;
		this.usage = usage;
		this.purpose = purpose;
	}

	/** The word that selects the command. */
	final String name() {
		return name;
	}

	/** The command's synopsis: its name and arguments. */
	final String usage() {
		return usage;
	}

	/** What the command does, in a few words. */
	final String purpose() {
		return purpose;
	}

	/** Runs the command; output goes to {@code out}, problems are thrown. */
	abstract void run(List<String> words, PrintStream out) throws CommandException;
}
