package org.civitas.emf.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Merges theirs' changes into ours, both made from a common ancestor (base), element by
 * element matched by {@link ElementKeys}:
 * <ul>
 * <li>a change only theirs made is applied; one both made alike is kept once;</li>
 * <li>a single value both set differently, an element one side deleted that the other changed
 * (moved, filled or newly referred to), an element both moved to different places, and a list
 * both reordered differently are {@link Conflict}s: ours stays in the model and the conflict
 * says what theirs was, so that it can be taken later;</li>
 * <li>list items are merged: additions and removals of both sides are kept, order clashes only
 * are conflicts;</li>
 * <li>features whose concurrent changes the metamodel lets keep ours ({@link MergeHints}) give
 * {@link LayoutNote}s instead of conflicts.</li>
 * </ul>
 * The merged model is ours, changed in place; it never refers to an element it does not hold.
 */
public final class ThreeWayMerge {

	private final ElementKeys base;
	private final ElementKeys ours;
	private final ElementKeys theirs;
	private final DiffText words;
	private final SideChanges oursChanges;
	private final SideChanges theirsChanges;
	/** The merged model's elements by key: ours, then copies of theirs' new ones, less deletions. */
	private final Map<String, EObject> merged;
	private final Map<EObject, String> copies = new IdentityHashMap<>();
	/** Elements put into a list of the merged model from theirs (copied or moved): ours' order does not hold them. */
	private final Set<EObject> placedFromTheirs = Collections.newSetFromMap(new IdentityHashMap<>());
	/** Keys of elements theirs deleted that stay for a conflict: theirs' removals of references to them wait too. */
	private final Set<String> keptForConflict = new HashSet<>();
	/** Elements of ours that theirs deleted and nobody changed. */
	private final List<EObject> deletions = new ArrayList<>();
	/** Keys of elements whose deletion by ours is in conflict: theirs' changes inside wait for a decision. */
	private final Set<String> restorable = new HashSet<>();
	private final List<Conflict> conflicts = new ArrayList<>();
	private final List<LayoutNote> notes = new ArrayList<>();
	private int applied;

	private ThreeWayMerge(EObject baseRoot, EObject oursRoot, EObject theirsRoot, DiffText words) {
		base = ElementKeys.of(baseRoot);
		// The two sides are compared with base at once: each only reads base and its own side.
		CompletableFuture<SideChanges> theirsComparison = CompletableFuture
				.supplyAsync(() -> new SideChanges(base, ElementKeys.of(theirsRoot)));
		ours = ElementKeys.of(oursRoot);
		oursChanges = new SideChanges(base, ours);
		theirsChanges = theirsComparison.join();
		theirs = theirsChanges.side();
		this.words = words;
		merged = new HashMap<>(ours.all().size() * 2);
		ours.all().forEach((element, key) -> merged.putIfAbsent(key, element));
	}

	/**
	 * Merges {@code theirs} into {@code ours} (changed in place), both descended from
	 * {@code base}; {@code words} names elements and values in conflicts and notes.
	 */
	public static MergeResult merge(EObject base, EObject ours, EObject theirs, DiffText words) {
		return new ThreeWayMerge(base, ours, theirs, words).run();
	}

	private MergeResult run() {
		decideTheirDeletions();
		keepOurDeletionsUnlessTheyChanged();
		placeTheirElements();
		// Before the deletions, which take ours' references to deleted elements with them.
		mergeFeatures();
		deleteWhatTheyDeleted();
		return new MergeResult(applied, conflicts, notes);
	}

	// Deletions

