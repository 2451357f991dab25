package org.civitas.team.ui;

import java.net.URISyntaxException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * User names and tokens of Git servers, kept in the platform's secure storage (encrypted), one
 * entry per server (scheme, host and port), never in plain files or in the repository's
 * configuration.
 */
public final class Credentials {

	private static final String ROOT = "/org.civitas.team.ui/servers/"; //$NON-NLS-1$
	private static final String USER = "user"; //$NON-NLS-1$
	private static final String TOKEN = "token"; //$NON-NLS-1$

	/** A user name and token for one server. */
	public record Login(String user, String token) {
		CredentialsProvider provider() {
			return new UsernamePasswordCredentialsProvider(user, token);
		}
	}

	private Credentials() {
	}

	/** The stored login of the server of {@code remote}, or {@code null}. */
	public static Login stored(String remote) {
		ISecurePreferences node = node(remote);
		if (node == null) {
			return null;
		}
		try {
			String user = node.get(USER, null);
			String token = node.get(TOKEN, null);
			return user == null || token == null ? null : new Login(user, token);
		} catch (StorageException unreadable) {
			ILog.of(Credentials.class).log(Status.warning(unreadable.getMessage(), unreadable));
			return null;
		}
	}

	/** Keeps the login of the server of {@code remote}, the token encrypted. */
	public static void store(String remote, Login login) throws StorageException {
		ISecurePreferences node = node(remote);
		if (node == null) {
			return;
		}
		node.put(USER, login.user(), false);
		node.put(TOKEN, login.token(), true);
		try {
			node.flush();
		} catch (java.io.IOException notWritten) {
			throw new StorageException(StorageException.INTERNAL_ERROR, notWritten);
		}
	}

	/** Forgets the login of the server of {@code remote}. */
	public static void forget(String remote) {
		ISecurePreferences node = node(remote);
		if (node != null) {
			node.removeNode();
		}
	}

	/** What JGit asks: the stored login, or none (local paths and anonymous servers need none). */
	public static CredentialsProvider providerFor(String remote) {
		Login login = stored(remote);
		return login == null ? null : login.provider();
	}

	/** The node of the server, or {@code null} for a local path, which needs no login. */
	private static ISecurePreferences node(String remote) {
		String server = server(remote);
		return server == null ? null : SecurePreferencesFactory.getDefault().node(ROOT + EncodingUtils.encodeSlashes(server));
	}

	/** {@code scheme://host:port} of a remote address, or {@code null} for a local one. */
	static String server(String remote) {
		try {
			URIish uri = new URIish(remote);
			if (uri.getHost() == null) {
				return null;
			}
			return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (URISyntaxException notAnAddress) {
			return null;
		}
	}
}
