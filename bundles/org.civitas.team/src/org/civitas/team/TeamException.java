package org.civitas.team;

/** A Git operation that could not be done; the message is the one line a user reads. */
public final class TeamException extends Exception {

	private static final long serialVersionUID = 1L;

	TeamException(String message, Throwable cause) {
		super(message, cause);
	}

	TeamException(String message) {
		super(message);
	}
}
