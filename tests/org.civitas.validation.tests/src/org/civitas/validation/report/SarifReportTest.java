package org.civitas.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.civitas.validation.Severity;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SARIF report is valid against the official SARIF 2.1.0 schema ({@code data/sarif-schema-2.1.0.json},
 * checked with networknt's JSON Schema validator, formats such as {@code uri} and {@code date-time}
 * asserted), and says what code-scanning dashboards look for.
 */
class SarifReportTest {

	private static final Schema SARIF_SCHEMA = officialSchema();

	private final ReportFixture fixture = new ReportFixture();

	@Test
	void aReportIsValidAgainstTheOfficialSchema() throws IOException {
		String sarif = ReportFixture.write(ReportFormat.SARIF, fixture.report());
		assertValid(sarif);
		assertEquals(SARIF_SCHEMA.getId(), StrictJson.parse(sarif).get("$schema").stringValue(),
				"the log names the schema it follows");
	}

	@Test
	void aCleanReportIsValidToo() throws IOException {
		String sarif = ReportFixture.write(ReportFormat.SARIF, fixture.cleanReport());
		assertValid(sarif);
		assertEquals(0, StrictJson.parse(sarif).at("/runs/0/results").size());
	}

	@Test
	void aReportWithoutVersionOrInformationAddressIsValid() throws IOException {
		ValidationReport report = fixture.report(fixture.validate()).toolVersion(null).toolInformationUri(null)
				.failOn(Severity.INFO).build();
		assertValid(ReportFixture.write(ReportFormat.SARIF, report));
	}

	@Test
	void theSameCheckRejectsAnInvalidDocument() throws IOException {
		JsonNode valid = StrictJson.parse(ReportFixture.write(ReportFormat.SARIF, fixture.report()));

		ObjectNode unknownLevel = (ObjectNode) valid.deepCopy();
		((ObjectNode) unknownLevel.at("/runs/0/results/0")).put("level", "fatal");
		assertFalse(validate(unknownLevel.toString()).isEmpty(), "SARIF has no level fatal");

		ObjectNode noVersion = (ObjectNode) valid.deepCopy();
		noVersion.remove("version");
		assertFalse(validate(noVersion.toString()).isEmpty(), "a log states its version");

		ObjectNode relativeToolAddress = (ObjectNode) valid.deepCopy();
		((ObjectNode) relativeToolAddress.at("/runs/0/tool/driver")).put("informationUri", "not a uri");
		assertFalse(validate(relativeToolAddress.toString()).isEmpty(), "the tool's address must be an absolute URI");
	}

	@Test
	void theDriverDescribesEachRule() throws IOException {
		JsonNode driver = sarif(fixture.report()).at("/runs/0/tool/driver");
		assertEquals("Civitas", driver.get("name").stringValue());
		assertEquals("1.2.3", driver.get("version").stringValue());
		assertEquals("https://civitas.example.org/", driver.get("informationUri").stringValue());
		JsonNode owner = driver.get("rules").get(1);
		assertEquals("GOV-001", owner.get("id").stringValue());
		assertEquals("ServicesHaveAnOwner", owner.get("name").stringValue());
		assertEquals("Services have an owner", owner.at("/shortDescription/text").stringValue());
		assertEquals(ReportFixture.OWNER_RATIONALE, owner.at("/fullDescription/text").stringValue());
		assertEquals("error", owner.at("/defaultConfiguration/level").stringValue());
		assertEquals("Governance", owner.at("/properties/category").stringValue());
		assertEquals(List.of("S1", "G2"), strings(owner.at("/properties/strategies")));
		assertEquals("note", driver.get("rules").get(2).at("/defaultConfiguration/level").stringValue(), "info is a note");
	}

	@Test
	void resultsPointToTheirRuleTheirFileAndTheirElement() throws IOException {
		JsonNode run = sarif(fixture.report()).at("/runs/0");
		assertEquals(List.of("portfolios/e-mail.board", "portfolios/grants%20portal.board"),
				StreamSupport.stream(run.get("artifacts").spliterator(), false)
						.map(artifact -> artifact.at("/location/uri").stringValue()).toList(),
				"a relative path is a URI reference, with its space encoded");
		JsonNode rules = run.at("/tool/driver/rules");
		for (JsonNode result : run.get("results")) {
			assertEquals(result.get("ruleId"), rules.get(result.get("ruleIndex").intValue()).get("id"));
			JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
			assertEquals(artifact.get("uri"), run.at("/artifacts/" + artifact.get("index").intValue() + "/location/uri"));
		}
		JsonNode first = run.at("/results/0");
		assertEquals("error", first.get("level").stringValue());
		assertEquals("Service " + ReportFixture.HOSTILE_NAME + " has no owner", first.at("/message/text").stringValue());
		JsonNode element = first.at("/locations/0/logicalLocations/0");
		assertEquals("Statewide E-mail Consolidation / services / " + ReportFixture.HOSTILE_NAME,
				element.get("fullyQualifiedName").stringValue());
		assertEquals(ReportFixture.HOSTILE_NAME, element.get("name").stringValue());
		assertEquals("svc-2", element.at("/properties/elementId").stringValue());
		assertEquals(List.of("error", "error", "warning", "note"), StreamSupport.stream(run.get("results").spliterator(), false)
				.map(result -> result.get("level").stringValue()).toList());
	}

	@Test
	void fileNamesBecomeUriReferences() {
		assertEquals("models/grants%20portal.board", SarifReport.uriOf("models/grants portal.board"));
		assertEquals("file:/work/models/e-mail.board", SarifReport.uriOf("/work/models/e-mail.board"));
		assertEquals("platform:/resource/Civitas%20Examples/payroll.portfolio",
				SarifReport.uriOf("platform:/resource/Civitas Examples/payroll.portfolio"));
	}

	private static JsonNode sarif(ValidationReport report) throws IOException {
		return StrictJson.parse(ReportFixture.write(ReportFormat.SARIF, report));
	}

	private static void assertValid(String sarif) {
		List<Error> errors = validate(sarif);
		assertTrue(errors.isEmpty(), errors.toString());
	}

	private static List<Error> validate(String sarif) {
		return SARIF_SCHEMA.validate(sarif, InputFormat.JSON);
	}

	/** The fixture, served under its own id, so that nothing is fetched from the network. */
	private static Schema officialSchema() {
		URL fixture = FrameworkUtil.getBundle(SarifReportTest.class).findEntries("data", "sarif-schema-2.1.0.json", false)
				.nextElement();
		String schema;
		try (InputStream in = fixture.openStream()) {
			schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		String id = StrictJson.parse(schema).get("id").stringValue();
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
				builder -> builder.schemas(Map.of(id, schema))
						.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
		return registry.getSchema(SchemaLocation.of(id));
	}

	private static List<String> strings(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::stringValue).toList();
	}
}
