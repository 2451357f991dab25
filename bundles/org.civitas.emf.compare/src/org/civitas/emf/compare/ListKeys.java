package org.civitas.emf.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The items of a list as keys that match across versions: an element by its key, a value by
 * itself and how many times it came before (so that a list holding one value twice still has
 * distinct items).
 */
final class ListKeys {

	/** A value and its occurrence in the list. */
	record Occurrence(Object value, int count) {
	}

	private ListKeys() {
	}

	static List<Object> of(EStructuralFeature feature, ElementKeys keys, List<?> items) {
		List<Object> result = new ArrayList<>(items.size());
		if (feature instanceof EReference) {
			items.forEach(item -> result.add(ModelComparison.referenceKey(keys, item)));
			return result;
		}
		Map<Object, Integer> seen = new HashMap<>();
		items.forEach(item -> result.add(new Occurrence(item, seen.merge(item, 1, Integer::sum))));
		return result;
	}

	/** The keys of {@code keys} that {@code other} has too, in the order of {@code keys}. */
	static List<Object> common(List<Object> keys, Set<Object> other) {
		return keys.stream().filter(other::contains).toList();
	}
}
