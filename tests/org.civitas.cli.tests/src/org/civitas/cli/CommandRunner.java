package org.civitas.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line as the start script does, keeping what it prints for assertions. */
final class CommandRunner {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs one command and returns its exit code; output of earlier runs is forgotten. */
	int run(String... words) {
		out.reset();
		err.reset();
		return new CivitasCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(words));
	}

	/** What the last command printed on standard output. */
	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** What the last command printed on standard error. */
	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
