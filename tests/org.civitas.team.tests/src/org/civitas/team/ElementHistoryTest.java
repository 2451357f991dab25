package org.civitas.team;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.civitas.emf.compare.DiffText;
import org.civitas.examples.ExamplePortfolios;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history of one element: only the commits that changed it, each with what changed. */
class ElementHistoryTest {

	@TempDir
	Path folder;

	private final DiffText words = new DiffText(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));

	@Test
	void onlyTheCommitsThatChangedTheElementWithWhatChanged() throws Exception {
		try (Git git = fiveCommits()) {
			List<ElementHistory.Revision> history = ElementHistory.of(git.getRepository(), "email.portfolio", "email", words);

			assertEquals(List.of("E-mail renamed", "E-mail operational", "Base"), messages(history));
			assertEquals(List.of("~ Shared Service \"Hosted e-mail\": Name: Hosted e-mail and calendar \u2192 Hosted e-mail"),
					history.get(0).changes());
			assertEquals(List.of("~ Shared Service \"Hosted e-mail and calendar\": Lifecycle: Scaling \u2192 Operational"),
					history.get(1).changes());
			assertEquals(List.of("Shared Service \"Hosted e-mail and calendar\""), history.get(2).changes(), "where it came in");
		}
	}

	@Test
	void whatEachCommitChangedIsKeptOnceAndADamagedEntryIsWorkedOutAgain() throws Exception {
		try (Git git = fiveCommits()) {
			Repository repository = git.getRepository();
			assertEquals(5, ElementHistory.index(repository, "email.portfolio", words, () -> false), "every commit of the file");
			assertEquals(0, ElementHistory.index(repository, "email.portfolio", words, () -> false), "kept");
			List<String> expected = List.of("Vendor risk renamed", "Base");
			assertEquals(expected, messages(ElementHistory.of(repository, "email.portfolio", "risk-vendor", words)));

			Path entries = repository.getDirectory().toPath().resolve("civitas/changes");
			try (Stream<Path> files = Files.walk(entries)) {
				for (Path entry : files.filter(Files::isRegularFile).toList()) {
					Files.writeString(entry, "civitas-changes 1\nno tab here\n");
				}
			}
			assertEquals(expected, messages(ElementHistory.of(repository, "email.portfolio", "risk-vendor", words)));
			assertEquals(2, ElementHistory.index(repository, "email.portfolio", words, () -> false),
					"the two commits the risk's history had no need to read are worked out again");
		}
	}

	/** Five commits of the example e-mail portfolio, one of which only changes the file's layout. */
	private Git fiveCommits() throws Exception {
		Git git = Git.init().setDirectory(folder.toFile()).call();
		Path model = folder.resolve("email.portfolio");
		try (InputStream in = new URL(ExamplePortfolios.all().get(0), "state-email-consolidation.portfolio").openStream()) {
			Files.copy(in, model);
		}
		commit(git, "Base");
		edit(model, "lifecycle=\"SCALING\"", "lifecycle=\"OPERATIONAL\"");
		commit(git, "E-mail operational");
		edit(model, "name=\"Single vendor for a critical service\"", "name=\"Vendor lock-in\"");
		commit(git, "Vendor risk renamed");
		Files.writeString(model, Files.readString(model).replace("\" ", "\"\n    "));
		commit(git, "Only the file's layout");
		edit(model, "name=\"Hosted e-mail and calendar\"", "name=\"Hosted e-mail\"");
		commit(git, "E-mail renamed");
		return git;
	}

	private static List<String> messages(List<ElementHistory.Revision> history) {
		return history.stream().map(revision -> revision.commit().getShortMessage()).toList();
	}

	private static void edit(Path model, String from, String to) throws Exception {
		String text = Files.readString(model);
		if (!text.contains(from)) {
			throw new AssertionError("the test's edit finds " + from);
		}
		Files.writeString(model, text.replace(from, to));
	}

	private static void commit(Git git, String message) throws Exception {
		git.add().addFilepattern(".").call();
		git.commit().setMessage(message).setAuthor("A", "a@example.org").setCommitter("A", "a@example.org").call();
	}
}
