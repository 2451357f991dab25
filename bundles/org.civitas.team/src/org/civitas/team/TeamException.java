package org.civitas.team;

import org.eclipse.osgi.util.NLS;

/** A Git operation that could not be done; the message is the one line a user reads. */
public final class TeamException extends Exception {

	private static final long serialVersionUID = 1L;

	private final boolean credentialsRefused;

	TeamException(String message, Throwable cause) {
		this(message, cause, false);
	}

	public TeamException(String message) {
		this(message, null, false);
	}

	private TeamException(String message, Throwable cause, boolean credentialsRefused) {
		super(message, cause);
		this.credentialsRefused = credentialsRefused;
	}

	/** Whether the server refused the user name or token (or asked for them), so that asking for them again may help. */
	public boolean credentialsRefused() {
		return credentialsRefused;
	}

	/** A network or authentication failure in one line. */
	static TeamException transport(String where, Exception failure) {
		String reason = String.valueOf(failure.getMessage());
		if (reason.contains("not authorized") || reason.contains("Authentication") || reason.contains("401") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| reason.contains("CredentialsProvider")) { //$NON-NLS-1$
			return new TeamException(NLS.bind(Messages.ModelRepository_credentialsRefused, where), failure, true);
		}
		return new TeamException(NLS.bind(Messages.ModelRepository_unreachable, where,
				reason.lines().findFirst().orElse(reason)), failure, false);
	}
}