	/** An element theirs deleted goes unless ours changed anything it deleted with it. */
	private void decideTheirDeletions() {
		for (Change change : theirsChanges.changes) {
			if (change instanceof Change.Removed removed) {
				EObject mine = ModelComparison.counterpart(removed.before(), base, ours);
				if (mine == null) {
					continue; // ours deleted it too
				}
				String touched = touchedInDeleted(removed.before(), mine, oursChanges, theirs);
				if (touched == null) {
					deletions.add(mine);
				} else {
					keptForConflict.add(ours.keyOf(mine));
					mine.eAllContents().forEachRemaining(inside -> keptForConflict.add(ours.keyOf(inside)));
					conflicts.add(new Conflict(Conflict.Kind.DELETED_BY_THEIRS, ours.keyOf(mine), null, words.element(mine), null,
							Messages.Merge_present, words.line(oursChanges.reason(touched)), Messages.Merge_deleted,
							Conflict.TheirsChoice.deletion()));
				}
			}
		}
	}

	/** An element ours deleted stays deleted unless theirs changed anything ours deleted with it. */
	private void keepOurDeletionsUnlessTheyChanged() {
		for (Change change : oursChanges.changes) {
			if (change instanceof Change.Removed removed) {
				EObject theirsElement = ModelComparison.counterpart(removed.before(), base, theirs);
				if (theirsElement == null) {
					continue; // theirs deleted it too
				}
				String touched = touchedInDeleted(removed.before(), theirsElement, theirsChanges, ours);
				if (touched != null) {
					conflicts.add(restoreConflict(theirsElement, touched));
					theirsElement.eAllContents().forEachRemaining(inside -> restorable.add(theirs.keyOf(inside)));
					restorable.add(theirs.keyOf(theirsElement));
				}
			}
		}
	}

	/**
	 * The key of an element that the other side touched among those one side deleted with
	 * {@code deleted} (of base), or in the other side's version of it ({@code kept}), or
	 * {@code null}.
	 */
	private String touchedInDeleted(EObject deleted, EObject kept, SideChanges other, ElementKeys deleting) {
		List<EObject> gone = new ArrayList<>();
		gone.add(deleted);
		deleted.eAllContents().forEachRemaining(gone::add);
		for (EObject element : gone) {
			String key = base.keyOf(element);
			if (key != null && deleting.element(key) == null && other.touched(key)) {
				return key;
			}
		}
		ElementKeys keeping = other == oursChanges ? ours : theirs;
		String key = keeping.keyOf(kept);
		if (other.touched(key)) {
			return key;
		}
		for (var inside = kept.eAllContents(); inside.hasNext();) {
			String insideKey = keeping.keyOf(inside.next());
			if (insideKey != null && other.touched(insideKey)) {
				return insideKey;
			}
		}
		return null;
	}

	private Conflict restoreConflict(EObject theirsElement, String touched) {
		EObject container = theirsElement.eContainer();
		EReference list = theirsElement.eContainmentFeature();
		Object holder = container.eGet(list);
		int index = holder instanceof List<?> many ? many.indexOf(theirsElement) : 0;
		Set<EObject> restored = new HashSet<>();
		restored.add(theirsElement);
		theirsElement.eAllContents().forEachRemaining(restored::add);
		List<Conflict.Link> links = new ArrayList<>();
		for (Map.Entry<String, Set<EStructuralFeature>> changed : theirsChanges.features.entrySet()) {
			EObject referring = theirs.element(changed.getKey());
			if (referring == null || restored.contains(referring)) {
				continue;
			}
			for (EStructuralFeature feature : changed.getValue()) {
				if (feature instanceof EReference reference && !reference.isContainment()) {
					List<?> targets = targets(ModelComparison.valueOf(referring, feature));
					if (targets.stream().anyMatch(restored::contains)) {
						links.add(new Conflict.Link(changed.getKey(), feature.getName(),
								targets.stream().map(target -> ModelComparison.referenceKey(theirs, target)).toList()));
					}
				}
			}
		}
		return new Conflict(Conflict.Kind.DELETED_BY_OURS, theirs.keyOf(theirsElement), null, words.element(theirsElement), null,
				Messages.Merge_present, Messages.Merge_deleted, words.line(theirsChanges.reason(touched)),
				Conflict.TheirsChoice.restoration(XmiFragments.write(List.of(theirsElement), theirs), theirs.keyOf(container),
						list.getName(), index, links));
	}

