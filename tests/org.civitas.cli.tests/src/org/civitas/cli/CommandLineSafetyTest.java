package org.civitas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * The command line never harms what it is given and always says what went wrong in words: an
 * output never replaces an input, a batch reports on every file, a folder or device is called
 * what it is, and the command line knows its commands, its version and its help.
 */
class CommandLineSafetyTest {

	@TempDir
	Path folder;

	private final CommandRunner cli = new CommandRunner();

	private Path copy(String fixture, String name) throws IOException {
		URL entry = FrameworkUtil.getBundle(CommandLineSafetyTest.class).findEntries("data", fixture, false).nextElement();
		return Files.copy(Path.of(FileLocator.toFileURL(entry).getPath()), folder.resolve(name));
	}

	@Test
	void aReportIsNeverWrittenOverTheModelItReportsOn() throws IOException {
		Path model = copy("unsponsored.portfolio", "board.portfolio");
		byte[] before = Files.readAllBytes(model);

		assertEquals(2, cli.run("validate", model.toString(), "--output", model.toString()));
		assertEquals(2, cli.run("validate", model.toString(), "--format", "html", "--output",
				folder.resolve("./../" + folder.getFileName() + "/board.portfolio").toString()));
		Path link = Files.createSymbolicLink(folder.resolve("report.html"), model.getFileName());
		assertEquals(2, cli.run("validate", model.toString(), "--output", link.toString()));

		assertTrue(cli.err().startsWith("civitas validate: the output " + link + " is the input " + model
				+ ": it would be overwritten; choose another output\n"), cli.err());
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	@Test
	void theRuleCatalogueIsNeverWrittenOverItsProfile() throws IOException {
		Path profile = Files.writeString(folder.resolve("board.profile"), "STK-005 = off\n");

		assertEquals(2, cli.run("rules", "--profile", profile.toString(), "--output", profile.toString()));

		assertEquals("STK-005 = off\n", Files.readString(profile));
	}

	@Test
	void exportIntoAFileInsteadOfAFolderIsRefused() throws IOException {
		Path model = copy("one-case.portfolio", "one-case.portfolio");
		byte[] before = Files.readAllBytes(model);

		assertEquals(2, cli.run("export", model.toString(), "--output", model.toString()));

		assertTrue(cli.err().startsWith("civitas export: --output " + model + " is a file; export writes its images into a folder"),
				cli.err());
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	@Test
	void validateReportsEveryFileAndValidatesThoseItCanRead() throws IOException {
		Path good = copy("unsponsored.portfolio", "good.portfolio");
		Path damaged = copy("not-xml.portfolio", "damaged.portfolio");
		Path absent = folder.resolve("absent.portfolio");
		Path report = folder.resolve("report.txt");

		int code = cli.run("validate", damaged.toString(), good.toString(), absent.toString(), "--output", report.toString());

		assertEquals(1, code, "a file that could not be read outranks findings");
		List<String> problems = cli.err().lines().toList();
		assertTrue(problems.get(0).matches("civitas validate: .*damaged\\.portfolio:1:\\d+: .*"), cli.err());
		assertEquals("civitas validate: " + absent + ": no such file", problems.get(1));
		assertEquals("civitas validate: 1 finding at or above error", problems.get(2));
		assertEquals(3, problems.size(), cli.err());
		assertTrue(Files.readString(report).contains("STK-005"), "the readable file was validated");
	}

	@Test
	void exportWritesWhatItCanAndNamesEveryBadFile() throws IOException {
		Path good = copy("one-case.portfolio", "one-case.portfolio");
		Path damaged = copy("not-xml.portfolio", "damaged.portfolio");
		Path images = folder.resolve("images");

		assertEquals(1, cli.run("export", damaged.toString(), good.toString(), "--output", images.toString()));

		assertTrue(cli.err().matches("civitas export: .*damaged\\.portfolio:1:\\d+: .*\\n"), cli.err());
		try (var written = Files.list(images)) {
			assertFalse(written.toList().isEmpty(), "the good model's diagrams were exported");
		}
	}

	@Test
	void foldersDevicesAndStandardInputAreCalledWhatTheyAre() {
		assertEquals(1, cli.run("info", folder.toString()));
		assertEquals("civitas info: " + folder + ": is a folder, not a file\n", cli.err());
		assertEquals(1, cli.run("validate", "/dev/null"));
		assertEquals("civitas validate: /dev/null: is a device, not a file\n", cli.err());
		assertEquals(1, cli.run("finance", "-"));
		assertEquals("civitas finance: '-': Civitas does not read standard input; give the file's name\n", cli.err());
	}

	private Path portfolio(String name, String body) throws IOException {
		return Files.writeString(folder.resolve(name), """
				<?xml version="1.0" encoding="UTF-8"?>
				<portfolio:Portfolio xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    xmlns:portfolio="http://civitas.org/portfolio/1.0" id="p" name="Strict" currency="EUR">
				""" + body + "</portfolio:Portfolio>\n");
	}

	@Test
	void datesThatCannotBeRealAreRefusedWithTheirPlace() throws IOException {
		for (String date : List.of("2025-13-45", "2025-02-30", "0000-00-00")) {
			Path file = portfolio("dates.portfolio", "  <risks id=\"r\" name=\"Outage\" likelihood=\"2\" impact=\"3\">\n"
					+ "    <mitigations id=\"m\" name=\"Failover\" dueDate=\"" + date + "\"/>\n  </risks>\n");

			assertEquals(1, cli.run("info", file.toString()), date);

			assertTrue(cli.err().startsWith("civitas info: " + file + ":5:"), cli.err());
			assertTrue(cli.err().endsWith(": dueDate: '" + date + "' is not a date: write it as YYYY-MM-DD (for example 2025-03-31)\n"),
					cli.err());
		}
	}

	@Test
	void wrongValuesAreNamedWithTheirFeatureAndWhatIsAllowed() throws IOException {
		Path level = portfolio("level.portfolio", "  <services id=\"s\" name=\"Payroll\" lifecycle=\"RETIRING\"/>\n");
		assertEquals(1, cli.run("info", level.toString()));
		assertTrue(cli.err().contains(":4:") && cli.err().contains("lifecycle: 'RETIRING' is not one of PROPOSED, PILOT, OPERATIONAL, "), cli.err());

		Path rate = portfolio("rate.portfolio", "  <businessCases id=\"c\" name=\"Case\" discountRate=\"NaN\"/>\n");
		assertEquals(1, cli.run("info", rate.toString()));
		assertTrue(cli.err().contains(":4:") && cli.err().contains("discountRate: 'NaN' is not a finite number"), cli.err());

		Path twice = portfolio("twice.portfolio", "  <services id=\"s\" name=\"Payroll\"/>\n  <services id=\"s\" name=\"E-mail\"/>\n");
		assertEquals(1, cli.run("info", twice.toString()));
		assertTrue(cli.err().contains(":5:") && cli.err().contains("the id 's' is already the id of the element on line 4; ids must be unique"),
				cli.err());
	}

	@Test
	void textThatIsNotUtf8IsPlacedByLineAndColumn() throws IOException {
		Path file = portfolio("latin.portfolio", "  <services id=\"s\" name=\"Zurich\"/>\n");
		byte[] bytes = Files.readAllBytes(file);
		String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("Zurich", "Z\u00fcrich");
		Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

		assertEquals(1, cli.run("validate", file.toString()));

		assertTrue(cli.err().startsWith("civitas validate: " + file + ":4:27: the text is not UTF-8 here ("), cli.err());
		Path profile = Files.write(folder.resolve("latin.profile"), "# Zur\u00fcck\nSTK-005 = off\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		assertEquals(1, cli.run("validate", copy("one-case.portfolio", "one.portfolio").toString(), "--profile", profile.toString()));
		assertEquals("civitas validate: " + profile + ":1:6: the text is not UTF-8 here; save the profile as UTF-8\n", cli.err());
	}

	@Test
	void anUnknownCommandIsNamedWithTheNearestOne() {
		assertEquals(2, cli.run("valdate", "x.portfolio"));
		assertEquals("civitas: unknown command 'valdate'; did you mean 'validate'? (civitas help lists the commands)\n",
				cli.err());
		assertEquals(2, cli.run("frobnicate"));
		assertEquals("civitas: unknown command 'frobnicate'; civitas help lists the commands\n", cli.err());
	}

	@Test
	void versionNamesTheProductAndWhatItRunsOn() {
		assertEquals(0, cli.run("--version"));
		assertTrue(cli.out().matches("Civitas Portfolio Studio \\d+\\.\\d+\\.\\d+ \\(built .+\\)\\nJava 17.*, EMF Ecore 2\\.\\d+\\.\\d+, ELK 0\\.\\d+\\.\\d+, Eclipse runtime 3\\.\\d+\\.\\d+\\n"),
				cli.out());
		assertEquals("", cli.err());
	}

	@Test
	void everyCommandHasItsHelpWithinEightyColumns() {
		assertEquals(0, cli.run("--help"));
		String overview = cli.out();
		for (String command : List.of("info", "finance", "validate", "rules", "diagrams", "export", "viewpoints",
				"generate", "benchmark")) {
			assertTrue(overview.contains("\n  " + command + " "), command + " is listed: " + overview);
			assertEquals(0, cli.run(command, "--help"), command);
			assertTrue(cli.out().startsWith(cli.out().lines().findFirst().orElseThrow() + "\nUsage: civitas " + command),
					cli.out());
			assertEquals("", cli.err());
			assertWithinEightyColumns(cli.out());
		}
		assertWithinEightyColumns(overview);
		assertTrue(overview.contains("Exit codes:\n  0  success\n  1  bad input"), overview);

		assertEquals(0, cli.run("help", "validate"));
		assertTrue(cli.out().contains("--fail-on=SEVERITY"), cli.out());
	}

	@Test
	void theHelpOfReportAndImportNamesTheSectionsAndFormatsInstalled() {
		assertEquals(0, cli.run("report", "--help"));
		assertTrue(words(cli.out()).contains("Installed: cover, portfolio, finance, performance, risk,"), cli.out());

		assertEquals(0, cli.run("import", "--help"));
		assertTrue(words(cli.out()).contains("Installed: .xlsx (Excel workbook), .csv (CSV files)."), cli.out());
	}

	/** Help text with its line breaks and indentation as single spaces, as a reader takes it in. */
	private static String words(String help) {
		return help.replaceAll("\\s+", " ");
	}

	@Test
	void noCommandPrintsWhatThereIsAndCountsAsMisuse() {
		assertEquals(2, cli.run());
		assertTrue(cli.err().contains("Commands:"), cli.err());
	}

	private static void assertWithinEightyColumns(String text) {
		text.lines().forEach(line -> assertTrue(line.length() <= 80, line.length() + " columns: " + line));
	}
}
