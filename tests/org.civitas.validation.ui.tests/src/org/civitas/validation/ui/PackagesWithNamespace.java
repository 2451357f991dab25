package org.civitas.validation.ui;

import org.civitas.validation.Findings;
import org.civitas.validation.RuleCheck;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/** Test rule logic: a package needs a namespace URI. */
public class PackagesWithNamespace implements RuleCheck {

	@Override
	public void check(EObject element, Findings findings) {
		if (((EPackage) element).getNsURI() == null) {
			findings.report();
		}
	}
}
