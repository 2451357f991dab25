package org.civitas.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The JSON report parses, and has the members its documentation promises. */
class JsonReportTest {

	private final ReportFixture fixture = new ReportFixture();

	@Test
	void theDocumentHasTheDocumentedMembers() throws IOException {
		JsonNode report = json(fixture.report());
		assertEquals(List.of("format", "formatVersion", "title", "created", "tool", "profile", "files", "elementsChecked",
				"durationMillis", "failOn", "failed", "summary", "rules", "findings"), List.copyOf(report.propertyNames()));
		assertEquals("civitas-validation-report", report.get("format").stringValue());
		assertEquals(1, report.get("formatVersion").intValue());
		assertEquals("Shared services", report.get("title").stringValue());
		assertEquals("2026-11-28T09:30:00Z", report.get("created").stringValue());
		assertEquals("Civitas", report.at("/tool/name").stringValue());
		assertEquals("1.2.3", report.at("/tool/version").stringValue());
		assertEquals("board.profile", report.get("profile").stringValue());
		assertEquals(List.of(ReportFixture.EMAIL_FILE, ReportFixture.GRANTS_FILE), strings(report.get("files")));
		assertEquals(7, report.get("elementsChecked").intValue());
		assertEquals("error", report.get("failOn").stringValue());
		assertTrue(report.get("failed").booleanValue());
	}

	@Test
	void theSummaryCountsBySeverityAndByCategory() throws IOException {
		JsonNode summary = json(fixture.report()).get("summary");
		assertEquals(4, summary.get("total").intValue());
		assertEquals(2, summary.at("/bySeverity/error").intValue());
		assertEquals(1, summary.at("/bySeverity/warning").intValue());
		assertEquals(1, summary.at("/bySeverity/info").intValue());
		assertEquals(List.of("Finance", "Governance", "Model", "Risk"), List.copyOf(summary.get("byCategory").propertyNames()),
				"every category of a rule that ran, in alphabetical order");
		assertEquals(2, summary.at("/byCategory/Governance/error").intValue());
		assertEquals(2, summary.at("/byCategory/Governance/total").intValue());
		assertEquals(1, summary.at("/byCategory/Finance/info").intValue());
		assertEquals(0, summary.at("/byCategory/Model/total").intValue());
	}

	@Test
	void eachFindingSaysWhatWhereAndWhy() throws IOException {
		JsonNode findings = json(fixture.report()).get("findings");
		assertEquals(List.of("GOV-001", "GOV-001", "RSK-001", "FIN-001"),
				StreamSupport.stream(findings.spliterator(), false).map(finding -> finding.get("ruleId").stringValue()).toList(),
				"by severity, then rule, then file");
		JsonNode first = findings.get(0);
		assertEquals(List.of("ruleId", "title", "category", "severity", "message", "file", "elementPath", "elementLabel",
				"elementId", "feature", "strategies", "rationale"), List.copyOf(first.propertyNames()));
		assertEquals("Services have an owner", first.get("title").stringValue());
		assertEquals("Governance", first.get("category").stringValue());
		assertEquals("error", first.get("severity").stringValue());
		assertEquals("Service " + ReportFixture.HOSTILE_NAME + " has no owner", first.get("message").stringValue(),
				"every character comes back as it was, the control character included");
		assertEquals(ReportFixture.EMAIL_FILE, first.get("file").stringValue());
		assertEquals("Statewide E-mail Consolidation / services / " + ReportFixture.HOSTILE_NAME,
				first.get("elementPath").stringValue());
		assertEquals(ReportFixture.HOSTILE_NAME, first.get("elementLabel").stringValue());
		assertEquals("svc-2", first.get("elementId").stringValue());
		assertEquals("owner", first.get("feature").stringValue());
		assertEquals(List.of("S1", "G2"), strings(first.get("strategies")));
		assertEquals(ReportFixture.OWNER_RATIONALE, first.get("rationale").stringValue());

		JsonNode risk = findings.get(2);
		assertEquals("warning", risk.get("severity").stringValue());
		assertEquals("Risk \"Migration delays\" has no level", risk.get("message").stringValue());
		assertEquals("Statewide E-mail Consolidation / risks[2]", risk.get("elementPath").stringValue(),
				"an element without a name is named by its position");
		assertEquals("//@risks.1", risk.get("elementId").stringValue(), "the URI fragment, where the model has no ids");
		assertEquals(ReportFixture.GRANTS_FILE, findings.get(1).get("file").stringValue());
	}

	@Test
	void theRulesAreThoseThatRan() throws IOException {
		JsonNode rules = json(fixture.report()).get("rules");
		assertEquals(List.of("EMF-001", "GOV-001", "FIN-001", "RSK-001"),
				StreamSupport.stream(rules.spliterator(), false).map(rule -> rule.get("id").stringValue()).toList(),
				"GOV-002 is off by default");
		JsonNode cost = rules.get(2);
		assertEquals("info", cost.get("severity").stringValue());
		assertEquals(List.of("F1"), strings(cost.get("strategies")));
		assertEquals("Costs are what the board compares services by.", cost.get("rationale").stringValue());
	}

	@Test
	void aCleanReportHasNoFindingsAndPasses() throws IOException {
		JsonNode report = json(fixture.cleanReport());
		assertEquals(0, report.get("findings").size());
		assertEquals(0, report.at("/summary/total").intValue());
		assertFalse(report.get("failed").booleanValue());
		assertEquals(4, report.get("rules").size());
	}

	private static JsonNode json(ValidationReport report) throws IOException {
		return StrictJson.parse(ReportFixture.write(ReportFormat.JSON, report));
	}

	private static List<String> strings(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::stringValue).toList();
	}
}