	private static List<?> targets(Object value) {
		if (value instanceof List<?> many) {
			return many;
		}
		return value == null ? List.of() : List.of(value);
	}

	private void deleteWhatTheyDeleted() {
		if (deletions.isEmpty()) {
			return;
		}
		Set<EObject> gone = Collections.newSetFromMap(new IdentityHashMap<>());
		for (EObject element : deletions) {
			gone.add(element);
			element.eAllContents().forEachRemaining(gone::add);
		}
		CrossReferences.removeAllTo(merged.values(), gone);
		for (EObject element : deletions) {
			EcoreUtil.remove(element);
			applied++;
		}
		merged.values().removeIf(gone::contains);
	}

	// Elements theirs added or moved

	/** Copies theirs' new elements into the merged model and moves what theirs moved, containers first. */
	private void placeTheirElements() {
		for (Map.Entry<EObject, String> entry : theirs.all().entrySet()) {
			EObject theirsElement = entry.getKey();
			if (theirsElement.eContainer() == null || restorable.contains(entry.getValue())) {
				continue;
			}
			EObject mine = merged.get(entry.getValue());
			EObject baseElement = ModelComparison.counterpart(theirsElement, theirs, base);
			if (mine == null) {
				if (baseElement == null) {
					addCopy(theirsElement, entry.getValue());
				}
			} else if (mine.eClass() == theirsElement.eClass()) {
				placeExisting(theirsElement, mine, baseElement);
			}
		}
	}

	private void addCopy(EObject theirsElement, String key) {
		EObject container = merged.get(theirs.keyOf(theirsElement.eContainer()));
		EReference list = theirsElement.eContainmentFeature();
		if (container == null || !list.getEContainingClass().isSuperTypeOf(container.eClass())) {
			return; // ours deleted the container: the conflict there holds this element
		}
		if (!list.isMany() && container.eGet(list, false) != null) {
			EObject present = (EObject) container.eGet(list, false);
			conflicts.add(new Conflict(Conflict.Kind.VALUE, keyOf(container), list.getName(), words.element(container),
					words.feature(container, list), Messages.Merge_none, words.element(present), words.element(theirsElement),
					Conflict.TheirsChoice.fragment(XmiFragments.write(List.of(theirsElement), theirs))));
			return;
		}
		EObject copy = EcoreUtil.create(theirsElement.eClass());
		for (EStructuralFeature feature : ModelComparison.comparedFeatures(theirsElement.eClass())) {
			if ((feature instanceof EAttribute || MergeHints.isWhole(feature)) && theirsElement.eIsSet(feature)) {
				setValue(copy, feature, MergeHints.isWhole(feature) ? EcoreUtil.copyAll((List<?>) theirsElement.eGet(feature))
						: theirsElement.eGet(feature));
			}
		}
		EAttribute id = theirsElement.eClass().getEIDAttribute();
		if (id != null) {
			copy.eSet(id, theirsElement.eGet(id));
		}
		insert(container, list, copy);
		placedFromTheirs.add(copy);
		merged.put(key, copy);
		copies.put(copy, key);
		applied++;
	}

