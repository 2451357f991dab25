package org.civitas.team.ui;

import org.civitas.team.TeamException;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Work with a remote that may need a login: first with the stored one (or none), and when the
 * server refuses or asks, once more with the user name and token the architect types, which are
 * kept in the secure storage when the work then succeeds and the architect asked for it.
 */
final class RemoteOperations {

	/** Something done with the remote, with these credentials. */
	interface Work<T> {
		T run(CredentialsProvider credentials) throws TeamException;
	}

	private RemoteOperations() {
	}

	/** Runs the work from a job; asks for a login on the UI thread when needed. */
	static <T> T withLogin(Shell shell, String remote, Work<T> work) throws TeamException {
		try {
			return work.run(Credentials.providerFor(remote));
		} catch (TeamException refused) {
			if (!refused.credentialsRefused() || Credentials.server(remote) == null) {
				throw refused;
			}
			LoginDialog.Answer answer = ask(shell, remote, refused.getMessage());
			if (answer == null) {
				throw refused;
			}
			T result = work.run(answer.login().provider());
			if (answer.remember()) {
				try {
					Credentials.store(remote, answer.login());
				} catch (StorageException notStored) {
					throw new IllegalStateException(notStored.getMessage(), notStored);
				}
			}
			return result;
		}
	}

	private static LoginDialog.Answer ask(Shell shell, String remote, String why) {
		LoginDialog.Answer[] answer = new LoginDialog.Answer[1];
		Display display = shell.getDisplay();
		display.syncExec(() -> {
			LoginDialog dialog = new LoginDialog(shell, remote, why, Credentials.stored(remote));
			answer[0] = dialog.open() == Window.OK ? dialog.answer() : null;
		});
		return answer[0];
	}
}
