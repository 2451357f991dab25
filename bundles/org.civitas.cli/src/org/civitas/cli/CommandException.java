package org.civitas.cli;

/** A command that cannot do its work; the message is the one line the user reads. */
final class CommandException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Exit code of a misused command line. */
	static final int USAGE = 2;
	/** Exit code of bad input or a failure while working. */
	static final int FAILURE = 1;
	/** Exit code of a validation that found problems at or above the severity asked to fail on. */
	static final int FINDINGS = 3;
	/** Exit code of a merge that left conflicts open, and of a model that has some. */
	static final int CONFLICTS = 4;

	private final int exitCode;

	private CommandException(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	static CommandException usage(String message) {
		return new CommandException(message, USAGE);
	}

	static CommandException failure(String message) {
		return new CommandException(message, FAILURE);
	}

	static CommandException findings(String message) {
		return new CommandException(message, FINDINGS);
	}

	/** The outcome of a batch whose problems were each printed already: only the exit code is left. */
	static CommandException reported(int exitCode) {
		return new CommandException(null, exitCode);
	}

	/** Whether this is worse than {@code other}: misuse, then bad input, then findings. */
	boolean worseThan(CommandException other) {
		return other == null || rank(exitCode) > rank(other.exitCode);
	}

	private static int rank(int exitCode) {
		return switch (exitCode) {
			case USAGE -> 3;
			case FAILURE -> 2;
			default -> 1;
		};
	}

	int exitCode() {
		return exitCode;
	}
}