	private void placeExisting(EObject theirsElement, EObject mine, EObject baseElement) {
		String theirsContainer = theirs.keyOf(theirsElement.eContainer());
		EReference theirsList = theirsElement.eContainmentFeature();
		String oursContainer = keyOf(mine.eContainer());
		boolean oursAtTheirs = theirsContainer.equals(oursContainer) && theirsList == mine.eContainmentFeature();
		if (baseElement == null) {
			if (!oursAtTheirs) {
				conflicts.add(moveConflict(mine, null, theirsElement));
			}
			return;
		}
		boolean theirsMoved = !theirsContainer.equals(base.keyOf(baseElement.eContainer()))
				|| theirsList != baseElement.eContainmentFeature();
		if (!theirsMoved || oursAtTheirs) {
			return;
		}
		boolean oursMoved = !oursContainer.equals(base.keyOf(baseElement.eContainer()))
				|| mine.eContainmentFeature() != baseElement.eContainmentFeature();
		EObject container = merged.get(theirsContainer);
		if (container == null) {
			return; // ours deleted the new container: the conflict there holds this move
		}
		if (oursMoved || container == mine || EcoreUtil.isAncestor(mine, container)
				|| !theirsList.isMany() && container.eGet(theirsList, false) != null) {
			conflicts.add(moveConflict(mine, baseElement, theirsElement));
			return;
		}
		insert(container, theirsList, mine);
		placedFromTheirs.add(mine);
		applied++;
	}

	private Conflict moveConflict(EObject mine, EObject baseElement, EObject theirsElement) {
		EObject theirsContainer = theirsElement.eContainer();
		Object holder = theirsContainer.eGet(theirsElement.eContainmentFeature());
		int index = holder instanceof List<?> many ? many.indexOf(theirsElement) : 0;
		return new Conflict(Conflict.Kind.MOVE, keyOf(mine), null, words.element(mine), null,
				baseElement == null ? Messages.Merge_none : placeText(baseElement), placeText(mine), placeText(theirsElement),
				Conflict.TheirsChoice.place(theirs.keyOf(theirsContainer), theirsElement.eContainmentFeature().getName(), index));
	}

	private String placeText(EObject element) {
		return NLS.bind(Messages.Merge_place, words.feature(element.eContainer(), element.eContainmentFeature()),
				words.element(element.eContainer()));
	}

	@SuppressWarnings("unchecked")
	private static void insert(EObject container, EReference list, EObject element) {
		if (list.isMany()) {
			((List<EObject>) container.eGet(list)).add(element);
		} else {
			container.eSet(list, element);
		}
	}

	/** The key of an element of the merged model. */
	private String keyOf(EObject element) {
		String key = ours.keyOf(element);
		return key != null ? key : copies.get(element);
	}

	// Features

	/** Applies theirs' feature changes, and theirs' order to the lists theirs added to. */
	private void mergeFeatures() {
		Set<String> changed = new HashSet<>(theirsChanges.features.keySet());
		changed.addAll(theirsChanges.filled);
		for (Map.Entry<EObject, String> entry : theirs.all().entrySet()) {
			String key = entry.getValue();
			EObject mine = merged.get(key);
			EObject theirsElement = entry.getKey();
			if (mine == null || mine.eClass() != theirsElement.eClass()) {
				continue;
			}
			if (copies.containsKey(mine)) {
				copyReferences(theirsElement, mine);
			} else {
				EObject baseElement = ModelComparison.counterpart(theirsElement, theirs, base);
				boolean bothAdded = baseElement == null;
				if (!bothAdded && !changed.contains(key)) {
					continue;
				}
				Set<EStructuralFeature> theirsFeatures = theirsChanges.featuresOf(key);
				for (EStructuralFeature feature : ModelComparison.comparedFeatures(mine.eClass())) {
					boolean containment = feature instanceof EReference reference && reference.isContainment();
					if (bothAdded || theirsFeatures.contains(feature) || containment && feature.isMany() && !MergeHints.isWhole(feature)) {
						mergeFeature(key, baseElement, mine, theirsElement, feature);
					}
				}
			}
		}
	}

	private void copyReferences(EObject theirsElement, EObject copy) {
		for (EReference reference : CrossReferences.of(copy.eClass())) {
			Object value = theirsElement.eGet(reference, false);
			if (reference.isMany()) {
				List<Object> resolved = new ArrayList<>();
				for (Object target : (List<?>) value) {
					Object mine = inMerged(target);
					if (mine != null) {
						resolved.add(mine);
					}
				}
				setValue(copy, reference, resolved);
			} else if (value != null) {
				setValue(copy, reference, inMerged(value));
			}
		}
	}

