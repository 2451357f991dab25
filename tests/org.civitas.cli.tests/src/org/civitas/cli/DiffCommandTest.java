package org.civitas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civitas diff}: two versions of a portfolio compared by element, as a person and as Git read it. */
class DiffCommandTest {

	@TempDir
	Path folder;

	private final CommandRunner cli = new CommandRunner();

	@Test
	void aChangedValueIsOneLineOldToNewAndGitsSevenArgumentsWorkToo() throws IOException {
		Path before = Examples.copy("state-email-consolidation", folder);
		Path after = folder.resolve("after.portfolio");
		Files.writeString(after, Files.readString(before).replace("lifecycle=\"SCALING\"", "lifecycle=\"OPERATIONAL\""));

		assertEquals(0, cli.run("diff", before.toString(), after.toString()), cli.err());
		assertEquals("~ Shared Service \"Hosted e-mail and calendar\": Lifecycle: Scaling → Operational", cli.out().strip());

		assertEquals(0, cli.run("diff", "portfolio/state.portfolio", before.toString(), "0123abc", "100644", after.toString(),
				"4567def", "100644"), cli.err());
		assertTrue(cli.out().startsWith("civitas diff portfolio/state.portfolio"), cli.out());

		assertEquals(0, cli.run("diff", before.toString(), after.toString(), "--format", "json"), cli.err());
		assertTrue(cli.out().contains("\"kind\":\"ValueChanged\",\"element\":\"email\""), cli.out());
	}

	@Test
	void theSameVersionHasNoChangesAndAnUnreadableOneIsNamed() throws IOException {
		Path model = Examples.copy("federal-grants-portal", folder);
		assertEquals(0, cli.run("diff", model.toString(), model.toString()));
		assertEquals("no changes", cli.out().strip());

		Path broken = folder.resolve("broken.portfolio");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<portfolio:Portfolio xmlns:portfolio=\"http://civitas.org/portfolio/1.0\"");
		assertEquals(1, cli.run("diff", model.toString(), broken.toString()));
		assertTrue(cli.err().contains(broken.toString() + ":"), cli.err());
	}
}
