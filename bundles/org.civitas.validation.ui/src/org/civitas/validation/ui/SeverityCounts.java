package org.civitas.validation.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civitas.validation.Severity;
import org.eclipse.emf.ecore.EObject;

/**
 * How many findings of each severity are on each element and everything it contains, kept
 * by counting along each finding's chain of containers, so that a change of findings costs
 * the depth of the model, not its size.
 */
final class SeverityCounts {

	private final Map<EObject, int[]> counts = new HashMap<>();

	/** Counts a finding of {@code severity} on the first element of {@code chain}, which lists its containers after it. */
	void add(List<EObject> chain, Severity severity) {
		for (EObject element : chain) {
			counts.computeIfAbsent(element, key -> new int[Severity.values().length])[severity.ordinal()]++;
		}
	}

	/** Takes back what {@link #add} counted for the same chain and severity. */
	void remove(List<EObject> chain, Severity severity) {
		for (EObject element : chain) {
			int[] count = counts.get(element);
			if (count != null && --count[severity.ordinal()] == 0 && isEmpty(count)) {
				counts.remove(element);
			}
		}
	}

	/** The most severe finding on {@code element} or under it, or {@code null}. */
	Severity worst(EObject element) {
		int[] count = counts.get(element);
		if (count != null) {
			for (Severity severity : Severity.values()) {
				if (count[severity.ordinal()] > 0) {
					return severity;
				}
			}
		}
		return null;
	}

	/** Every element with a finding on it or under it. */
	Set<EObject> elements() {
		return counts.keySet();
	}

	void clear() {
		counts.clear();
	}

	private static boolean isEmpty(int[] count) {
		for (int value : count) {
			if (value != 0) {
				return false;
			}
		}
		return true;
	}
}
