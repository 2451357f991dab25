package org.civitas.diagram.core.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civitas.validation.ElementLabels;
import org.eclipse.emf.ecore.EObject;

/**
 * Collects the problems met while drawing one diagram. The same failure on a thousand elements
 * is one problem with a count, naming the first element, so a broken expression does not bury
 * the others.
 */
public final class DiagramProblems {

	private final Map<String, DiagramProblem> problems = new LinkedHashMap<>();

	/** Records a problem of a mapping with an element, or with {@code null} for none. */
	public void add(String mapping, EObject element, String message) {
		String key = mapping + '\u0000' + message;
		DiagramProblem known = problems.get(key);
		if (known == null) {
			problems.put(key, new DiagramProblem(mapping, labelOf(element), message, 1));
		} else {
			problems.put(key, new DiagramProblem(known.mapping(), known.element(), known.message(),
					known.occurrences() + 1));
		}
	}

	/** Every problem, in the order first met. */
	public List<DiagramProblem> all() {
		return new ArrayList<>(problems.values());
	}

	/**
	 * What findings call the element (what its model calls it for people, or its name), else its
	 * class and identifier: enough to find it in the model.
	 */
	public static String labelOf(EObject element) {
		if (element == null) {
			return ""; //$NON-NLS-1$
		}
		String label = ElementLabels.of(element);
		if (!label.equals(element.eClass().getName())) {
			return label;
		}
		String id = org.civitas.diagram.core.ElementIds.idOf(element);
		return id == null ? label : label + ' ' + id;
	}
}
