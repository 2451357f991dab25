package org.civitas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code civitas merge}, {@code conflicts}, {@code resolve} and {@code git-setup}: the merge
 * driver's contract with Git (the result in OURS, exit 0 when clean, non-zero while conflicts
 * remain), the companion file's life, and bad input that leaves OURS untouched.
 */
class MergeCommandTest {

	@TempDir
	Path folder;

	private final CommandRunner cli = new CommandRunner();

	@Test
	void aCleanMergeWritesBothSidesIntoOursAndExitsZero() throws IOException {
		Path base = Examples.copy("state-email-consolidation", folder);
		String text = Files.readString(base);
		// Git's temporary files carry no extension: --path names the kind.
		Path ours = write(".merge_file_ours", text.replace("lifecycle=\"SCALING\"", "lifecycle=\"OPERATIONAL\""));
		Path theirs = write(".merge_file_theirs", text.replace("likelihood=\"2\" impact=\"4\"", "likelihood=\"4\" impact=\"4\""));

		assertEquals(0, cli.run("merge", base.toString(), ours.toString(), theirs.toString(), "--path",
				folder.resolve("state.portfolio").toString()), cli.err());

		assertEquals("merged state.portfolio; changes of theirs applied: 1", cli.out().strip());
		String merged = Files.readString(ours);
		assertTrue(merged.contains("lifecycle=\"OPERATIONAL\""), "ours' change");
		assertTrue(merged.contains("likelihood=\"4\""), "theirs' change");
		assertFalse(Files.exists(folder.resolve("state.portfolio.conflicts")));
		assertEquals(0, cli.run("info", copyAs(ours, "merged.portfolio").toString()), "the merged model loads");
	}

	@Test
	void aConflictKeepsOursIsListedAndIsSettledByTakingTheirs() throws IOException {
		Path base = Examples.copy("state-email-consolidation", folder);
		String text = Files.readString(base);
		Path model = write("state.portfolio", text.replace("lifecycle=\"SCALING\"", "lifecycle=\"OPERATIONAL\""));
		Path theirs = write("theirs.portfolio", text.replace("lifecycle=\"SCALING\"", "lifecycle=\"RETIRED\"")
				.replace("likelihood=\"2\" impact=\"4\"", "likelihood=\"4\" impact=\"4\""));

		assertEquals(CommandException.CONFLICTS, cli.run("merge", base.toString(), model.toString(), theirs.toString()), cli.err());
		assertTrue(Files.readString(model).contains("lifecycle=\"OPERATIONAL\""), "ours meanwhile");
		assertTrue(Files.readString(model).contains("likelihood=\"4\""), "theirs' other change is in");
		assertTrue(Files.exists(folder.resolve("state.portfolio.conflicts")));

		assertEquals(CommandException.CONFLICTS, cli.run("conflicts", model.toString()));
		assertEquals(List.of(model + ": open conflicts: 1; the model holds ours meanwhile:",
				"  1. [email] Shared Service \"Hosted e-mail and calendar\": Lifecycle: base Scaling, ours Operational, theirs Retired",
				"settle them with: civitas resolve " + model + " --take ours|theirs [--element ID [--feature NAME]]"),
				cli.out().lines().toList());

		assertEquals(1, cli.run("resolve", model.toString(), "--take", "theirs", "--element", "risk-vendor"));
		assertTrue(cli.err().contains("no open conflict on risk-vendor (open: email lifecycle)"), cli.err());

		assertEquals(0, cli.run("resolve", model.toString(), "--take", "theirs", "--element", "email", "--feature", "lifecycle"),
				cli.err());
		assertTrue(Files.readString(model).contains("lifecycle=\"RETIRED\""));
		assertFalse(Files.exists(folder.resolve("state.portfolio.conflicts")), "the companion file goes with the last conflict");
		assertEquals(0, cli.run("conflicts", model.toString()));
		assertEquals(model + ": no open conflicts", cli.out().strip());
	}

	@Test
	void anUnreadableVersionIsOneLineWithItsPlaceAndOursIsUntouched() throws IOException {
		Path base = Examples.copy("state-email-consolidation", folder);
		Path ours = write(".merge_file_ours", Files.readString(base).replace("lifecycle=\"SCALING\"", "lifecycle=\"OPERATIONAL\""));
		byte[] before = Files.readAllBytes(ours);
		Path theirs = write(".merge_file_theirs", Files.readString(base).replace("likelihood=\"2\"", "likelihood=\"two\""));

		assertEquals(1, cli.run("merge", base.toString(), ours.toString(), theirs.toString(), "--path", "grants.portfolio"));

		assertEquals(1, cli.err().strip().lines().count(), cli.err());
		assertTrue(cli.err().matches("civitas merge: " + Pattern.quote(theirs.toString())
				+ ":\\d+:\\d+: likelihood: 'two' is not a number \\(their version of grants.portfolio\\)\\s*"), cli.err());
		assertArrayEquals(before, Files.readAllBytes(ours));
		assertFalse(Files.exists(Path.of("grants.portfolio.conflicts")));
	}

	@Test
	void diagramsMergeWithLayoutNotesInsteadOfConflicts() throws IOException {
		Path diagram = Examples.diagram("state-email-consolidation.dependencies", folder);
		String text = Files.readString(diagram);
		String firstX = "(\\s)x=\"[^\"]*\"";
		Path ours = write("ours.diagram", text.replaceFirst(firstX, "$1x=\"1001.0\""));
		Path theirs = write("theirs.diagram", text.replaceFirst(firstX, "$1x=\"2002.0\""));

		assertEquals(0, cli.run("merge", diagram.toString(), ours.toString(), theirs.toString()), cli.err());

		assertTrue(cli.out().contains("layout note: ") && cli.out().contains("both sides changed it; ours kept (1001.0), theirs was 2002.0"),
				cli.out());
		assertTrue(Files.readString(ours).contains("x=\"1001.0\""));
	}

	@Test
	void gitSetupWritesTheAttributesAndTheDriversOnce() throws Exception {
		git("init", "-q", folder.toString());
		for (int run = 0; run < 2; run++) {
			assertEquals(0, cli.run("git-setup", folder.toString()), cli.err());
		}
		List<String> attributes = Files.readAllLines(folder.resolve(".gitattributes"));
		assertEquals(1, attributes.stream().filter("*.portfolio merge=civitas diff=civitas"::equals).count(), attributes::toString);
		assertEquals(1, attributes.stream().filter("*.diagram merge=civitas diff=civitas"::equals).count(), attributes::toString);
		assertEquals("civitas merge %O %A %B --path %P", git("-C", folder.toString(), "config", "merge.civitas.driver"));
		assertEquals("civitas diff", git("-C", folder.toString(), "config", "diff.civitas.command"));

		assertEquals(1, cli.run("git-setup", folder.resolve("nowhere").toString()));
	}

	private static String git(String... arguments) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(List.of("git"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertEquals(0, process.waitFor(), output);
		return output;
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name), text);
	}

	private Path copyAs(Path file, String name) throws IOException {
		return Files.copy(file, folder.resolve(name));
	}
}
