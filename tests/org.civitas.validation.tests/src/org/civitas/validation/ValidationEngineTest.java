package org.civitas.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * The engine on a model it knows nothing about (Ecore itself), with rules contributed through
 * the extension point by this fragment and rules built in Java.
 */
class ValidationEngineTest {

	private final RuleRegistry contributed = RuleExtensions.registry(Platform.getExtensionRegistry());

	/** A package with an unnamed class, an abstract class nobody extends, and a reference typed by a missing class. */
	private static EPackage flawedPackage() {
		EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
		ePackage.setName("grants");
		ePackage.setNsURI("http://example.org/grants");
		EClass unnamed = EcoreFactory.eINSTANCE.createEClass();
		EClass base = EcoreFactory.eINSTANCE.createEClass();
		base.setName("Applicant");
		base.setAbstract(true);
		EClass award = EcoreFactory.eINSTANCE.createEClass();
		award.setName("Award");
		EReference recipient = EcoreFactory.eINSTANCE.createEReference();
		recipient.setName("recipient");
		EClass missing = EcoreFactory.eINSTANCE.createEClass();
		((InternalEObject) missing).eSetProxyURI(URI.createURI("missing.ecore#//Recipient"));
		recipient.setEType(missing);
		award.getEStructuralFeatures().add(recipient);
		ePackage.getEClassifiers().addAll(List.of(unnamed, base, award));
		return ePackage;
	}

	@Test
	void contributedRulesCarryEverythingTheirContributionDeclares() {
		Rule named = contributed.rule("TST-001");
		assertNotNull(named);
		assertEquals("Classes have a name", named.title());
		assertEquals("Naming", named.category());
		assertEquals(Severity.ERROR, named.severity());
		assertEquals(EcorePackage.Literals.ECLASSIFIER, named.target());
		assertEquals(Set.of(ValidationMode.LIVE, ValidationMode.BATCH), named.modes());
		assertEquals(List.of("G1", "G3"), named.strategies());
		assertEquals("Classifier {0} has no name", named.message(), "whitespace in the contribution is folded");
		assertTrue(named.description().startsWith("Generated code and reports name classes"));
		assertEquals(false, contributed.rule("TST-002").enabledByDefault());
	}

	@Test
	void unusableContributionsAreLeftOutAndTheOthersStay() {
		assertNull(contributed.rule("TST-900"), "a rule whose class does not load");
		assertNull(contributed.rule("TST-901"), "a rule on a class the model does not have");
		assertNotNull(contributed.rule("TST-001"));
	}

	@Test
	void findingsNameTheElementTheRuleAndTheFeature() {
		ValidationResult result = new ModelValidator(contributed, ValidationProfile.defaults())
				.validate(List.of(flawedPackage()), ValidationMode.BATCH);
		List<Finding> naming = result.findings().stream().filter(finding -> finding.rule().id().equals("TST-001")).toList();
		assertEquals(1, naming.size(), result.findings().toString());
		assertEquals("Classifier EClass has no name", naming.get(0).message());
		assertEquals(EcorePackage.Literals.ENAMED_ELEMENT__NAME, naming.get(0).feature());
		assertEquals(Severity.ERROR, naming.get(0).severity());
		assertTrue(result.findings().stream().noneMatch(finding -> finding.rule().id().equals("TST-002")),
				"a rule off by default does not run");
		assertTrue(result.elementsChecked() >= 5, "the package, its classes and the reference were checked");
	}

	@Test
	void emfWellFormednessCatchesADanglingReference() {
		EPackage graph = EcoreFactory.eINSTANCE.createEPackage();
		graph.setName("graph");
		graph.setNsURI("http://example.org/graph");
		EClass node = EcoreFactory.eINSTANCE.createEClass();
		node.setName("Node");
		EReference next = EcoreFactory.eINSTANCE.createEReference();
		next.setName("next");
		next.setEType(node);
		node.getEStructuralFeatures().add(next);
		graph.getEClassifiers().add(node);
		EObject first = EcoreUtil.create(node);
		EObject gone = EcoreUtil.create(node);
		((InternalEObject) gone).eSetProxyURI(URI.createURI("deleted.graph#node-7"));
		first.eSet(next, gone);

		ValidationResult result = new ModelValidator(contributed, ValidationProfile.defaults())
				.validate(List.of(first), ValidationMode.BATCH);
		Finding dangling = result.findings().stream().filter(finding -> finding.rule() == ModelValidator.WELL_FORMED)
				.findFirst().orElseThrow(() -> new AssertionError(result.findings().toString()));
		assertTrue(dangling.message().contains("deleted.graph#node-7"), dangling.message());
		assertEquals(Severity.ERROR, dangling.severity());
		assertEquals(first, dangling.element());
	}

