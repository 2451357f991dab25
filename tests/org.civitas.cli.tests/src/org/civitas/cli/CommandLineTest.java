package org.civitas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.civitas.validation.ModelValidator;
import org.civitas.validation.RuleExtensions;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** The command line as a script or a CI job uses it: output, exit codes, one-line errors. */
class CommandLineTest {

	@TempDir
	Path folder;

	private final CommandRunner cli = new CommandRunner();

	@Test
	void financePrintsTheFiguresOfEveryBusinessCase() throws IOException {
		assertEquals(0, cli.run("finance", fixture("one-case.portfolio")));

		// Net flows -1000, 300, 400, 500 at the portfolio's 10%: NPV -21.04, IRR 8.90%, payback 2.6 years.
		assertTrue(cli.out().contains("Shared payroll"), cli.out());
		assertTrue(cli.out().contains("-21.04 EUR"), cli.out());
		assertTrue(cli.out().contains("8.90%"), cli.out());
		assertTrue(cli.out().contains("2.60 years"), cli.out());
	}

	@Test
	void financeAsJsonCarriesTheSameFigures() throws IOException {
		assertEquals(0, cli.run("finance", fixture("one-case.portfolio"), "--json"));

		String json = cli.out().trim();
		assertTrue(json.startsWith("{\"portfolio\":\"One case\",\"currency\":\"EUR\",\"businessCases\":[{\"id\":\"case\""), json);
		assertTrue(json.contains("\"simplePayback\":2.6"), json);
		assertTrue(json.contains("\"discountedPayback\":null"), json);
	}

	@Test
	void generateIsDeterministicForASeed() throws IOException {
		Path first = folder.resolve("first.portfolio");
		Path second = folder.resolve("second.portfolio");
		Path other = folder.resolve("other.portfolio");
		assertEquals(0, cli.run("generate", "--elements", "2000", "--seed", "5", first.toString()));
		assertEquals(0, cli.run("generate", "--elements", "2000", "--seed", "5", second.toString()));
		assertEquals(0, cli.run("generate", "--elements", "2000", "--seed", "6", other.toString()));

		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
		assertFalse(new String(Files.readAllBytes(first)).equals(new String(Files.readAllBytes(other))));
	}

	@Test
	void generatedPortfolioHasAboutTheAskedSizeAndInfoCountsIt() {
		Path file = folder.resolve("sized.portfolio");
		assertEquals(0, cli.run("generate", "--elements", "5000", file.toString()));
		long written = Long.parseLong(cli.out().replaceAll("(?s).*: (\\d+) elements.*", "$1").trim());
		assertTrue(written > 4750 && written < 5250, "within 5% of 5000: " + written);

		assertEquals(0, cli.run("info", file.toString()));
		assertTrue(cli.out().contains("elements in all: " + written), cli.out());
	}

	@Test
	void aMissingFileIsOneLineNamingIt() {
		assertEquals(1, cli.run("info", folder.resolve("absent.portfolio").toString()));
		assertTrue(cli.err().contains("absent.portfolio: no such file"), cli.err());
		assertEquals(1, cli.err().lines().count(), cli.err());
	}

	@Test
	void aDamagedFileNamesTheFileAndLine() throws IOException {
		assertEquals(1, cli.run("info", fixture("not-xml.portfolio")));
		assertTrue(cli.err().matches("(?s)civitas info: .*not-xml\\.portfolio:1:\\d+: .*"), cli.err());
	}

	@Test
	void misuseExitsWithTwo() {
		assertEquals(2, cli.run("finance"));
		assertTrue(cli.err().startsWith("civitas finance: Missing required parameter: 'FILE'\nusage: civitas finance "), cli.err());
		assertTrue(cli.err().strip().endsWith("FILE"), cli.err());
		assertEquals(2, cli.run("generate", "--elements", "many", "out.portfolio"));
		assertEquals(2, cli.run("info", "--verbose", "x.portfolio"));
		assertEquals(2, cli.run("frobnicate"));
	}

	@Test
	void validateFailsOnAnErrorAndNamesTheRuleTheElementAndTheStrategy() throws IOException {
		assertEquals(3, cli.run("validate", fixture("unsponsored.portfolio")));
		assertTrue(cli.out().contains("STK-005") && cli.out().contains("Payroll services"), cli.out());
		assertTrue(cli.err().startsWith("civitas validate: 1 finding at or above error"), cli.err());
	}

	@Test
	void aProfileCanSwitchARuleOffAndWarningsNeedNotFail() throws IOException {
		Path profile = Files.writeString(folder.resolve("board.profile"), "# board\nSTK-005 = off\n");
		assertEquals(0, cli.run("validate", fixture("unsponsored.portfolio"), "--profile", profile.toString()));
		assertEquals(3, cli.run("validate", fixture("unsponsored.portfolio"), "--profile", profile.toString(), "--fail-on", "warning"));
	}

