package org.civitas.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civitas.emf.compare.Conflict;
import org.civitas.emf.compare.ConflictFile;
import org.civitas.emf.compare.ConflictResolution;
import org.civitas.emf.compare.DiffText;
import org.civitas.examples.ExamplePortfolios;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RepositoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two architects sharing one portfolio through a bare repository, in-process: commit, push,
 * pull with the semantic merge (clean, and with exactly the conflict both made), settle, push
 * again; a push refused because the remote moved on; a merge aborted.
 */
class ModelRepositoryTest {

	private static final String MODEL = "email.portfolio";

	@TempDir
	Path folder;

	private final DiffText words = new DiffText(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
	private final PersonIdent ana = new PersonIdent("Ana", "ana@example.org");
	private final PersonIdent ben = new PersonIdent("Ben", "ben@example.org");

	@Test
	void twoArchitectsMergeTheirWorkAndSettleTheOneConflict() throws Exception {
		String shared = sharedRepository();
		try (ModelRepository a = ModelRepository.cloneFrom(shared, folder.resolve("a"), null, "civitas", words);
				ModelRepository b = ModelRepository.cloneFrom(shared, folder.resolve("b"), null, "civitas", words)) {
			// A adds a service and changes a risk; commits and pushes.
			edit(a, "<services id=\"email\"", "<services id=\"calendar\" name=\"Shared calendar\"/>\n  <services id=\"email\"");
			setVendorLikelihood(a, 3);
			assertEquals("Shared Service: 1 added; Risk: 1 changed", a.changes().get(0).summary());
			a.commit(List.of(MODEL), "Calendar; vendor risk likelier", ana);
			a.push(null);

			// B changes the same risk differently and adds an agency; commits; pushing is refused.
			setVendorLikelihood(b, 5);
			edit(b, "<organizations xsi:type=\"portfolio:Agency\" id=\"cdt\"",
					"<organizations xsi:type=\"portfolio:Agency\" id=\"fisheries\" name=\"Fisheries\"/>\n"
							+ "  <organizations xsi:type=\"portfolio:Agency\" id=\"cdt\"");
			b.commit(List.of(MODEL), "Fisheries; vendor risk near certain", ben);
			TeamException refused = assertThrows(TeamException.class, () -> b.push(null));
			assertEquals("refs/heads/main has commits you do not have: pull first, then push", refused.getMessage());

			// B pulls: everything merges but the risk's likelihood, the one conflict.
			PullResult pulled = b.pull(null);
			assertEquals(PullResult.Outcome.CONFLICTS, pulled.outcome());
			List<Conflict> conflicts = pulled.conflicts().get(MODEL);
			assertEquals(List.of("risk-vendor likelihood: base 2, ours 5, theirs 3"), conflicts.stream()
					.map(conflict -> conflict.element() + ' ' + conflict.feature() + ": base " + conflict.base() + ", ours "
							+ conflict.ours() + ", theirs " + conflict.theirs())
					.toList());
			Path model = b.workTree().resolve(MODEL);
			assertEquals(conflicts, ConflictFile.read(model), "the companion file holds them");
			assertEquals(RepositoryState.MERGING_RESOLVED, b.repository().getRepositoryState(), "the merge waits, the model loads");
			String merging = Files.readString(model);
			assertTrue(merging.contains("id=\"calendar\"") && merging.contains("id=\"fisheries\""), "both sides' additions");

			// B takes theirs, commits the merge and pushes; A pulls and has everything.
			EObject root = ModelChanges.load(Files.readAllBytes(model), MODEL);
			ConflictResolution.takeTheirs(root, conflicts.get(0));
			root.eResource().setURI(org.eclipse.emf.common.util.URI.createFileURI(model.toString()));
			root.eResource().save(java.util.Map.of());
			ConflictFile.write(model, List.of());
			b.commit(List.of(MODEL), "Merge, taking A's likelihood", ben);
			b.push(null);
			assertEquals(PullResult.Outcome.FAST_FORWARD, a.pull(null).outcome());
			String everything = Files.readString(a.workTree().resolve(MODEL));
			assertTrue(everything.contains("id=\"calendar\"") && everything.contains("id=\"fisheries\""));
			assertEquals("3", vendorLikelihood(everything), "theirs taken");
			assertEquals(PullResult.Outcome.UP_TO_DATE, a.pull(null).outcome());
		}
	}

	@Test
	void aCleanMergeCommitsItselfAndAnAbortedOneLeavesNoTrace() throws Exception {
		String shared = sharedRepository();
		try (ModelRepository a = ModelRepository.cloneFrom(shared, folder.resolve("a"), null, "civitas", words);
				ModelRepository b = ModelRepository.cloneFrom(shared, folder.resolve("b"), null, "civitas", words)) {
			setVendorLikelihood(a, 3);
			a.commit(List.of(MODEL), "Vendor risk likelier", ana);
			a.push(null);
			edit(b, "lifecycle=\"SCALING\"", "lifecycle=\"OPERATIONAL\"");
			b.commit(List.of(MODEL), "E-mail operational", ben);

			PullResult clean = b.pull(null);

			assertEquals(PullResult.Outcome.MERGED, clean.outcome());
			assertEquals(List.of(MODEL), clean.mergedModels());
			assertEquals(RepositoryState.SAFE, b.repository().getRepositoryState());
			try (Git git = Git.wrap(b.repository())) {
				assertEquals(2, git.log().setMaxCount(1).call().iterator().next().getParentCount(), "a merge commit");
			}

			// Now a conflict, aborted: back to the last commit, no companion file.
			b.push(null);
			setVendorLikelihood(a, 4);
			a.commit(List.of(MODEL), "Likelier still", ana);
			assertThrows(TeamException.class, () -> a.push(null));
			a.pull(null); // takes B's merge: no conflict (A changed the risk again, B did not)
			a.push(null);
			setVendorLikelihood(b, 1);
			b.commit(List.of(MODEL), "Unlikely after all", ben);
			String before = Files.readString(b.workTree().resolve(MODEL));
			assertEquals(PullResult.Outcome.CONFLICTS, b.pull(null).outcome());

			b.abortMerge();

			assertEquals(RepositoryState.SAFE, b.repository().getRepositoryState());
			assertEquals(before, Files.readString(b.workTree().resolve(MODEL)));
			assertFalse(Files.exists(ConflictFile.of(b.workTree().resolve(MODEL))));
		}
	}

	@Test
	void anUnreachableRemoteIsOneLineAndChangesNothing() throws Exception {
		String shared = sharedRepository();
		try (ModelRepository a = ModelRepository.cloneFrom(shared, folder.resolve("a"), null, "civitas", words)) {
			edit(a, "lifecycle=\"SCALING\"", "lifecycle=\"OPERATIONAL\"");
			String before = Files.readString(a.workTree().resolve(MODEL));
			deleteTree(folder.resolve("shared.git"));

			TeamException unreachable = assertThrows(TeamException.class, () -> a.pull(null));

			assertTrue(unreachable.getMessage().startsWith(shared + " could not be reached: "), unreachable.getMessage());
			assertEquals(1, unreachable.getMessage().lines().count());
			assertEquals(before, Files.readString(a.workTree().resolve(MODEL)));
		}
	}

	/** A bare repository holding the example portfolio, shared by Ana; its file URL. */
	private String sharedRepository() throws Exception {
		Path origin = Files.createDirectories(folder.resolve("origin"));
		URL example = new URL(ExamplePortfolios.all().get(0), "state-email-consolidation.portfolio");
		try (InputStream in = example.openStream()) {
			Files.copy(in, origin.resolve(MODEL));
		}
		try (ModelRepository shared = ModelRepository.share(origin, "civitas", ana, words)) {
			assertTrue(Files.readString(origin.resolve(".gitattributes")).contains("*.portfolio merge=civitas diff=civitas"));
		}
		Path bare = folder.resolve("shared.git");
		Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
		return bare.toUri().toString();
	}

	private static void edit(ModelRepository repository, String from, String to) throws Exception {
		Path model = repository.workTree().resolve(MODEL);
		String text = Files.readString(model);
		assertTrue(text.contains(from), () -> "the test's edit finds " + from);
		Files.writeString(model, text.replace(from, to));
	}

	private static final Pattern VENDOR_LIKELIHOOD = Pattern.compile("(id=\"risk-vendor\"[^>]*?likelihood=\")(\\d)(\")");

	/** Sets the vendor risk's likelihood, in a file saved on one line per element or one per attribute. */
	private static void setVendorLikelihood(ModelRepository repository, int likelihood) throws Exception {
		Path model = repository.workTree().resolve(MODEL);
		Matcher matcher = VENDOR_LIKELIHOOD.matcher(Files.readString(model));
		assertTrue(matcher.find(), "the test's edit finds the vendor risk's likelihood");
		Files.writeString(model, matcher.replaceFirst("$1" + likelihood + "$3"));
	}

	private static String vendorLikelihood(String text) {
		Matcher matcher = VENDOR_LIKELIHOOD.matcher(text);
		assertTrue(matcher.find());
		return matcher.group(2);
	}

	private static void deleteTree(Path tree) throws Exception {
		try (var all = Files.walk(tree)) {
			for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
