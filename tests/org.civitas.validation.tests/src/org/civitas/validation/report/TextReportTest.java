package org.civitas.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The text report as a terminal or a CI log shows it. */
class TextReportTest {

	private final ReportFixture fixture = new ReportFixture();

	@Test
	void findingsAreGroupedBySeverityThenRule() throws IOException {
		List<String> lines = text(fixture.report()).lines().toList();
		int errors = lines.indexOf("Errors (2)");
		int warnings = lines.indexOf("Warnings (1)");
		int infos = lines.indexOf("Infos (1)");
		assertTrue(0 < errors && errors < warnings && warnings < infos, String.join("\n", lines));
		assertEquals("  GOV-001  Services have an owner  [Governance]", lines.get(errors + 3));
		assertEquals("      " + ReportFixture.EMAIL_FILE + ": Statewide E-mail Consolidation / services / E-mail <script>alert('x')</script> & \"Kalender\" f\u00fcr Z\u00fcrich",
				lines.get(errors + 4), "the file is named, since the report covers two");
		assertEquals("      " + ReportFixture.GRANTS_FILE + ": Federal Grants Portal / services / Grant applications",
				lines.get(lines.indexOf("          Service Grant applications has no owner") - 1));
		assertEquals(1, lines.stream().filter(line -> line.contains("GOV-001")).count(), "one heading per rule");
		assertEquals("  RSK-001  Risks have a level  [Risk]", lines.get(warnings + 3));
	}

	@Test
	void theSummaryLineCountsBySeverityAndGivesTheVerdict() throws IOException {
		List<String> lines = text(fixture.report()).lines().toList();
		assertEquals("Summary: 2 errors, 1 warning, 1 info. Failed: findings of severity Error or above fail the run.",
				lines.get(lines.size() - 1));
	}

	@Test
	void factsAreAlignedAndNameEveryFile() throws IOException {
		List<String> lines = text(fixture.report()).lines().toList();
		assertEquals("Civitas validation report: Shared services", lines.get(0));
		assertEquals("  Date     2026-11-28 09:30 UTC", lines.get(2));
		assertEquals("  Files    " + ReportFixture.EMAIL_FILE + ", " + ReportFixture.GRANTS_FILE, lines.get(3));
		assertEquals("  Profile  board.profile", lines.get(4));
		assertTrue(lines.get(5).startsWith("  Checked  7 elements by 4 rules in "), lines.get(5));
	}

	@Test
	void aMessageKeepsItsLinesAndLosesItsControlCharacters() throws IOException {
		String text = text(fixture.report());
		assertFalse(text.contains("\u0007"), "a control character could drive the terminal");
		assertTrue(text.contains("\n          second line \uFFFD \uD83D\uDE00 has no owner\n"),
				"a line break in a message continues at the message's indentation");
	}

	@Test
	void aCleanReportSaysSo() throws IOException {
		List<String> lines = text(fixture.cleanReport()).lines().toList();
		assertTrue(lines.contains("No findings: every element checked satisfies every rule that ran."), String.join("\n", lines));
		assertEquals("Summary: no errors, no warnings, no infos. Passed: no finding of severity Error or above.",
				lines.get(lines.size() - 1));
	}

	@Test
	void aWriterReceivesWhatAStreamReceives() throws IOException {
		ValidationReport report = fixture.report();
		StringWriter out = new StringWriter();
		ReportFormat.TEXT.write(report, out);
		assertEquals(text(report), out.toString());
	}

	private static String text(ValidationReport report) throws IOException {
		return ReportFixture.write(ReportFormat.TEXT, report);
	}
}
