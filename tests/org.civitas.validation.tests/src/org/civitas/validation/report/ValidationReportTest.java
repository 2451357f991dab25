package org.civitas.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.civitas.validation.Severity;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** What every format relies on: where elements are, which files and rules a report names, and in what order findings come. */
class ValidationReportTest {

	private final ReportFixture fixture = new ReportFixture();

	@Test
	void aPathGoesFromTheRootThroughFeaturesAndNames() {
		ValidationReport report = fixture.report();
		ElementLocation service = report.locate(fixture.applications);
		assertEquals(new ElementLocation(ReportFixture.GRANTS_FILE, "Federal Grants Portal / services / Grant applications",
				"svc-3", "Grant applications", 0, 0), service);
		assertEquals("Statewide E-mail Consolidation", report.pathOf(fixture.email));
		assertEquals("Statewide E-mail Consolidation / risks[1]", report.pathOf(fixture.lockIn),
				"an element without a name is named by its position, counted from 1");
		assertEquals("Risk", report.locate(fixture.lockIn).label());
		assertEquals(ReportFixture.EMAIL_FILE, report.fileOf(fixture.lockIn));
	}

	@Test
	void anUnnamedElementAloneInItsFeatureIsNamedByTheFeature() {
		EPackage grants = EcoreFactory.eINSTANCE.createEPackage();
		grants.setName("grants");
		EClass award = EcoreFactory.eINSTANCE.createEClass();
		award.setName("Award");
		EReference recipient = EcoreFactory.eINSTANCE.createEReference();
		recipient.setName("recipient");
		recipient.setEType(award);
		award.getEStructuralFeatures().add(recipient);
		grants.getEClassifiers().add(award);
		assertEquals("grants / eClassifiers / Award / eStructuralFeatures / recipient / eGenericType",
				fixture.report().pathOf(recipient.getEGenericType()));
	}

	@Test
	void anElementInNoFileHasNoFileAndAnIdFromItsRoot() {
		EObject loose = EcoreUtil.copy(fixture.email);
		EObject looseRisk = (EObject) ((List<?>) loose.eGet(ReportFixture.RISKS)).get(1);
		ElementLocation risk = fixture.report().locate(looseRisk);
		assertNull(risk.file());
		assertEquals("Statewide E-mail Consolidation / risks[2]", risk.path());
		assertEquals("//@risks.1", risk.id());
	}

	@Test
	void filesAreListedAsGivenThenAsFindingsNameThem() {
		ValidationReport unnamed = ValidationReport.builder(fixture.validate()).file(fixture.grantsFile, "grants.board").build();
		assertEquals(List.of("grants.board", "/work/models/e-mail.board"), unnamed.files(),
				"a file the caller did not name goes by its path");
	}

	@Test
	void findingsComeBySeverityRuleFileAndModelOrder() {
		List<String> order = fixture.report().findings().stream()
				.map(finding -> finding.finding().rule().id() + " " + finding.location().label().lines().findFirst().orElseThrow())
				.toList();
		assertEquals(List.of("GOV-001 E-mail <script>alert('x')</script> & \"Kalender\" f\u00fcr Z\u00fcrich",
				"GOV-001 Grant applications", "RSK-001 Risk", "FIN-001 E-mail <script>alert('x')</script> & \"Kalender\" f\u00fcr Z\u00fcrich"),
				order);
	}

	@Test
	void countsAreBySeverityAndByCategory() {
		ValidationReport report = fixture.report();
		assertEquals(List.of(2, 1, 1), Arrays.stream(Severity.values()).map(report::count).toList());
		assertEquals(List.of("Finance", "Governance", "Model", "Risk"), report.categories());
		assertEquals(2, report.count("Governance", Severity.ERROR));
		assertEquals(0, report.count("Model", Severity.ERROR));
		assertEquals(0, report.count("No such category", Severity.ERROR));
		assertEquals(4, report.rules().size());
		assertEquals(7, report.elementsChecked());
	}

	@Test
	void theRunFailsFromTheGivenSeverity() {
		assertTrue(fixture.report().failed());
		assertEquals(false, fixture.cleanReport().failed());
		ReportFixture warningsOnly = new ReportFixture();
		warningsOnly.hostile.eSet(ReportFixture.OWNER, "Board");
		warningsOnly.applications.eSet(ReportFixture.OWNER, "Board");
		assertEquals(false, warningsOnly.report().failed());
		assertTrue(warningsOnly.report(warningsOnly.validate()).failOn(Severity.WARNING).build().failed());
	}

	@Test
	void formatsAreNamedByTheirCommandLineKeys() {
		assertEquals(List.of("text", "json", "html", "junit", "sarif"),
				Arrays.stream(ReportFormat.values()).map(ReportFormat::key).toList());
		assertEquals(ReportFormat.SARIF, ReportFormat.of(" SARIF "));
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ReportFormat.of("pdf"));
		assertEquals("unknown report format \"pdf\": expected one of text, json, html, junit, sarif", unknown.getMessage());
	}
}