	@Test
	void everyReportFormatIsWrittenToItsFile() throws IOException {
		for (String format : List.of("text", "json", "html", "junit", "sarif")) {
			Path report = folder.resolve("report." + format);
			cli.run("validate", fixture("unsponsored.portfolio"), "--format", format, "--output", report.toString());
			String content = Files.readString(report);
			assertTrue(content.contains("STK-005"), format + ": " + content);
		}
		assertTrue(Files.readString(folder.resolve("report.sarif")).contains("\"version\": \"2.1.0\"")
				|| Files.readString(folder.resolve("report.sarif")).contains("\"version\":\"2.1.0\""));
	}

	@Test
	void badValidationInputIsOneLineWithItsOwnExitCode() throws IOException {
		Path profile = Files.writeString(folder.resolve("broken.profile"), "STK-005 = sometimes\n");
		assertEquals(1, cli.run("validate", fixture("unsponsored.portfolio"), "--profile", profile.toString()));
		assertTrue(cli.err().contains("broken.profile:1:"), cli.err());
		Path misspelt = Files.writeString(folder.resolve("misspelt.profile"), "# board\nEMF-001 = on\nSTK-05 = off\n");
		assertEquals(1, cli.run("validate", fixture("unsponsored.portfolio"), "--profile", misspelt.toString()));
		assertTrue(cli.err().contains("misspelt.profile:3: there is no rule STK-05"), "a setting that would not apply is refused: " + cli.err());
		assertEquals(2, cli.run("validate", fixture("unsponsored.portfolio"), "--format", "pdf"));
		assertEquals(2, cli.run("validate"));
		assertEquals(1, cli.run("validate", folder.resolve("absent.portfolio").toString()));
	}

	@Test
	void rulesListsEveryRuleValidateRunsByCategory() {
		assertEquals(0, cli.run("rules"));

		for (String id : knownRuleIds()) {
			assertTrue(cli.out().contains("  " + id + "  "), id + " missing: " + cli.out());
		}
		assertTrue(cli.out().startsWith("Civitas validation rules: " + knownRuleIds().size() + " rules in "), cli.out());
		assertTrue(cli.out().contains("\nStakeholders\n"), cli.out());
		assertTrue(cli.out().contains("STK-005  Services past pilot have an executive sponsor\n"
				+ "           error, on; modes live, batch; strategies S5\n"
				+ "           Once a service leaves its pilot, it needs a sponsor"), cli.out());
	}

	@Test
	void rulesAsMarkdownIsATablePerCategoryFollowedByTheRationales() {
		assertEquals(0, cli.run("rules", "--format", "markdown"));

		String markdown = cli.out();
		assertTrue(markdown.startsWith("# Civitas validation rules\n"), markdown);
		assertTrue(markdown.contains("## Finance\n\n| Rule | Title | Severity | Strategies |\n| --- | --- | --- | --- |\n"
				+ "| FIN-001 | Business cases have a cost baseline | error | F1, F5 |\n"), markdown);
		int table = markdown.indexOf("| FIN-007 |");
		int rationale = markdown.indexOf("**FIN-001**: Savings can only be shown");
		assertTrue(table > 0 && rationale > table && rationale < markdown.indexOf("## Governance"), markdown);
		for (String id : knownRuleIds()) {
			assertTrue(markdown.contains("| " + id + " |"), id + " missing: " + markdown);
		}
	}

	@Test
	void rulesAsJsonCarriesEveryRuleForScripts() {
		assertEquals(0, cli.run("rules", "--format", "json"));

		String json = cli.out().trim();
		assertTrue(json.startsWith("{\"format\":\"civitas-rules\",\"formatVersion\":1,\"profile\":null,\"categories\":["), json);
		assertTrue(json.contains("{\"id\":\"STK-005\",\"title\":\"Services past pilot have an executive sponsor\","
				+ "\"severity\":\"error\",\"defaultSeverity\":\"error\",\"enabled\":true,\"enabledByDefault\":true,"
				+ "\"modes\":[\"live\",\"batch\"],\"strategies\":[\"S5\"],\"rationale\":\"Once a service"), json);
		for (String id : knownRuleIds()) {
			assertTrue(json.contains("{\"id\":\"" + id + "\""), id + " missing: " + json);
		}
	}

