package org.civitas.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;

/** A validation records which rules ran and which elements each of them checked, for reports that count passing checks. */
class RuleCoverageTest {

	private final Rule classes = rule("TST-101", EcorePackage.Literals.ECLASS).build();
	private final Rule references = rule("TST-102", EcorePackage.Literals.EREFERENCE).build();
	private final Rule switchedOff = rule("TST-103", EcorePackage.Literals.ECLASS).build();
	private final Rule liveOnly = rule("TST-104", EcorePackage.Literals.ENAMED_ELEMENT).modes(ValidationMode.LIVE).build();
	private final RuleRegistry registry = new RuleRegistry(List.of(classes, references, switchedOff, liveOnly));
	private final ValidationProfile profile = ValidationProfile.defaults().withEnabled("TST-103", false);

	private final EPackage grants = EcoreFactory.eINSTANCE.createEPackage();
	private final EClass applicant = EcoreFactory.eINSTANCE.createEClass();
	private final EClass award = EcoreFactory.eINSTANCE.createEClass();
	private final EReference recipient = EcoreFactory.eINSTANCE.createEReference();

	RuleCoverageTest() {
		grants.setName("grants");
		applicant.setName("Applicant");
		award.setName("Award");
		recipient.setName("recipient");
		recipient.setEType(applicant);
		award.getEStructuralFeatures().add(recipient);
		grants.getEClassifiers().addAll(List.of(applicant, award));
	}

	private static Rule.Builder rule(String id, EClass target) {
		return Rule.builder(id).title(id).category("Test").target(target).check((element, findings) -> {
		});
	}

	@Test
	void aBatchRunRecordsTheRulesThatRanAndEveryElementInModelOrder() {
		ValidationResult result = new ModelValidator(registry, profile).validate(List.of(grants), ValidationMode.BATCH);
		RuleCoverage coverage = result.coverage();
		assertEquals(List.of(ModelValidator.WELL_FORMED, classes, references), coverage.rules(),
				"EMF's checks first; a rule off in the profile and a live-only rule did not run");
		assertEquals(List.<EObject> of(grants, applicant, award, recipient, recipient.getEGenericType()), coverage.elements(),
				"everything contained, the reference's generic type too");
		assertEquals(result.elementsChecked(), coverage.elements().size());
	}

	@Test
	void eachRuleCheckedTheElementsOfItsClass() {
		RuleCoverage coverage = new ModelValidator(registry, profile).validate(List.of(grants), ValidationMode.BATCH).coverage();
		assertEquals(List.<EObject> of(applicant, award), coverage.elementsCheckedBy(classes).toList());
		assertEquals(List.<EObject> of(recipient), coverage.elementsCheckedBy(references).toList());
		assertEquals(coverage.elements(), coverage.elementsCheckedBy(ModelValidator.WELL_FORMED).toList());
		assertEquals(List.of(), coverage.elementsCheckedBy(switchedOff).toList());
		assertEquals(List.of(), coverage.elementsCheckedBy(liveOnly).toList());
	}

	@Test
	void aLiveRecheckCoversTheGivenElementsOnly() {
		RuleCoverage coverage = new ModelValidator(registry, profile.withEnabled("EMF-001", false))
				.validateElements(List.of(award), ValidationMode.LIVE).coverage();
		assertEquals(List.of(liveOnly), coverage.rules());
		assertEquals(List.<EObject> of(award), coverage.elementsCheckedBy(liveOnly).toList());
	}

	@Test
	void aResultAssembledFromFindingsHasUnknownCoverage() {
		ValidationResult assembled = new ValidationResult(List.of(), 0, Duration.ZERO);
		assertSame(RuleCoverage.unknown(), assembled.coverage());
		assertEquals(List.of(), assembled.coverage().rules());
		assertEquals(List.of(), assembled.coverage().elementsCheckedBy(classes).toList());
	}
}