	private void mergeFeature(String key, EObject baseElement, EObject mine, EObject theirsElement, EStructuralFeature feature) {
		if (feature.isMany() && !MergeHints.isWhole(feature)) {
			mergeList(key, baseElement, mine, theirsElement, feature);
			return;
		}
		Object baseValue = baseElement == null ? defaultOf(feature) : ModelComparison.valueOf(baseElement, feature);
		Object oursValue = ModelComparison.valueOf(mine, feature);
		Object theirsValue = ModelComparison.valueOf(theirsElement, feature);
		if (ModelComparison.sameValue(feature, base, baseValue, theirs, theirsValue)
				|| ModelComparison.sameValue(feature, ours, oursValue, theirs, theirsValue)) {
			return;
		}
		if (ModelComparison.sameValue(feature, base, baseValue, ours, oursValue)) {
			if (feature instanceof EReference && theirsValue == null && baseValue != null
					&& keptForConflict.contains(base.keyOf((EObject) baseValue))) {
				return; // theirs deleted the target, which stays for a conflict
			}
			if (feature instanceof EReference reference && !reference.isContainment() && theirsValue != null) {
				Object target = inMerged(theirsValue);
				if (target != null) {
					setValue(mine, feature, target);
					applied++;
				}
				return; // a target ours deleted: the conflict there holds this reference
			}
			setValue(mine, feature, MergeHints.isWhole(feature) ? EcoreUtil.copyAll((List<?>) theirsValue) : theirsValue);
			applied++;
			return;
		}
		String featureText = words.feature(mine, feature);
		if (MergeHints.keepsOurs(feature)) {
			notes.add(new LayoutNote(key, NLS.bind(Messages.Merge_layoutNote, new Object[] { words.element(mine), featureText,
					words.value(feature, oursValue), words.value(feature, theirsValue) })));
			return;
		}
		conflicts.add(new Conflict(Conflict.Kind.VALUE, key, feature.getName(), words.element(mine), featureText,
				words.value(feature, baseValue), words.value(feature, oursValue), words.value(feature, theirsValue),
				MergeHints.isWhole(feature) ? Conflict.TheirsChoice.fragment(XmiFragments.write(objects(theirsValue), theirs))
						: Conflict.TheirsChoice.values(literals(feature, theirsValue))));
	}

