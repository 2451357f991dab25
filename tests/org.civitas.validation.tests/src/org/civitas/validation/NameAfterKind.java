package org.civitas.validation;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Test fix: names an unnamed classifier after its kind and position, such as {@code EClass2}. */
public class NameAfterKind implements RuleFix {

	@Override
	public Command repair(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof EClassifier classifier) || classifier.getEPackage() == null) {
			return UnexecutableCommand.INSTANCE;
		}
		String name = classifier.eClass().getName() + classifier.getEPackage().getEClassifiers().indexOf(classifier);
		return new SetCommand(domain, classifier, EcorePackage.Literals.ENAMED_ELEMENT__NAME, name);
	}
}
