package org.civitas.diagram.core.spec;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

/**
 * Finds the EClasses a specification names, as {@code Name} or {@code nsPrefix::Name}, among
 * the registered packages. An unqualified name is looked up first in the package of the
 * diagram's root class, so a specification qualifies its root class once and names the rest
 * plainly.
 */
final class ClassResolver {

	private final List<EPackage> packages = new ArrayList<>();

	ClassResolver(EPackage.Registry registry) {
		for (String uri : new ArrayList<>(registry.keySet())) {
			EPackage ePackage = registry.getEPackage(uri);
			if (ePackage != null) {
				packages.add(ePackage);
			}
		}
	}

	/** The classes the name may stand for: exactly one when it resolves. */
	List<EClass> resolve(String name, EPackage preferred) {
		int separator = name.indexOf("::"); //$NON-NLS-1$
		String prefix = separator < 0 ? null : name.substring(0, separator);
		String simpleName = separator < 0 ? name : name.substring(separator + 2);
		if (prefix == null && preferred != null && preferred.getEClassifier(simpleName) instanceof EClass local) {
			return List.of(local);
		}
		List<EClass> found = new ArrayList<>();
		for (EPackage ePackage : packages) {
			if (prefix != null && !prefix.equals(ePackage.getNsPrefix())) {
				continue;
			}
			EClassifier classifier = ePackage.getEClassifier(simpleName);
			if (classifier instanceof EClass eClass && !found.contains(eClass)) {
				found.add(eClass);
			}
		}
		return found;
	}
}