	/**
	 * A list of both: ours' items less those theirs removed, plus those theirs added (each after
	 * the item it follows in theirs); theirs' order when only theirs reordered, a conflict when
	 * both reordered differently. A containment list's items are placed already; only its order
	 * is merged here.
	 */
	@SuppressWarnings("unchecked")
	private void mergeList(String key, EObject baseElement, EObject mine, EObject theirsElement, EStructuralFeature feature) {
		boolean containment = feature instanceof EReference reference && reference.isContainment();
		EList<Object> oursList = (EList<Object>) mine.eGet(feature, false);
		List<?> theirsItems = (List<?>) theirsElement.eGet(feature, false);
		List<Object> baseKeys = baseElement == null ? List.of()
				: ListKeys.of(feature, base, (List<?>) baseElement.eGet(feature, false));
		List<Object> theirsKeys = ListKeys.of(feature, theirs, theirsItems);
		List<Object> oursKeys = containment ? oursList.stream().map(item -> (Object) keyOf((EObject) item)).toList()
				: ListKeys.of(feature, ours, oursList);
		List<Object> oursOrder = containment ? oursList.stream().filter(item -> !placedFromTheirs.contains(item))
				.map(item -> (Object) keyOf((EObject) item)).toList() : oursKeys;
		Map<Object, Object> items = new HashMap<>();
		for (int i = 0; i < oursKeys.size(); i++) {
			items.put(oursKeys.get(i), oursList.get(i));
		}
		List<Object> result = new ArrayList<>(oursKeys);
		if (!containment) {
			Set<Object> theirsSet = new HashSet<>(theirsKeys);
			Set<Object> baseSet = new HashSet<>(baseKeys);
			result.removeIf(item -> baseSet.contains(item) && !theirsSet.contains(item) && !keptForConflict.contains(item));
			for (int i = 0; i < theirsKeys.size(); i++) {
				Object item = theirsKeys.get(i);
				if (!baseSet.contains(item) && !items.containsKey(item)) {
					Object value = feature instanceof EReference ? inMerged(theirsItems.get(i)) : theirsItems.get(i);
					if (value != null) {
						items.put(item, value);
						result.add(item);
					}
				}
			}
		}
		List<Object> stayingOursOrder = staying(oursOrder, result);
		List<Object> ordered = ListOrder.merge(baseKeys, stayingOursOrder, theirsKeys, result);
		if (ordered == null) {
			ordered = ListOrder.placeNew(stayingOursOrder, theirsKeys, result);
			conflicts.add(new Conflict(Conflict.Kind.ORDER, key, feature.getName(), words.element(mine), words.feature(mine, feature),
					orderText(feature, baseElement), orderText(feature, mine), orderText(feature, theirsElement),
					Conflict.TheirsChoice.values(theirsKeys.stream().map(item -> literalOfKey(feature, item)).toList())));
		}
		List<Object> values = ordered.stream().map(items::get).toList();
		if (!values.equals(oursList)) {
			ECollections.setEList(oursList, values);
			applied++;
		}
	}

	/** Ours' items that stay, in ours' order. */
	private static List<Object> staying(List<Object> oursOrder, List<Object> result) {
		Set<Object> staying = new HashSet<>(result);
		return oursOrder.stream().filter(staying::contains).toList();
	}

	private String orderText(EStructuralFeature feature, EObject element) {
		return element == null ? Messages.Merge_none : words.value(feature, element.eGet(feature, false));
	}

	/** The element of the merged model a reference of theirs should point to, or {@code null}. */
	private Object inMerged(Object theirsTarget) {
		EObject target = (EObject) theirsTarget;
		if (target.eIsProxy()) {
			InternalEObject proxy = (InternalEObject) EcoreUtil.create(target.eClass());
			proxy.eSetProxyURI(((InternalEObject) target).eProxyURI());
			return proxy;
		}
		String key = theirs.keyOf(target);
		return key == null ? null : merged.get(key);
	}

	private static Object defaultOf(EStructuralFeature feature) {
		if (feature.isMany()) {
			return List.of();
		}
		return feature instanceof EAttribute ? feature.getDefaultValue() : null;
	}

	private static void setValue(EObject element, EStructuralFeature feature, Object value) {
		if (value == null && (feature.isUnsettable() || feature instanceof EReference)) {
			element.eUnset(feature);
		} else if (feature.isMany()) {
			@SuppressWarnings("unchecked")
			EList<Object> list = (EList<Object>) element.eGet(feature);
			ECollections.setEList(list, new ArrayList<>((List<?>) value));
		} else {
			element.eSet(feature, value);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> objects(Object list) {
		return (List<EObject>) list;
	}

	/** A single value as the conflict file keeps it: an attribute's literal or a target's key; none for no value. */
	private List<String> literals(EStructuralFeature feature, Object value) {
		if (value == null) {
			return List.of();
		}
		if (feature instanceof EReference) {
			return List.of(ModelComparison.referenceKey(theirs, value));
		}
		EAttribute attribute = (EAttribute) feature;
		return List.of(EcoreUtil.convertToString(attribute.getEAttributeType(), value));
	}

	private static String literalOfKey(EStructuralFeature feature, Object key) {
		if (key instanceof ListKeys.Occurrence occurrence) {
			return EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), occurrence.value());
		}
		return Objects.toString(key);
	}
}
