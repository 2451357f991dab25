package org.civitas.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting up a repository for Civitas' drivers: once, from any folder in it, never on the wrong thing. */
class GitSetupTest {

	@TempDir
	Path folder;

	@Test
	void writesTheAttributesAndTheDriversOnceFromAnyFolderOfTheRepository() throws Exception {
		try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
			Files.writeString(folder.resolve(".gitattributes"), "*.png binary\n");
			Path models = Files.createDirectories(folder.resolve("models"));

			GitSetup.Outcome first = GitSetup.apply(models, "/opt/civitas studio/civitas");
			GitSetup.Outcome second = GitSetup.apply(folder, "/opt/civitas studio/civitas");

			assertTrue(first.attributesAdded());
			assertFalse(second.attributesAdded(), "the second time changes nothing");
			assertEquals(folder.toRealPath(), first.top().toRealPath());
			assertEquals(List.of("*.png binary",
					"# Civitas merges and compares portfolios and diagrams element by element (civitas git-setup)",
					"*.portfolio merge=civitas diff=civitas", "*.diagram merge=civitas diff=civitas"),
					Files.readAllLines(folder.resolve(".gitattributes")), "the user's own lines stay");
			StoredConfig config = git.getRepository().getConfig();
			config.load();
			assertEquals("'/opt/civitas studio/civitas' merge %O %A %B --path %P", config.getString("merge", "civitas", "driver"),
					"a path with a space is one word for the shell Git runs drivers with");
			assertEquals("'/opt/civitas studio/civitas' diff", config.getString("diff", "civitas", "command"));
		}
	}

	@Test
	void refusesAFolderOutsideAnyRepositoryABareRepositoryAndNoFolder() throws Exception {
		Path plain = Files.createDirectories(folder.resolve("plain"));
		// A temporary folder may lie inside a repository (a clone of Civitas): only check when it does not.
		if (new FileRepositoryBuilder().findGitDir(plain.toFile()).getGitDir() == null) {
			assertTrue(assertThrows(IOException.class, () -> GitSetup.apply(plain, "civitas")).getMessage()
					.endsWith("is in no Git repository: git init there first, or clone one"));
		}
		Path bare = folder.resolve("shared.git");
		Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
		assertTrue(assertThrows(IOException.class, () -> GitSetup.apply(bare, "civitas")).getMessage()
				.endsWith("is a bare repository: set up a clone of it, which has files to merge"));
		assertTrue(assertThrows(IOException.class, () -> GitSetup.apply(folder.resolve("nowhere"), "civitas"))
				.getMessage().endsWith("no such folder"));
	}
}
