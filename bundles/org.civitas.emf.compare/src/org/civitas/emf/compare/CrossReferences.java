package org.civitas.emf.compare;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The references between elements that people set, and removing those to deleted elements. */
final class CrossReferences {

	private static final Map<EClass, List<EReference>> OF_CLASS = new ConcurrentHashMap<>();

	private CrossReferences() {
	}

	/** The compared features of the class that refer to other elements (no containments). */
	static List<EReference> of(EClass eClass) {
		return OF_CLASS.computeIfAbsent(eClass, key -> {
			List<EStructuralFeature> compared = ModelComparison.comparedFeatures(key);
			return compared.stream().filter(EReference.class::isInstance).map(EReference.class::cast)
					.filter(reference -> !reference.isContainment()).toList();
		});
	}

	/** Removes every reference of the holders outside {@code gone} to an element of {@code gone}. */
	static void removeAllTo(Iterable<EObject> holders, Set<EObject> gone) {
		for (EObject holder : holders) {
			if (gone.contains(holder)) {
				continue;
			}
			for (EReference reference : of(holder.eClass())) {
				if (reference.isMany()) {
					((List<?>) holder.eGet(reference, false)).removeIf(gone::contains);
				} else if (gone.contains(holder.eGet(reference, false))) {
					holder.eUnset(reference);
				}
			}
		}
	}
}
