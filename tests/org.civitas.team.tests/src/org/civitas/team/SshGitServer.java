package org.civitas.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;

import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.KeySetPublickeyAuthenticator;
import org.apache.sshd.server.command.AbstractCommandSupport;

/**
 * A Git server over SSH on 127.0.0.1, for tests: Apache MINA SSHD with one host key, taking
 * one client key, and running Debian's {@code git upload-pack} and {@code git receive-pack} on
 * the repositories under a folder, as a Git host's SSH service does.
 */
final class SshGitServer implements AutoCloseable {

	private final SshServer server = SshServer.setUpDefaultServer();

	SshGitServer(Path repositories, KeyPair hostKey, PublicKey clientKey) throws IOException {
		server.setHost("127.0.0.1");
		server.setPort(0);
		server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
		server.setPublickeyAuthenticator(new KeySetPublickeyAuthenticator("client", List.of(clientKey)));
		server.setCommandFactory((channel, command) -> new GitCommand(command, repositories));
		server.start();
	}

	int port() {
		return server.getPort();
	}

	@Override
	public void close() throws IOException {
		server.stop(true);
	}

	/** {@code git-upload-pack '/name.git'} or {@code git-receive-pack '/name.git'}, run by git itself. */
	private static final class GitCommand extends AbstractCommandSupport {

		private final Path repositories;

		GitCommand(String command, Path repositories) {
			super(command, null);
			this.repositories = repositories;
		}

		@Override
		public void run() {
			String[] words = getCommand().split(" ", 2);
			if (words.length != 2 || !words[0].matches("git-(upload|receive)-pack")) {
				onExit(1, "not a Git command: " + getCommand());
				return;
			}
			Path repository = repositories.resolve(words[1].replace("'", "").replaceFirst("^/", ""));
			try {
				Process git = new ProcessBuilder("git", words[0].substring(4), repository.toString()).start();
				Thread input = new Thread(() -> pump(getInputStream(), git.getOutputStream(), true));
				input.setDaemon(true);
				input.start();
				Thread errors = new Thread(() -> pump(git.getErrorStream(), getErrorStream(), false));
				errors.start();
				pump(git.getInputStream(), getOutputStream(), false);
				errors.join();
				onExit(git.waitFor());
			} catch (IOException | InterruptedException failed) {
				onExit(1, failed.toString());
			}
		}

		private static void pump(InputStream from, OutputStream to, boolean closeAtEnd) {
			byte[] buffer = new byte[8192];
			try {
				for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
					to.write(buffer, 0, read);
					to.flush();
				}
				if (closeAtEnd) {
					to.close();
				}
			} catch (IOException ended) {
				// the other side hung up: the process or the session ended
			}
		}
	}
}
