package org.civitas.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;

/** Live findings that follow edits, checking only what an edit affected. */
class IncrementalValidatorTest {

	private final RuleRegistry rules = RuleExtensions.registry(Platform.getExtensionRegistry());

	@Test
	void anEditIsCheckedAgainOnlyWhereItCanMatter() {
		EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
		ePackage.setName("big");
		for (int i = 0; i < 500; i++) {
			EClass type = EcoreFactory.eINSTANCE.createEClass();
			type.setName("Type" + i);
			ePackage.getEClassifiers().add(type);
		}
		Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/big.ecore"));
		resource.getContents().add(ePackage);
		IncrementalValidator live = new IncrementalValidator(new ModelValidator(rules, ValidationProfile.defaults()), resource);
		assertEquals(List.of(), live.validateAll(ValidationMode.LIVE).findings().stream().filter(finding -> finding.rule().id().equals("TST-001")).toList());

		EClass renamed = (EClass) ePackage.getEClassifiers().get(42);
		renamed.setName(null);
		Revalidation afterRename = live.revalidate();
		assertTrue(afterRename.elementsChecked() <= 3, afterRename.elementsChecked() + " elements checked for one edit");
		assertEquals(1, live.findingsFor(renamed).stream().filter(finding -> finding.rule().id().equals("TST-001")).count());
		assertEquals(live.findingsFor(renamed), afterRename.found().stream().filter(finding -> finding.element() == renamed).toList());
		assertEquals(List.of(), afterRename.dropped());

		renamed.setName("Type42");
		Revalidation afterRepair = live.revalidate();
		assertEquals(List.of(), live.findingsFor(renamed));
		assertEquals(List.of("TST-001"), afterRepair.dropped().stream().map(finding -> finding.rule().id()).toList(),
				"the repaired finding is reported gone");

		EClass added = EcoreFactory.eINSTANCE.createEClass();
		ePackage.getEClassifiers().add(added);
		live.revalidate();
		assertEquals(1, live.findingsFor(added).size(), "a new element is checked when it arrives");

		ePackage.getEClassifiers().remove(added);
		Revalidation afterRemoval = live.revalidate();
		assertTrue(live.findings().stream().noneMatch(finding -> finding.element() == added), "a removed element's findings go");
		assertTrue(afterRemoval.dropped().stream().anyMatch(finding -> finding.element() == added));
		live.dispose();
	}

	@Test
	void anEditMadeWhileAFullCheckRanElsewhereIsNotLostWhenItsResultArrives() {
		EClass type = classInItsOwnResource("edited", "Type");
		IncrementalValidator live = new IncrementalValidator(new ModelValidator(rules, ValidationProfile.defaults()),
				type.eResource());
		live.validateAll(ValidationMode.LIVE);

		ValidationResult checked = live.startFullCheck(ValidationMode.BATCH).get();
		// The check is done (on another thread, in the workbench); an edit and its revalidation come before its result.
		type.setName(null);
		live.revalidate();
		live.adopt(checked);
		assertEquals(List.of(), unnamed(live.findingsFor(type)), "the check's result knows nothing of the edit");
		live.revalidate();
		assertEquals(1, unnamed(live.findingsFor(type)).size(), "the edit made meanwhile is checked again");
		live.dispose();
	}

	/** A class in a package of its own, in a resource of its own. */
	private static EClass classInItsOwnResource(String packageName, String className) {
		EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
		ePackage.setName(packageName);
		EClass type = EcoreFactory.eINSTANCE.createEClass();
		type.setName(className);
		ePackage.getEClassifiers().add(type);
		Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/" + packageName + ".ecore"));
		resource.getContents().add(ePackage);
		return type;
	}

	private static List<Finding> unnamed(List<Finding> findings) {
		return findings.stream().filter(finding -> finding.rule().id().equals("TST-001")).toList();
	}

	@Test
	void findingsOfBatchRulesStayUntilTheNextFullValidation() {
		Rule batchOnly = Rule.builder("TST-080").title("Classes are abstract").category("Test")
				.target(EcorePackage.Literals.ECLASS).modes(ValidationMode.BATCH)
				.check((element, findings) -> {
					if (!((EClass) element).isAbstract()) {
						findings.report();
					}
				}).build();
		EClass type = classInItsOwnResource("small", "Grant");
		IncrementalValidator live = new IncrementalValidator(
				new ModelValidator(new RuleRegistry(List.of(batchOnly)), ValidationProfile.defaults()), type.eResource());
		assertEquals(1, live.validateAll(ValidationMode.BATCH).findings().size());

		type.setName("Award");
		live.revalidate();
		assertEquals(List.of("TST-080"), live.findingsFor(type).stream().map(finding -> finding.rule().id()).toList(),
				"a live re-check does not drop what only a full validation can confirm");

		type.setAbstract(true);
		live.revalidate();
		assertEquals(1, live.findingsFor(type).size(), "still there until the next full validation");
		assertEquals(List.of(), live.validateAll(ValidationMode.BATCH).findings());
		live.dispose();
	}
}
