package org.civitas.validation.ui;

import org.civitas.validation.Findings;
import org.civitas.validation.RuleCheck;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

/** Test rule logic: a classifier needs a name. */
public class NamedClassifiers implements RuleCheck {

	@Override
	public void check(EObject element, Findings findings) {
		String name = ((EClassifier) element).getName();
		if (name == null || name.isBlank()) {
			findings.reportOn(EcorePackage.Literals.ENAMED_ELEMENT__NAME);
		}
	}
}
