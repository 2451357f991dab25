package org.civitas.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/** Test rule logic: an abstract class should have a subclass in its package. */
public class ExtendedAbstractClasses implements RuleCheck {

	@Override
	public void check(EObject element, Findings findings) {
		EClass type = (EClass) element;
		EPackage owner = type.getEPackage();
		if (type.isAbstract() && owner != null && owner.getEClassifiers().stream()
				.noneMatch(other -> other instanceof EClass subclass && subclass.getESuperTypes().contains(type))) {
			findings.report(owner.getName());
		}
	}
}
