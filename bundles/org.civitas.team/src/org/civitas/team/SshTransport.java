package org.civitas.team;

import java.io.File;

import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * Git over SSH ({@code ssh://} and {@code user@host:path} addresses) through JGit's Apache
 * MINA SSHD transport. JGit looks its SSH support up with Java's service loader, which cannot
 * see into another OSGi bundle, so it is set here. Keys, {@code known_hosts} and
 * {@code config} are the user's own, in {@code ~/.ssh}, as for the {@code git} command: an
 * unknown server is refused, not trusted silently.
 */
final class SshTransport {

	private static File sshHome;

	private SshTransport() {
	}

	/** Uses the user's home folder and its {@code .ssh}, once. */
	static synchronized void install() {
		if (sshHome == null) {
			use(FS.DETECTED.userHome());
		}
	}

	/** Uses {@code home} and its {@code .ssh} instead: for a test with its own keys and known hosts. */
	static synchronized void use(File home) {
		SshSessionFactory previous = SshSessionFactory.getInstance();
		File sshDirectory = new File(home, ".ssh"); //$NON-NLS-1$
		SshSessionFactory.setInstance(new SshdSessionFactoryBuilder().setHomeDirectory(home).setSshDirectory(sshDirectory)
				.build(new JGitKeyCache()));
		if (previous instanceof SshdSessionFactory sshd) {
			sshd.close();
		}
		sshHome = home;
	}
}
