package org.civitas.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.civitas.emf.compare.DiffText;
import org.civitas.examples.ExamplePortfolios;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a commit would record, per model file, in one line a person reads. */
class ModelChangesTest {

	@TempDir
	Path folder;

	private final DiffText words = new DiffText(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));

	@Test
	void eachChangedModelFileSaysWhatChangedInIt() throws Exception {
		try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
			Path portfolio = example("state-email-consolidation.portfolio", "email.portfolio");
			Path diagram = example("state-email-consolidation.dependencies.diagram", "email.dependencies.diagram");
			Files.writeString(folder.resolve("notes.txt"), "not a model");
			git.add().addFilepattern(".").call();
			git.commit().setMessage("Base").setAuthor("A", "a@example.org").setCommitter("A", "a@example.org").call();

			Files.writeString(portfolio, Files.readString(portfolio).replace("lifecycle=\"SCALING\"", "lifecycle=\"OPERATIONAL\"")
					.replace("name=\"Single vendor for a critical service\"", "name=\"Vendor lock-in\"")
					.replace("<risks id=\"risk-vendor\"", "<risks id=\"risk-new\" name=\"New risk\"/>\n  <risks id=\"risk-vendor\""));
			Files.delete(diagram);
			example("state-email-consolidation.roadmap.diagram", "email.roadmap.diagram");
			Files.writeString(folder.resolve("notes.txt"), "changed, but not a model");

			List<ModelChanges.ModelChange> changes = ModelChanges.inWorkingTree(git.getRepository(), words);

			assertEquals(List.of(
					new ModelChanges.ModelChange("email.dependencies.diagram", ModelChanges.Kind.DELETED, "deleted"),
					new ModelChanges.ModelChange("email.portfolio", ModelChanges.Kind.MODIFIED,
							"Shared Service: 1 changed; Risk: 1 changed, 1 added")),
					changes.stream().filter(change -> !change.path().endsWith("roadmap.diagram")).toList());
			ModelChanges.ModelChange roadmap = changes.stream().filter(change -> change.path().endsWith("roadmap.diagram")).findFirst()
					.orElseThrow();
			assertEquals(ModelChanges.Kind.ADDED, roadmap.kind());
			assertTrue(roadmap.summary().matches("new: \\d+ elements"), roadmap.summary());
		}
	}

	@Test
	void aFileThatCannotBeReadSaysWhereItIsBroken() throws Exception {
		try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
			Path portfolio = example("state-email-consolidation.portfolio", "email.portfolio");
			git.add().addFilepattern(".").call();
			git.commit().setMessage("Base").setAuthor("A", "a@example.org").setCommitter("A", "a@example.org").call();
			Files.writeString(portfolio, "<<<<<<< HEAD\n" + Files.readString(portfolio));

			String summary = ModelChanges.inWorkingTree(git.getRepository(), words).get(0).summary();

			assertTrue(summary.startsWith("cannot be read: email.portfolio:1:"), summary);
		}
	}

	private Path example(String name, String as) throws Exception {
		URL url = new URL(ExamplePortfolios.all().get(0), name);
		try (InputStream in = url.openStream()) {
			Path copy = folder.resolve(as);
			Files.copy(in, copy);
			return copy;
		}
	}
}
