package org.civitas.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.SAXParserFactory;

import org.civitas.validation.ModelValidator;
import org.civitas.validation.RuleRegistry;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * 100,000 services without an owner, in one list and without names, so that every path is a
 * position: every format writes the 100,000 findings to a file, which is then read back as a
 * stream and counted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeReportTest {

	private static final int SERVICES = 100_000;

	@TempDir
	Path folder;

	private ValidationReport report;

	@BeforeAll
	@SuppressWarnings("unchecked")
	void validateALargeModel() {
		ReportFixture rules = new ReportFixture();
		ResourceImpl file = new ResourceImpl(URI.createURI("file:/work/models/large.board"));
		Map<String, EObject> ids = new HashMap<>();
		file.setIntrinsicIDToEObjectMap(ids);
		EObject portfolio = EcoreUtil.create(ReportFixture.PORTFOLIO);
		portfolio.eSet(ReportFixture.NAME, "Large portfolio");
		List<EObject> services = (List<EObject>) portfolio.eGet(ReportFixture.SERVICES);
		for (int i = 0; i < SERVICES; i++) {
			EObject service = EcoreUtil.create(ReportFixture.SERVICE);
			service.eSet(ReportFixture.SERVICE_ID, "svc-" + i);
			services.add(service);
			ids.put("svc-" + i, service);
		}
		file.getContents().add(portfolio);
		ModelValidator validator = new ModelValidator(new RuleRegistry(List.of(rules.owner)), ValidationProfile.defaults());
		report = ValidationReport.builder(validator.validate(List.of(portfolio), ValidationMode.BATCH))
				.file(file, "large.board").build();
		assertEquals(SERVICES, report.findings().size());
		assertEquals("Large portfolio / services[" + SERVICES + "]", report.findings().get(SERVICES - 1).location().path());
	}

	@Test
	void text() throws IOException {
		long messages;
		try (BufferedReader lines = Files.newBufferedReader(write(ReportFormat.TEXT), StandardCharsets.UTF_8)) {
			messages = lines.lines().filter(line -> line.startsWith("          ") && line.endsWith(" has no owner")).count();
		}
		assertEquals(SERVICES, messages);
	}

	@Test
	void json() throws IOException {
		assertEquals(SERVICES, countMembers(write(ReportFormat.JSON), "ruleId"));
	}

	@Test
	void sarif() throws IOException {
		assertEquals(SERVICES, countMembers(write(ReportFormat.SARIF), "ruleIndex"));
	}

	@Test
	void html() throws Exception {
		assertEquals(SERVICES, countElements(write(ReportFormat.HTML), "li"));
	}

	@Test
	void junit() throws Exception {
		Path junit = write(ReportFormat.JUNIT);
		assertEquals(2 * SERVICES + 1, countElements(junit, "testcase"), "EMF-001 on the portfolio and every service, GOV-001 on every service");
		assertEquals(SERVICES, countElements(junit, "failure"));
	}

	private Path write(ReportFormat format) throws IOException {
		Path file = folder.resolve("report." + format.fileExtension());
		try (OutputStream out = Files.newOutputStream(file)) {
			format.write(report, out);
		}
		assertTrue(Files.size(file) > SERVICES, format.key());
		return file;
	}

	private static int countMembers(Path json, String name) throws IOException {
		int count = 0;
		try (JsonParser parser = StrictJson.MAPPER.createParser(json)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.PROPERTY_NAME && name.equals(parser.currentName())) {
					count++;
				}
			}
		}
		return count;
	}

	private static int countElements(Path xml, String name) throws Exception {
		int[] count = { 0 };
		SAXParserFactory.newInstance().newSAXParser().parse(xml.toFile(), new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) {
				if (qualifiedName.equals(name)) {
					count[0]++;
				}
			}
		});
		return count[0];
	}
}
