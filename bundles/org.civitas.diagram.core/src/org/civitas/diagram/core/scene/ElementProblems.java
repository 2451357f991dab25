package org.civitas.diagram.core.scene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civitas.validation.Finding;
import org.civitas.validation.ValidationResult;
import org.eclipse.emf.ecore.EObject;

/** The validation findings on each model element, for validation decorations. */
@FunctionalInterface
public interface ElementProblems {

	/** No findings anywhere. */
	ElementProblems NONE = element -> List.of();

	/** The findings on the element itself. */
	List<Finding> of(EObject element);

	/** The findings of a validation run, indexed by element. */
	static ElementProblems of(ValidationResult result) {
		Map<EObject, List<Finding>> byElement = new HashMap<>();
		for (Finding finding : result.findings()) {
			byElement.computeIfAbsent(finding.element(), key -> new ArrayList<>()).add(finding);
		}
		return element -> byElement.getOrDefault(element, List.of());
	}
}
