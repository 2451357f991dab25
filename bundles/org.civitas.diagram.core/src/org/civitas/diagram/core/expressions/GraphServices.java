package org.civitas.diagram.core.expressions;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The {@code graph:} functions of expressions: questions about the graph a reference forms
 * over a model, such as dependencies, for highlighting cycles in any diagram.
 */
public class GraphServices {

	/** Whether following {@code reference} from the element can lead back to it. */
	public boolean inCycle(EObject element, String reference) {
		return element != null && reaches(element, element, reference);
	}

	/**
	 * Whether the edge from {@code source} to {@code target} along {@code reference} lies on a
	 * cycle: whether {@code target} leads back to {@code source}.
	 */
	public boolean edgeInCycle(EObject source, EObject target, String reference) {
		return source != null && target != null && (source == target || reaches(target, source, reference));
	}

	/** Depth-first search from the successors of {@code from}; visits each element once. */
	private static boolean reaches(EObject from, EObject goal, String reference) {
		Set<EObject> visited = new HashSet<>();
		Deque<EObject> pending = new ArrayDeque<>(successors(from, reference));
		while (!pending.isEmpty()) {
			EObject next = pending.pop();
			if (next == goal) {
				return true;
			}
			if (visited.add(next)) {
				pending.addAll(successors(next, reference));
			}
		}
		return false;
	}

	private static Collection<EObject> successors(EObject element, String reference) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(reference);
		if (feature == null) {
			return Set.of();
		}
		Object value = element.eGet(feature);
		if (value instanceof EObject single) {
			return Set.of(single);
		}
		@SuppressWarnings("unchecked")
		Collection<EObject> many = value instanceof Collection<?> ? (Collection<EObject>) value : Set.of();
		return many;
	}
}
