package org.civitas.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The HTML report is a well-formed, self-contained page whose content is text, never markup, whatever the model holds. */
class HtmlReportTest {

	private final ReportFixture fixture = new ReportFixture();

	@Test
	void thePageIsWellFormedAndSelfContained() throws Exception {
		String html = ReportFixture.write(ReportFormat.HTML, fixture.report());
		assertTrue(html.startsWith("<!DOCTYPE html>\n"), html);
		Element page = Xml.parse(html).getDocumentElement();
		assertEquals("html", page.getTagName());
		assertEquals("Shared services: validation report", Xml.elements(page, "title").get(0).getTextContent());
		assertEquals(1, Xml.elements(page, "style").size(), "the style sheet is inline");
		for (String external : List.of("script", "link", "img", "iframe", "object")) {
			assertEquals(List.of(), Xml.elements(page, external), external);
		}
		assertTrue(Xml.elements(page, "*").stream().noneMatch(element -> element.hasAttribute("src") || element.hasAttribute("href")),
				"nothing is loaded from elsewhere");
	}

	@Test
	void aHostileNameIsTextNotMarkup() throws Exception {
		String html = ReportFixture.write(ReportFormat.HTML, fixture.report());
		assertFalse(html.contains("<script"), "markup in a name is escaped");
		Element page = Xml.parse(html).getDocumentElement();
		List<String> messages = Xml.withClass(page, "div", "message").stream().map(Element::getTextContent).toList();
		assertTrue(messages.contains(ReportFixture.xmlSafe("Service " + ReportFixture.HOSTILE_NAME + " has no owner")),
				messages.toString());
		List<String> paths = Xml.withClass(page, "div", "path").stream().map(Element::getTextContent).toList();
		assertTrue(paths.contains(ReportFixture.EMAIL_FILE + ": Statewide E-mail Consolidation / services / "
				+ ReportFixture.xmlSafe(ReportFixture.HOSTILE_NAME)), paths.toString());
	}

	@Test
	void theHeaderNamesTheFilesAndTheProfile() throws Exception {
		Element page = page(fixture.report());
		Element header = Xml.elements(page, "header").get(0);
		assertEquals("Shared services", Xml.elements(header, "h1").get(0).getTextContent());
		assertEquals(List.of(ReportFixture.EMAIL_FILE, ReportFixture.GRANTS_FILE),
				Xml.elements(header, "code").stream().map(Element::getTextContent).toList());
		assertEquals("2026-11-28T09:30:00Z", Xml.elements(header, "time").get(0).getAttribute("datetime"));
		assertTrue(header.getTextContent().contains("board.profile"));
		assertEquals("2 errors, 1 warning, 1 info. Failed: findings of severity Error or above fail the run.",
				Xml.withClass(header, "p", "verdict").get(0).getTextContent());
	}

	@Test
	void theSummaryTableCountsByCategoryAndSeverity() throws Exception {
		Element table = Xml.elements(page(fixture.report()), "table").get(0);
		assertEquals(List.of("Category", "Errors", "Warnings", "Infos", "Total"), cells(Xml.elements(table, "thead").get(0), "th"));
		List<List<String>> rows = Xml.elements(Xml.elements(table, "tbody").get(0), "tr").stream()
				.map(HtmlReportTest::rowCells).toList();
		assertEquals(List.of(
				List.of("Finance", "0", "0", "1", "1"),
				List.of("Governance", "2", "0", "0", "2"),
				List.of("Model", "0", "0", "0", "0"),
				List.of("Risk", "0", "1", "0", "1")), rows);
		assertEquals(List.of("All categories", "2", "1", "1", "4"), cells(Xml.elements(table, "tfoot").get(0), "td"));
	}

	@Test
	void eachRuleShowsItsBadgeRationaleStrategiesAndFindings() throws Exception {
		Element page = page(fixture.report());
		List<Element> rules = Xml.withClass(page, "section", "rule");
		assertEquals(List.of("rule error", "rule warning", "rule info"), rules.stream().map(rule -> rule.getAttribute("class")).toList());
		Element owner = rules.get(0);
		assertEquals("ErrorGOV-001Services have an owner", Xml.elements(owner, "h3").get(0).getTextContent());
		assertEquals("badge error", Xml.elements(owner, "span").get(0).getAttribute("class"));
		assertEquals("Why it matters: " + ReportFixture.OWNER_RATIONALE, Xml.withClass(owner, "p", "rationale").get(0).getTextContent());
		assertEquals("Strategies served: S1, G2", Xml.withClass(owner, "p", "strategies").get(0).getTextContent());
		assertEquals("Governance \u00b7 2 findings", Xml.withClass(owner, "p", "about").get(0).getTextContent());
		assertEquals(2, Xml.elements(owner, "li").size());
		assertEquals("Strategies served: none named", Xml.withClass(rules.get(1), "p", "strategies").get(0).getTextContent());
	}

	@Test
	void aCleanReportSaysSoAndIsWellFormed() throws Exception {
		Element page = page(fixture.cleanReport());
		assertEquals("No findings: every element checked satisfies every rule that ran.",
				Xml.withClass(page, "p", "clean").get(0).getTextContent());
		assertEquals(List.of(), Xml.withClass(page, "section", "rule"));
	}

	private static Element page(ValidationReport report) throws Exception {
		Document document = Xml.parse(ReportFixture.write(ReportFormat.HTML, report));
		return document.getDocumentElement();
	}

	private static List<String> cells(Element parent, String tag) {
		return Xml.elements(parent, tag).stream().map(Element::getTextContent).toList();
	}

	private static List<String> rowCells(Element row) {
		return Xml.elements(row, "*").stream().map(Element::getTextContent).toList();
	}
}
