package org.civitas.emf.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Compares two versions of a model element by element. Elements are matched by their ID; an
 * element without one by its place (its container's match, the containment and its position),
 * and the roots with each other. Only what people set is compared: features that are neither
 * derived, transient nor unchangeable.
 */
public final class ModelComparison {

	private final Map<String, EObject> before;
	private final Map<String, EObject> after;
	private final Map<EObject, String> keysBefore;
	private final Map<EObject, String> keysAfter;

	private ModelComparison(EObject oldRoot, EObject newRoot) {
		keysBefore = keys(oldRoot);
		keysAfter = keys(newRoot);
		before = inverse(keysBefore);
		after = inverse(keysAfter);
	}

	/** The differences from {@code oldRoot}'s model to {@code newRoot}'s, in the new model's order, then removals. */
	public static List<Change> changes(EObject oldRoot, EObject newRoot) {
		return new ModelComparison(oldRoot, newRoot).compare();
	}

	/** The key that matches an element across versions: its ID, or its place for one without. */
	static Map<EObject, String> keys(EObject root) {
		Map<EObject, String> keys = new LinkedHashMap<>();
		keys.put(root, "/"); //$NON-NLS-1$
		root.eAllContents().forEachRemaining(element -> {
			String id = EcoreUtil.getID(element);
			keys.put(element, id != null ? id : placeOf(element, keys));
		});
		return keys;
	}

	private static String placeOf(EObject element, Map<EObject, String> keys) {
		EReference list = element.eContainmentFeature();
		Object holder = element.eContainer().eGet(list);
		int index = holder instanceof List<?> many ? many.indexOf(element) : 0;
		return keys.get(element.eContainer()) + '/' + list.getName() + '[' + index + ']';
	}

	private static Map<String, EObject> inverse(Map<EObject, String> keys) {
		Map<String, EObject> inverse = new HashMap<>();
		keys.forEach((element, key) -> inverse.putIfAbsent(key, element));
		return inverse;
	}

	private List<Change> compare() {
		List<Change> changes = new ArrayList<>();
		for (Map.Entry<EObject, String> entry : keysAfter.entrySet()) {
			EObject newElement = entry.getKey();
			EObject oldElement = before.get(entry.getValue());
			if (oldElement == null || oldElement.eClass() != newElement.eClass()) {
				// Reported once, with its contents.
				if (newElement.eContainer() != null && !addedWithContainer(newElement)) {
					changes.add(new Change.Added(newElement, newElement.eContainer(), newElement.eContainmentFeature()));
				}
				continue;
			}
			if (newElement.eContainer() != null && (!sameKey(oldElement.eContainer(), newElement.eContainer())
					|| oldElement.eContainmentFeature() != newElement.eContainmentFeature())) {
				changes.add(new Change.Moved(oldElement, newElement, oldElement.eContainer(), newElement.eContainer(),
						oldElement.eContainmentFeature(), newElement.eContainmentFeature()));
			}
			compareFeatures(oldElement, newElement, changes);
		}
		for (Map.Entry<EObject, String> entry : keysBefore.entrySet()) {
			EObject oldElement = entry.getKey();
			EObject newElement = after.get(entry.getValue());
			if ((newElement == null || newElement.eClass() != oldElement.eClass()) && oldElement.eContainer() != null
					&& !removedWithContainer(oldElement)) {
				changes.add(new Change.Removed(oldElement, oldElement.eContainer(), oldElement.eContainmentFeature()));
			}
		}
		return changes;
	}

	private boolean addedWithContainer(EObject newElement) {
		EObject container = newElement.eContainer();
		EObject oldContainer = before.get(keysAfter.get(container));
		return container.eContainer() != null && (oldContainer == null || oldContainer.eClass() != container.eClass());
	}

	private boolean removedWithContainer(EObject oldElement) {
		EObject container = oldElement.eContainer();
		EObject newContainer = after.get(keysBefore.get(container));
		return container.eContainer() != null && (newContainer == null || newContainer.eClass() != container.eClass());
	}

	private boolean sameKey(EObject oldElement, EObject newElement) {
		return Objects.equals(keysBefore.get(oldElement), keysAfter.get(newElement));
	}

	private void compareFeatures(EObject oldElement, EObject newElement, List<Change> changes) {
		for (EStructuralFeature feature : newElement.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !feature.isChangeable()
					|| feature instanceof EReference reference && reference.isContainer()
					|| feature == newElement.eClass().getEIDAttribute()) {
				continue;
			}
			if (feature.isMany()) {
				compareLists(oldElement, newElement, feature, changes);
			} else if (!(feature instanceof EReference reference && reference.isContainment())) {
				Object oldValue = valueOf(oldElement, feature);
				Object newValue = valueOf(newElement, feature);
				if (!same(oldValue, newValue, feature)) {
					changes.add(new Change.ValueChanged(oldElement, newElement, feature, oldValue, newValue));
				}
			}
		}
	}

	private static Object valueOf(EObject element, EStructuralFeature feature) {
		return feature.isUnsettable() && !element.eIsSet(feature) ? null : element.eGet(feature);
	}

	private boolean same(Object oldValue, Object newValue, EStructuralFeature feature) {
		if (feature instanceof EReference) {
			return Objects.equals(oldValue == null ? null : keysBefore.getOrDefault(oldValue, EcoreUtil.getURI((EObject) oldValue).toString()),
					newValue == null ? null : keysAfter.getOrDefault(newValue, EcoreUtil.getURI((EObject) newValue).toString()));
		}
		return Objects.equals(oldValue, newValue);
	}

	/** Items added and removed by key; reordered when the items both versions have are in another order. */
	private void compareLists(EObject oldElement, EObject newElement, EStructuralFeature feature, List<Change> changes) {
		boolean references = feature instanceof EReference;
		boolean containment = references && ((EReference) feature).isContainment();
		List<?> oldItems = (List<?>) oldElement.eGet(feature);
		List<?> newItems = (List<?>) newElement.eGet(feature);
		List<Object> oldKeys = new ArrayList<>();
		oldItems.forEach(item -> oldKeys.add(references ? keysBefore.get(item) : item));
		List<Object> newKeys = new ArrayList<>();
		newItems.forEach(item -> newKeys.add(references ? keysAfter.get(item) : item));
		if (oldKeys.equals(newKeys)) {
			return;
		}
		Set<Object> oldSet = new HashSet<>(oldKeys);
		Set<Object> newSet = new HashSet<>(newKeys);
		List<Object> added = new ArrayList<>();
		List<Object> removed = new ArrayList<>();
		if (!containment) {
			for (int i = 0; i < newItems.size(); i++) {
				if (!oldSet.contains(newKeys.get(i))) {
					added.add(newItems.get(i));
				}
			}
			for (int i = 0; i < oldItems.size(); i++) {
				if (!newSet.contains(oldKeys.get(i))) {
					removed.add(oldItems.get(i));
				}
			}
		}
		List<Object> oldCommon = oldKeys.stream().filter(newSet::contains).toList();
		List<Object> newCommon = newKeys.stream().filter(oldSet::contains).toList();
		boolean reordered = !oldCommon.equals(newCommon);
		if (!added.isEmpty() || !removed.isEmpty() || reordered) {
			changes.add(new Change.ListChanged(oldElement, newElement, feature, added, removed, reordered));
		}
	}
}
