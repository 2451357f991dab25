package org.civitas.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.civitas.emf.compare.DiffText;
import org.civitas.examples.ExamplePortfolios;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.util.FS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cloning, pulling and pushing over SSH, with the user's key and known hosts as the
 * {@code git} command has them in {@code ~/.ssh} (here a home folder of the test's own), against
 * an SSH Git server on 127.0.0.1.
 */
class SshTransportTest {

	private static final String MODEL = "email.portfolio";

	@TempDir
	Path folder;

	private final DiffText words = new DiffText(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
	private Path home;
	private KeyPair hostKey;
	private KeyPair userKey;

	@BeforeEach
	void keys() throws Exception {
		home = Files.createDirectories(folder.resolve("home"));
		hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
		userKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
		Path ssh = Files.createDirectories(home.resolve(".ssh"));
		try (OutputStream out = Files.newOutputStream(ssh.resolve("id_ecdsa"))) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(userKey, "ana@example.org", null, out);
		}
		SshTransport.use(home.toFile());
	}

	@AfterEach
	void usersOwnSshAgain() {
		SshTransport.use(FS.DETECTED.userHome());
	}

	@Test
	void cloneCommitAndPushOverSsh() throws Exception {
		Path served = sharedRepository();
		try (SshGitServer server = new SshGitServer(served, hostKey, userKey.getPublic())) {
			Files.writeString(home.resolve(".ssh/known_hosts"),
					"[127.0.0.1]:" + server.port() + ' ' + PublicKeyEntry.toString(hostKey.getPublic()) + '\n');
			String address = "ssh://git@127.0.0.1:" + server.port() + "/shared.git";
			try (ModelRepository clone = ModelRepository.cloneFrom(address, folder.resolve("clone"), null, "civitas", words)) {
				Path model = clone.workTree().resolve(MODEL);
				Files.writeString(model, Files.readString(model).replace("likelihood=\"2\"", "likelihood=\"4\""));
				var commit = clone.commit(List.of(MODEL), "Vendor risk likelier", new PersonIdent("Ana", "ana@example.org"));
				clone.push(null);
				try (Git shared = Git.open(served.resolve("shared.git").toFile())) {
					assertEquals(commit.getId(), shared.getRepository().resolve(Constants.R_HEADS + "main"), "pushed over SSH");
				}
				assertEquals(PullResult.Outcome.UP_TO_DATE, clone.pull(null).outcome());
			}
		}
	}

	@Test
	void anUnknownServerIsRefusedInOneLine() throws Exception {
		Path served = sharedRepository();
		try (SshGitServer server = new SshGitServer(served, hostKey, userKey.getPublic())) {
			String address = "ssh://git@127.0.0.1:" + server.port() + "/shared.git";
			TeamException refused = assertThrows(TeamException.class,
					() -> ModelRepository.cloneFrom(address, folder.resolve("clone"), null, "civitas", words));
			assertTrue(refused.getMessage().startsWith(address + " could not be reached: "), refused.getMessage());
			assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
			assertFalse(Files.exists(folder.resolve("clone/.git")), "nothing half-cloned");
		}
	}

	/** {@code served/shared.git}: a bare repository holding the example e-mail portfolio, shared with Civitas. */
	private Path sharedRepository() throws Exception {
		Path origin = Files.createDirectories(folder.resolve("origin"));
		try (InputStream in = new URL(ExamplePortfolios.all().get(0), "state-email-consolidation.portfolio").openStream()) {
			Files.copy(in, origin.resolve(MODEL));
		}
		ModelRepository.share(origin, "civitas", new PersonIdent("Ana", "ana@example.org"), words).close();
		Path served = Files.createDirectories(folder.resolve("served"));
		Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(served.resolve("shared.git").toFile()).setBare(true)
				.call().close();
		return served;
	}
}
