package org.civitas.emf.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What one side of a merge changed from the common ancestor, by key: which features of which
 * elements, which elements it moved, which it put new elements (or moved ones) into, and which
 * elements it refers to anew.
 */
final class SideChanges {

	private final ElementKeys side;
	final List<Change> changes;
	/** The features each element had changed. */
	final Map<String, Set<EStructuralFeature>> features = new HashMap<>();
	final Set<String> moved = new HashSet<>();
	/** Elements that received new contents or moved ones. */
	final Set<String> filled = new HashSet<>();
	/** Elements of the side referred to by a new reference, with a change that made it. */
	final Map<String, Change> referencedAnew = new HashMap<>();
	/** A change that touched each touched element, for saying what the side did. */
	private final Map<String, Change> reasons = new HashMap<>();

	SideChanges(ElementKeys base, ElementKeys side) {
		this.side = side;
		changes = ModelComparison.changes(base, side);
		for (Change change : changes) {
			record(change);
		}
	}

	private void record(Change change) {
		if (change instanceof Change.Added added) {
			touch(filled, side.keyOf(added.container()), change);
			referencesOf(added.after(), change);
			added.after().eAllContents().forEachRemaining(element -> referencesOf(element, change));
		} else if (change instanceof Change.Moved move) {
			touch(moved, side.keyOf(move.after()), change);
			touch(filled, side.keyOf(move.newContainer()), change);
		} else if (change instanceof Change.ValueChanged value) {
			touchFeature(value.after(), value.feature(), change);
			if (value.feature() instanceof EReference reference && !reference.isContainment()) {
				refer(value.newValue(), change);
			}
		} else if (change instanceof Change.ListChanged list) {
			touchFeature(list.after(), list.feature(), change);
			if (list.feature() instanceof EReference reference && !reference.isContainment()) {
				list.added().forEach(target -> refer(target, change));
			}
		}
	}

	private void touch(Set<String> set, String key, Change change) {
		set.add(key);
		reasons.putIfAbsent(key, change);
	}

	private void touchFeature(EObject element, EStructuralFeature feature, Change change) {
		String key = side.keyOf(element);
		features.computeIfAbsent(key, unused -> new HashSet<>()).add(feature);
		reasons.putIfAbsent(key, change);
	}

	private void referencesOf(EObject element, Change change) {
		for (EReference reference : CrossReferences.of(element.eClass())) {
			Object value = ModelComparison.valueOf(element, reference);
			if (value instanceof List<?> targets) {
				targets.forEach(target -> refer(target, change));
			} else {
				refer(value, change);
			}
		}
	}

	private void refer(Object target, Change change) {
		String key = target == null ? null : side.keyOf((EObject) target);
		if (key != null) {
			referencedAnew.putIfAbsent(key, change);
		}
	}

	/** The side's version, keyed. */
	ElementKeys side() {
		return side;
	}

	/** Whether the side changed, moved, filled or newly referred to the element of the key. */
	boolean touched(String key) {
		return features.containsKey(key) || moved.contains(key) || filled.contains(key) || referencedAnew.containsKey(key);
	}

	/** A change of the side that touched the element of the key. */
	Change reason(String key) {
		Change reason = reasons.get(key);
		return reason != null ? reason : referencedAnew.get(key);
	}

	/** The features of the element that the side changed; empty for none. */
	Set<EStructuralFeature> featuresOf(String key) {
		return features.getOrDefault(key, Set.of());
	}
}
