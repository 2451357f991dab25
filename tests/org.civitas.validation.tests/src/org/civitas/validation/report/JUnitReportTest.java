package org.civitas.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civitas.validation.Severity;
import org.civitas.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The JUnit report as CI dashboards read it: a suite per category, a test case per rule and
 * element it checked, errors failing, warnings and infos noted.
 */
class JUnitReportTest {

	private final ReportFixture fixture = new ReportFixture();

	@Test
	void eachCategoryIsASuiteWithATestPerRuleAndElementChecked() throws Exception {
		Element suites = suites(fixture.report());
		assertEquals(Map.of(
				"Finance", List.of(3, 0),
				"Governance", List.of(3, 2),
				"Model", List.of(7, 0),
				"Risk", List.of(2, 0)), countsBySuite(suites),
				"EMF-001 checks all 7 elements, GOV-001 and FIN-001 the 3 services, RSK-001 the 2 risks");
		assertEquals("15", suites.getAttribute("tests"));
		assertEquals("2", suites.getAttribute("failures"));
		assertEquals("0", suites.getAttribute("errors"));
		assertEquals("Shared services", suites.getAttribute("name"));
	}

	@Test
	void theCountsGivenAgreeWithTheTestCasesWritten() throws Exception {
		for (Element suite : Xml.children(suites(fixture.report()), "testsuite")) {
			List<Element> cases = Xml.children(suite, "testcase");
			assertEquals(Integer.toString(cases.size()), suite.getAttribute("tests"), suite.getAttribute("name"));
			assertEquals(Long.toString(cases.stream().filter(testCase -> !Xml.children(testCase, "failure").isEmpty()).count()),
					suite.getAttribute("failures"), suite.getAttribute("name"));
		}
	}

	@Test
	void aFailureNamesTheElementTheMessageAndTheRationale() throws Exception {
		Element governance = suite(suites(fixture.report()), "Governance");
		List<Element> cases = Xml.children(governance, "testcase");
		assertEquals(List.of("Statewide E-mail Consolidation / services / Hosted e-mail and calendar",
				"Statewide E-mail Consolidation / services / " + ReportFixture.xmlSafe(ReportFixture.HOSTILE_NAME),
				"Federal Grants Portal / services / Grant applications"),
				cases.stream().map(testCase -> testCase.getAttribute("name")).toList(), "model order");
		assertTrue(cases.stream().allMatch(testCase -> testCase.getAttribute("classname").equals("Governance.GOV-001")));
		assertEquals(List.of(ReportFixture.EMAIL_FILE, ReportFixture.EMAIL_FILE, ReportFixture.GRANTS_FILE),
				cases.stream().map(testCase -> testCase.getAttribute("file")).toList());
		assertEquals(List.of(), Xml.children(cases.get(0), "failure"), "an owned service passes");
		Element failure = Xml.children(cases.get(1), "failure").get(0);
		assertEquals("error", failure.getAttribute("type"));
		assertEquals(ReportFixture.xmlSafe("Service " + ReportFixture.HOSTILE_NAME + " has no owner"),
				failure.getAttribute("message"), "line breaks and quotes survive the attribute");
		assertTrue(failure.getTextContent().contains("Rule GOV-001: Services have an owner\nWhy it matters: "
				+ ReportFixture.OWNER_RATIONALE), failure.getTextContent());
	}

	@Test
	void warningsAndInfosAreNotedWithoutFailingByDefault() throws Exception {
		Element suites = suites(fixture.report());
		Element delays = Xml.children(suite(suites, "Risk"), "testcase").get(1);
		assertEquals("Statewide E-mail Consolidation / risks[2]", delays.getAttribute("name"));
		assertEquals(List.of(), Xml.children(delays, "failure"));
		assertEquals("Warning: Risk \"Migration delays\" has no level\n",
				Xml.children(delays, "system-out").get(0).getTextContent());
		Element noCost = Xml.children(suite(suites, "Finance"), "testcase").get(1);
		assertEquals(List.of(), Xml.children(noCost, "failure"));
		assertTrue(Xml.children(noCost, "system-out").get(0).getTextContent().startsWith("Info: Service E-mail"));
	}

	@Test
	void warningsFailWhenTheRunFailsOnWarnings() throws Exception {
		Element suites = suites(fixture.report(fixture.validate()).failOn(Severity.WARNING).build());
		assertEquals(List.of(2, 1), countsBySuite(suites).get("Risk"));
		assertEquals(List.of(3, 0), countsBySuite(suites).get("Finance"), "infos still pass");
		assertEquals("3", suites.getAttribute("failures"));
		Element failure = Xml.children(Xml.children(suite(suites, "Risk"), "testcase").get(1), "failure").get(0);
		assertEquals("warning", failure.getAttribute("type"));
	}

	@Test
	void aResultWithoutCoverageStillListsEveryFinding() throws Exception {
		ValidationResult found = fixture.validate();
		ValidationResult findingsOnly = new ValidationResult(found.findings(), found.elementsChecked(), found.duration());
		Element suites = suites(fixture.report(findingsOnly).build());
		assertEquals(Map.of("Finance", List.of(1, 0), "Governance", List.of(2, 2), "Risk", List.of(1, 0)), countsBySuite(suites));
	}

	@Test
	void aCleanReportHasOnlyPassingTests() throws Exception {
		Element suites = suites(fixture.cleanReport());
		assertEquals("15", suites.getAttribute("tests"));
		assertEquals("0", suites.getAttribute("failures"));
		assertEquals(List.of(), Xml.elements(suites, "system-out"));
	}

	private static Element suites(ValidationReport report) throws Exception {
		return Xml.parse(ReportFixture.write(ReportFormat.JUNIT, report)).getDocumentElement();
	}

	private static Element suite(Element suites, String name) {
		return Xml.children(suites, "testsuite").stream().filter(suite -> suite.getAttribute("name").equals(name)).findFirst()
				.orElseThrow();
	}

	/** Tests and failures per suite, as the suites' attributes give them. */
	private static Map<String, List<Integer>> countsBySuite(Element suites) {
		Map<String, List<Integer>> counts = new LinkedHashMap<>();
		for (Element suite : Xml.children(suites, "testsuite")) {
			counts.put(suite.getAttribute("name"),
					List.of(Integer.parseInt(suite.getAttribute("tests")), Integer.parseInt(suite.getAttribute("failures"))));
		}
		return counts;
	}
}
