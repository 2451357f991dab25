package org.civitas.interchange.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.civitas.interchange.SourceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files as people's tools write them: encodings and separators found, rows numbered as a reader counts them. */
class CsvReadingTest {

	@TempDir
	Path folder;

	@Test
	void excelOnWindowsSemicolonsAndWindows1252() throws IOException {
		SourceTable table = CsvTables.read(fixture("services-excel-windows.csv"));

		assertEquals("services-excel-windows", table.name());
		assertEquals(List.of("ID", "Name", "Service Line", "Annual Cost"), table.headers());
		assertEquals(2, table.rows().size(), "the blank line is left out");
		assertEquals("Paie et r\u00e9mun\u00e9ration", table.rows().get(1).cell(1), "accents read as written");
		assertEquals("980.000,00 \u20ac", table.rows().get(1).cell(3));
		assertEquals(4, table.rows().get(1).number(), "the row a reader counts, blank line included");
	}

	@Test
	void tabsInUtf8WithAByteOrderMarkAndSeparatorsInsideValues() throws IOException {
		SourceTable table = CsvTables.read(fixture("agencies-tabs-bom.csv"));

		assertEquals(List.of("ID", "Name", "Level"), table.headers(), "the mark is not part of the first header");
		assertEquals("Health and Human Services, State of Oregon", table.rows().get(0).cell(1));
		assertEquals("", table.rows().get(0).cell(7), "a column the row does not reach is empty");
	}

	@Test
	void whatCivitasWritesItReadsBack() throws IOException {
		Path file = folder.resolve("plain.csv");
		Files.writeString(file, "ID,Name\n\"a,1\",\"say \"\"hi\"\"\"\n");
		SourceTable table = CsvTables.read(file);
		assertEquals(',', CsvTables.delimiterOf("ID,Name\n"));
		assertEquals(List.of("a,1", "say \"hi\""), table.rows().get(0).cells());
	}

	private Path fixture(String name) throws IOException {
		return Fixtures.copy(name, folder);
	}
}