	@Test
	void rulesUnderAProfileShowWhatItSwitchesAndRegrades() throws IOException {
		Path profile = Files.writeString(folder.resolve("board.profile"), "# board\nSTK-005 = off\nFIN-004 = error\n");
		int rules = knownRuleIds().size();

		assertEquals(0, cli.run("rules", "--profile", profile.toString()));
		assertTrue(cli.out().contains("under profile " + profile + ": " + (rules - 1) + " on, 1 off"), cli.out());
		assertTrue(cli.out().contains("           error, off; modes live, batch; strategies S5\n"), cli.out());
		assertTrue(cli.out().contains("           error (default warning), on; modes live, batch; strategies F4\n"), cli.out());

		assertEquals(0, cli.run("rules", "--profile", profile.toString(), "--format", "markdown"));
		assertTrue(cli.out().contains("| Rule | Title | Severity | Runs | Strategies |"), cli.out());
		assertTrue(cli.out().contains("| STK-005 | Services past pilot have an executive sponsor | error | off | S5 |"), cli.out());
		assertTrue(cli.out().contains("| FIN-004 | Costs are recorded in standard categories | error (default warning) | on | F4 |"), cli.out());

		assertEquals(0, cli.run("rules", "--profile", profile.toString(), "--format", "json"));
		assertTrue(cli.out().contains("\"profile\":" + Json.string(profile.toString())), cli.out());
		assertTrue(cli.out().contains("{\"id\":\"STK-005\",\"title\":\"Services past pilot have an executive sponsor\","
				+ "\"severity\":\"error\",\"defaultSeverity\":\"error\",\"enabled\":false,"), cli.out());
		assertTrue(cli.out().contains("\"severity\":\"error\",\"defaultSeverity\":\"warning\",\"enabled\":true,"), cli.out());
	}

	@Test
	void rulesAreWrittenToTheOutputFile() throws IOException {
		Path catalogue = folder.resolve("board/rules.md");
		assertEquals(0, cli.run("rules", "--format", "markdown", "--output", catalogue.toString()));

		assertEquals("", cli.out());
		String written = Files.readString(catalogue, StandardCharsets.UTF_8);
		assertEquals(0, cli.run("rules", "--format", "markdown"));
		assertEquals(cli.out(), written);
	}

	@Test
	void badRulesInputIsOneLineWithItsOwnExitCode() throws IOException {
		Path profile = Files.writeString(folder.resolve("broken.profile"), "# board\nSTK-005 = sometimes\n");
		assertEquals(1, cli.run("rules", "--profile", profile.toString()));
		assertTrue(cli.err().startsWith("civitas rules: " + profile + ":2: "), cli.err());
		assertEquals(1, cli.err().lines().count(), cli.err());
		assertEquals(1, cli.run("rules", "--profile", folder.resolve("absent.profile").toString()));
		assertTrue(cli.err().contains("absent.profile: no such file"), cli.err());

		assertEquals(2, cli.run("rules", "--format", "pdf"));
		assertTrue(cli.err().startsWith("civitas rules: --format takes text, markdown or json, not \"pdf\""), cli.err());
		assertTrue(cli.err().contains("usage: civitas rules ") && cli.err().contains("[--format=FORMAT]"), cli.err());
		assertEquals(2, cli.run("rules", "extra"));
		assertEquals(2, cli.run("rules", "--format"));
	}

	@Test
	void helpListsTheRulesCommand() {
		assertEquals(0, cli.run("help"));
		assertTrue(cli.out().contains("\n  rules       Every rule validate runs: severity, modes, strategies.\n"), cli.out());
	}

	/**
	 * The board's rule catalogue in the repository is what {@code civitas rules --format markdown}
	 * writes now: a changed rule fails this test until the catalogue is regenerated. Tycho runs
	 * tests in the module's folder, two levels below the repository's root.
	 */
	@Test
	void theBoardsRuleCatalogueIsCurrent() throws IOException {
		Path catalogue = Path.of("../../docs/board/rules.md");
		assertTrue(Files.isRegularFile(catalogue), catalogue.toAbsolutePath() + " is missing");

		assertEquals(0, cli.run("rules", "--format", "markdown"));
		assertEquals(cli.out(), Files.readString(catalogue, StandardCharsets.UTF_8),
				"docs/board/rules.md is stale: regenerate it with civitas rules --format markdown --output docs/board/rules.md");
	}

	/** The ids of the rules validate runs: EMF's well-formedness checks and every installed rule. */
	private static List<String> knownRuleIds() {
		List<String> ids = new ArrayList<>(List.of(ModelValidator.WELL_FORMED.id()));
		RuleExtensions.registry(Platform.getExtensionRegistry()).rules().forEach(rule -> ids.add(rule.id()));
		return ids;
	}

	private static String fixture(String name) throws IOException {
		URL entry = FrameworkUtil.getBundle(CommandLineTest.class).findEntries("data", name, false).nextElement();
		return FileLocator.toFileURL(entry).getPath();
	}
}
