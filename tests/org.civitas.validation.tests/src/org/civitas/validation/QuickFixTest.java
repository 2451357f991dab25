package org.civitas.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/** Quick fixes contributed with a rule repair its findings as commands the user can undo. */
class QuickFixTest {

	private final RuleRegistry contributed = RuleExtensions.registry(Platform.getExtensionRegistry());
	private final ModelValidator validator = new ModelValidator(contributed, ValidationProfile.defaults());
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());

	private static EPackage packageWithUnnamedClasses(int count) {
		EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
		ePackage.setName("grants");
		for (int i = 0; i < count; i++) {
			ePackage.getEClassifiers().add(EcoreFactory.eINSTANCE.createEClass());
		}
		EClass named = EcoreFactory.eINSTANCE.createEClass();
		named.setName("Award");
		ePackage.getEClassifiers().add(named);
		return ePackage;
	}

	private List<Finding> unnamed(EPackage ePackage) {
		return validator.validate(List.of(ePackage), ValidationMode.BATCH).findings().stream()
				.filter(finding -> finding.rule().id().equals("TST-001")).toList();
	}

	@Test
	void aContributedFixCarriesItsLabel() {
		List<QuickFix> fixes = contributed.rule("TST-001").fixes();
		assertEquals(1, fixes.size());
		assertEquals("Name the classifier after its kind", fixes.get(0).label());
		assertTrue(contributed.rule("TST-002").fixes().isEmpty());
	}

	@Test
	void repairingAllFindingsIsOneStepToUndo() {
		EPackage ePackage = packageWithUnnamedClasses(3);
		List<Finding> findings = unnamed(ePackage);
		assertEquals(3, findings.size());
		QuickFix fix = contributed.rule("TST-001").fixes().get(0);

		Command repair = fix.repairAll(domain, findings);
		assertEquals(fix.label(), repair.getLabel());
		domain.getCommandStack().execute(repair);
		assertEquals(List.of(), unnamed(ePackage));
		assertEquals("EClass1", ePackage.getEClassifiers().get(1).getName());
		assertEquals("Award", ePackage.getEClassifiers().get(3).getName(), "named classes are left alone");

		domain.getCommandStack().undo();
		assertEquals(3, unnamed(ePackage).size(), "one undo brings every finding back");
		assertFalse(domain.getCommandStack().canUndo());
	}

	@Test
	void aFixIsNotOfferedForFindingsItCannotRepair() {
		EClass loose = EcoreFactory.eINSTANCE.createEClass();
		Finding outsideAPackage = new Finding(contributed.rule("TST-001"), Severity.ERROR, loose,
				EcorePackage.Literals.ENAMED_ELEMENT__NAME, "Classifier has no name");
		QuickFix fix = contributed.rule("TST-001").fixes().get(0);
		assertFalse(fix.repairs(domain, outsideAPackage));
		assertFalse(fix.repairAll(domain, List.of(outsideAPackage)).canExecute());
	}

	@Test
	void rulesBuiltInJavaOfferFixesInTheOrderAdded() {
		Rule rule = Rule.builder("TST-070").title("Named").category("Test").target(EcorePackage.Literals.ECLASS)
				.check((element, findings) -> { })
				.fix("First", (editingDomain, finding) -> null)
				.fix("Second", (editingDomain, finding) -> null).build();
		assertEquals(List.of("First", "Second"), rule.fixes().stream().map(QuickFix::label).toList());
	}
}
