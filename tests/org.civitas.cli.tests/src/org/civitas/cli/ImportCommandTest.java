package org.civitas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civitas import}: a catalogue kept in a spreadsheet, brought into a model, or refused whole. */
class ImportCommandTest {

	@TempDir
	Path folder;

	private final CommandRunner cli = new CommandRunner();

	@Test
	void aWorkbookExportedFromAModelImportsIntoANewModelAndBackIntoItsOwnWithoutChanges() throws IOException {
		Path model = Examples.copy("state-email-consolidation", folder);
		assertEquals(0, cli.run("export", model.toString(), "--format", "xlsx", "--output", folder.toString()), cli.err());
		Path workbook = folder.resolve("state-email-consolidation.xlsx");
		byte[] before = Files.readAllBytes(model);

		assertEquals(0, cli.run("import", workbook.toString(), "--into", model.toString(), "--dry-run"), cli.err());
		assertTrue(cli.out().startsWith("Dry run of an import into " + model + ": nothing is changed"), cli.out());
		assertTrue(cli.out().contains("in all: 0 created, 0 updated,"), cli.out());
		assertArrayEquals(before, Files.readAllBytes(model), "a dry run changes nothing");

		Path copy = folder.resolve("copy.portfolio");
		assertEquals(0, cli.run("import", workbook.toString(), "--into", copy.toString()), cli.err());
		assertTrue(cli.out().startsWith("Import into " + copy + " (a new model)"), cli.out());
		assertTrue(cli.out().contains("validation of the result: "), cli.out());
		assertEquals(0, cli.run("info", copy.toString()), cli.err());
		String info = cli.out();
		assertEquals(0, cli.run("info", model.toString()));
		assertEquals(cli.out().lines().skip(1).toList(), info.lines().skip(1).toList(), "the same sections and counts");
	}

	@Test
	void aDryRunShowsEachChangeOldToNewAndTheImportAppliesThem() throws IOException {
		Path model = Examples.copy("state-email-consolidation", folder);
		Path services = folder.resolve("Services.csv");
		Files.writeString(services, "ID;Lifecycle;Provider\nemail;Operational;Department of Technology\n");

		assertEquals(0, cli.run("import", services.toString(), "--into", model.toString(), "--dry-run"), cli.err());
		assertTrue(cli.out().contains(services + " into Services: 0 created, 1 updated, 0 unchanged, 0 refused"), cli.out());
		assertTrue(cli.out().contains("row 2, \"Hosted e-mail and calendar\" (Shared Service email): Lifecycle: Scaling → Operational"),
				cli.out());

		assertEquals(0, cli.run("import", services.toString(), "--into", model.toString()), cli.err());
		String saved = Files.readString(model);
		String email = saved.substring(saved.indexOf("id=\"email\""), saved.indexOf('>', saved.indexOf("id=\"email\"")));
		assertTrue(email.contains("lifecycle=\"OPERATIONAL\""), email);
		assertTrue(email.contains("provider=\"#cdt\""), email);
	}

	@Test
	void aBadCellRefusesTheWholeImportNamingItsPlaceAndTheModelStaysAsItWas() throws IOException {
		Path model = Examples.copy("state-email-consolidation", folder);
		byte[] before = Files.readAllBytes(model);
		Path agencies = folder.resolve("Agencies.csv");
		Files.writeString(agencies, "Name,Employees\nNew agency,120\nDepartment of Technology,many\n");

		assertEquals(1, cli.run("import", agencies.toString(), "--into", model.toString()));
		assertTrue(cli.out().contains(agencies + ", row 3, column \"Employees\", cell \"many\": expected a number"), cli.out());
		assertTrue(cli.err().contains("nothing imported: 1 problems (listed above); " + model + " is as it was"), cli.err());
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	@Test
	void aMappingFileIsWrittenWithTheProposalThenReadOnTheNextImport() throws IOException {
		Path model = Examples.copy("state-email-consolidation", folder);
		Path catalogue = folder.resolve("Agency list.csv");
		Files.writeString(catalogue, "Agency name,Staff\nParks Department,310\n");
		Path mapping = folder.resolve("catalogue.mapping");

		assertEquals(0, cli.run("import", catalogue.toString(), "--into", model.toString(), "--mapping", mapping.toString(),
				"--dry-run"), cli.err());
		assertTrue(cli.err().contains("the mapping the names propose is written to " + mapping), cli.err());
		assertTrue(cli.out().contains("left out: no list is called \"Agency list\""), cli.out());
		assertTrue(Files.readString(mapping).contains("Agency\\ list="), Files.readString(mapping));

		Files.writeString(mapping, "Agency\\ list = Agencies\nAgency\\ list/Agency\\ name = Name\nAgency\\ list/Staff = Employees\n");
		assertEquals(0, cli.run("import", catalogue.toString(), "--into", model.toString(), "--mapping", mapping.toString(),
				"--format", "json"), cli.err());
		assertTrue(cli.out().contains("\"list\":\"Agencies\",\"created\":1"), cli.out());
		assertTrue(Files.readString(model).contains("name=\"Parks Department\""));
		assertTrue(Files.readString(model).contains("employees=\"310\""));
	}

	@Test
	void deleteMissingNamesAListOrIsRefused() throws IOException {
		Path model = Examples.copy("state-email-consolidation", folder);
		Path services = folder.resolve("Services.csv");
		Files.writeString(services, "ID\nemail\n");

		assertEquals(2, cli.run("import", services.toString(), "--into", model.toString(), "--delete-missing", "Budgets"));
		assertTrue(cli.err().contains("--delete-missing Budgets: no sheet and no list of the model has this name"), cli.err());

		assertEquals(0, cli.run("import", services.toString(), "--into", model.toString(), "--delete-missing", "Services"),
				cli.err());
		assertTrue(cli.out().contains("deleted from Services: 2 ("), cli.out());
		assertFalse(Files.readString(model).contains("id=\"archive\""));
	}

	@Test
	void aTemplateHasTheHeadersAndNoRows() throws IOException {
		Path model = Examples.copy("state-email-consolidation", folder);
		assertEquals(0, cli.run("export", model.toString(), "--format", "xlsx", "--template", "--output", folder.toString()),
				cli.err());
		Path template = folder.resolve("state-email-consolidation-template.xlsx");
		assertTrue(Files.size(template) > 0);
		Path empty = folder.resolve("empty.portfolio");
		assertEquals(0, cli.run("import", template.toString(), "--into", empty.toString()), cli.err());
		assertTrue(cli.out().contains("in all: 0 created, 0 updated, 0 unchanged, 0 refused, 0 deleted"), cli.out());
	}
}