	@Test
	void aProfileSwitchesRulesAndChangesSeverities() throws IOException {
		ValidationProfile profile = ValidationProfile.read(new StringReader("""
				# board profile
				TST-001 = warning
				TST-002 = on
				EMF-001 = off
				"""), "board.profile");
		ValidationResult result = new ModelValidator(contributed, profile).validate(List.of(flawedPackage()), ValidationMode.BATCH);
		assertEquals(Severity.WARNING, result.findings().stream().filter(finding -> finding.rule().id().equals("TST-001"))
				.findFirst().orElseThrow().severity());
		Finding abstractClass = result.findings().stream().filter(finding -> finding.rule().id().equals("TST-002")).findFirst()
				.orElseThrow();
		assertEquals("Abstract class Applicant has no subclass in grants", abstractClass.message());
		assertTrue(result.findings().stream().noneMatch(finding -> finding.rule() == ModelValidator.WELL_FORMED));
	}

	@Test
	void liveValidationRunsOnlyLiveRulesOnTheGivenElements() {
		RuleRegistry registry = new RuleRegistry(List.of(contributed.rule("TST-001"),
				Rule.builder("TST-050").title("Batch only").category("Test").target(EcorePackage.Literals.ECLASS)
						.check((element, findings) -> findings.report()).build()));
		EPackage ePackage = flawedPackage();
		EClass unnamed = (EClass) ePackage.getEClassifiers().get(0);
		ValidationResult result = new ModelValidator(registry, ValidationProfile.defaults().withEnabled("EMF-001", false))
				.validateElements(List.of(unnamed), ValidationMode.LIVE);
		assertEquals(List.of("TST-001"), result.findings().stream().map(finding -> finding.rule().id()).toList());
		assertEquals(1, result.elementsChecked());
	}

	@Test
	void aRuleThatFailsBecomesAFindingAndTheOthersStillRun() {
		RuleRegistry registry = new RuleRegistry(List.of(contributed.rule("TST-001"),
				Rule.builder("TST-060").title("Throws").category("Test").target(EcorePackage.Literals.ECLASS)
						.check((element, findings) -> {
							throw new IllegalStateException("broken rule");
						}).build()));
		ValidationResult result = new ModelValidator(registry, ValidationProfile.defaults())
				.validate(List.of(flawedPackage()), ValidationMode.BATCH);
		assertTrue(result.findings().stream().anyMatch(finding -> finding.rule().id().equals("TST-060")
				&& finding.message().contains("broken rule")));
		assertTrue(result.findings().stream().anyMatch(finding -> finding.rule().id().equals("TST-001")));
	}

	@Test
	void anyEmfToolSeesTheRulesThroughEValidator() {
		EValidator.Registry validators = new EValidatorRegistryImpl();
		validators.put(EcorePackage.eINSTANCE, new RuleValidator(contributed));
		BasicDiagnostic diagnostics = new BasicDiagnostic();
		new Diagnostician(validators).validate(flawedPackage(), diagnostics, new HashMap<>());
		Diagnostic finding = diagnostics.getChildren().stream()
				.filter(child -> RuleValidator.DIAGNOSTIC_SOURCE.equals(child.getSource())).findFirst().orElseThrow();
		assertEquals(Diagnostic.ERROR, finding.getSeverity());
		assertEquals(contributed.rule("TST-001"), finding.getData().get(1));
	}

	@Test
	void profilesRoundTripAndBadLinesNameTheirPlace() throws IOException {
		ValidationProfile profile = ValidationProfile.defaults().withEnabled("TST-001", false).withSeverity("TST-002", Severity.INFO);
		StringWriter written = new StringWriter();
		profile.write(written);
		ValidationProfile read = ValidationProfile.read(new StringReader(written.toString()), "written");
		assertEquals(false, read.isEnabled(contributed.rule("TST-001")));
		assertEquals(Severity.INFO, read.severityOf(contributed.rule("TST-002")));
		assertTrue(read.isEnabled(contributed.rule("TST-002")));

		IOException bad = assertThrows(IOException.class,
				() -> ValidationProfile.read(new StringReader("# ok\nTST-001 = sometimes\n"), "team.profile"));
		assertEquals("team.profile:2: \"sometimes\" is not on, off, error, warning or info", bad.getMessage());
	}

	@Test
	void aProfileThatSetsARuleNobodyContributedIsRefusedWithItsLine() throws IOException {
		ValidationProfile known = ValidationProfile.read(new StringReader("TST-001 = off\nEMF-001 = on\n"), "team.profile");
		known.requireKnownRules(contributed);
		ValidationProfile misspelt = ValidationProfile.read(new StringReader("TST-001 = off\n# typo below\nTST-01 = error\n"),
				"team.profile");
		IOException unknown = assertThrows(IOException.class, () -> misspelt.requireKnownRules(contributed));
		assertTrue(unknown.getMessage().startsWith("team.profile:3: there is no rule TST-01 "), unknown.getMessage());
	}

	@Test
	void aRuleIdMustCarryItsCategoryPrefix() {
		assertThrows(IllegalArgumentException.class, () -> Rule.builder("naming").title("t").category("c")
				.target(EcorePackage.Literals.ECLASS).check((element, findings) -> { }).build());
	}
}
