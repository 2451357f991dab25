package org.civitas.emf.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Compares two versions of a model element by element, matched by their {@link ElementKeys}.
 * Only what people set is compared: features that are neither derived, transient nor
 * unchangeable; references are compared by the keys of the elements they point to and never
 * resolved (a proxy by its URI).
 */
public final class ModelComparison {

	private static final Map<EClass, List<EStructuralFeature>> COMPARED = new ConcurrentHashMap<>();

	private final ElementKeys before;
	private final ElementKeys after;

	private ModelComparison(ElementKeys before, ElementKeys after) {
		this.before = before;
		this.after = after;
	}

	/** The differences from {@code oldRoot}'s model to {@code newRoot}'s, in the new model's order, then removals. */
	public static List<Change> changes(EObject oldRoot, EObject newRoot) {
		return changes(ElementKeys.of(oldRoot), ElementKeys.of(newRoot));
	}

	/** The differences between two keyed versions. */
	public static List<Change> changes(ElementKeys before, ElementKeys after) {
		return new ModelComparison(before, after).compare();
	}

	/**
	 * The features of a class that people set, in the class's order: neither derived, transient,
	 * unchangeable, the container nor the ID.
	 */
	static List<EStructuralFeature> comparedFeatures(EClass eClass) {
		return COMPARED.computeIfAbsent(eClass, key -> key.getEAllStructuralFeatures().stream()
				.filter(feature -> !feature.isDerived() && !feature.isTransient() && feature.isChangeable()
						&& !(feature instanceof EReference reference && reference.isContainer())
						&& feature != key.getEIDAttribute())
				.toList());
	}

	/** The feature's value as people set it: {@code null} when unset, references unresolved. */
	static Object valueOf(EObject element, EStructuralFeature feature) {
		return feature.isUnsettable() && !element.eIsSet(feature) ? null : element.eGet(feature, false);
	}

	/** The element of the same key and class in the other version, or {@code null}. */
	static EObject counterpart(EObject element, ElementKeys from, ElementKeys to) {
		EObject other = to.element(from.keyOf(element));
		return other != null && other.eClass() == element.eClass() ? other : null;
	}

	/** What identifies a referenced element across versions: its key, or a proxy's URI. */
	static String referenceKey(ElementKeys keys, Object target) {
		if (target == null) {
			return null;
		}
		String key = keys.keyOf((EObject) target);
		return key != null ? key : EcoreUtil.getURI((EObject) target).toString();
	}

	/** Whether two values of the feature, of the two versions, are the same. */
	static boolean sameValue(EStructuralFeature feature, ElementKeys oneKeys, Object one, ElementKeys otherKeys, Object other) {
		if (MergeHints.isWhole(feature)) {
			return EcoreUtil.equals(asObjects(one), asObjects(other));
		}
		if (feature instanceof EReference) {
			return Objects.equals(referenceKey(oneKeys, one), referenceKey(otherKeys, other));
		}
		return Objects.equals(one, other);
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> asObjects(Object list) {
		return (List<EObject>) list;
	}

	private List<Change> compare() {
		List<Change> changes = new ArrayList<>();
		for (Map.Entry<EObject, String> entry : after.all().entrySet()) {
			EObject newElement = entry.getKey();
			EObject oldElement = counterpart(newElement, after, before);
			if (oldElement == null) {
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
		for (EObject oldElement : before.all().keySet()) {
			if (oldElement.eContainer() != null && counterpart(oldElement, before, after) == null
					&& !removedWithContainer(oldElement)) {
				changes.add(new Change.Removed(oldElement, oldElement.eContainer(), oldElement.eContainmentFeature()));
			}
		}
		return changes;
	}

	private boolean addedWithContainer(EObject newElement) {
		EObject container = newElement.eContainer();
		return container.eContainer() != null && counterpart(container, after, before) == null;
	}

	private boolean removedWithContainer(EObject oldElement) {
		EObject container = oldElement.eContainer();
		return container.eContainer() != null && counterpart(container, before, after) == null;
	}

	private boolean sameKey(EObject oldElement, EObject newElement) {
		return Objects.equals(before.keyOf(oldElement), after.keyOf(newElement));
	}

	private void compareFeatures(EObject oldElement, EObject newElement, List<Change> changes) {
		for (EStructuralFeature feature : comparedFeatures(newElement.eClass())) {
			if (feature.isMany() && !MergeHints.isWhole(feature)) {
				compareLists(oldElement, newElement, feature, changes);
			} else if (!(feature instanceof EReference reference && reference.isContainment()) || MergeHints.isWhole(feature)) {
				Object oldValue = valueOf(oldElement, feature);
				Object newValue = valueOf(newElement, feature);
				if (!sameValue(feature, before, oldValue, after, newValue)) {
					changes.add(new Change.ValueChanged(oldElement, newElement, feature, oldValue, newValue));
				}
			}
		}
	}

	private boolean sameItems(EStructuralFeature feature, List<?> oldItems, List<?> newItems) {
		if (oldItems.size() != newItems.size()) {
			return false;
		}
		boolean references = feature instanceof EReference;
		for (int i = 0; i < oldItems.size(); i++) {
			if (references ? !Objects.equals(referenceKey(before, oldItems.get(i)), referenceKey(after, newItems.get(i)))
					: !Objects.equals(oldItems.get(i), newItems.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** Items added and removed by key; reordered when the items both versions have are in another order. */
	private void compareLists(EObject oldElement, EObject newElement, EStructuralFeature feature, List<Change> changes) {
		boolean containment = feature instanceof EReference reference && reference.isContainment();
		List<?> oldItems = (List<?>) valueOf(oldElement, feature);
		List<?> newItems = (List<?>) valueOf(newElement, feature);
		if (sameItems(feature, oldItems, newItems)) {
			return; // most lists, checked without building their keys
		}
		List<Object> oldKeys = ListKeys.of(feature, before, oldItems);
		List<Object> newKeys = ListKeys.of(feature, after, newItems);
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
		boolean reordered = !ListKeys.common(oldKeys, newSet).equals(ListKeys.common(newKeys, oldSet));
		if (!added.isEmpty() || !removed.isEmpty() || reordered) {
			changes.add(new Change.ListChanged(oldElement, newElement, feature, added, removed, reordered));
		}
	}
}
