package org.civitas.team.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.util.SystemReader;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Who commits: the author's name and e-mail address, kept in the workspace's preferences. Until
 * they are set there, Git's own settings of the user ({@code user.name}, {@code user.email})
 * stand in, so an architect who already uses Git is not asked again.
 */
public final class TeamPreferences {

	static final String NODE = "org.civitas.team.ui"; //$NON-NLS-1$
	static final String AUTHOR_NAME = "authorName"; //$NON-NLS-1$
	static final String AUTHOR_EMAIL = "authorEmail"; //$NON-NLS-1$

	private TeamPreferences() {
	}

	/** The author's name, possibly empty. */
	public static String authorName() {
		return node().get(AUTHOR_NAME, gitUser().getAuthorName());
	}

	/** The author's e-mail address, possibly empty. */
	public static String authorEmail() {
		return node().get(AUTHOR_EMAIL, gitUser().isAuthorEmailImplicit() ? "" : gitUser().getAuthorEmail()); //$NON-NLS-1$
	}

	/** Keeps the author for the next commits. */
	public static void storeAuthor(String name, String email) {
		IEclipsePreferences node = node();
		node.put(AUTHOR_NAME, name.strip());
		node.put(AUTHOR_EMAIL, email.strip());
		try {
			node.flush();
		} catch (BackingStoreException notWritten) {
			throw new IllegalStateException(notWritten.getMessage(), notWritten);
		}
	}

	/** The author of a commit made now, or {@code null} when the name or e-mail address is missing. */
	public static PersonIdent author() {
		String name = authorName();
		String email = authorEmail();
		return name.isBlank() || email.isBlank() ? null : new PersonIdent(name, email);
	}

	private static UserConfig gitUser() {
		try {
			return SystemReader.getInstance().getUserConfig().get(UserConfig.KEY);
		} catch (Exception unreadable) {
			return new org.eclipse.jgit.lib.Config().get(UserConfig.KEY);
		}
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
