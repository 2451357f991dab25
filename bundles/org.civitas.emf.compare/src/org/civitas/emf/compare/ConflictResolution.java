package org.civitas.emf.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Settles a {@link Conflict} in the merged model by taking theirs (taking ours needs nothing:
 * the model holds ours). The model is changed only when theirs can be taken whole.
 */
public final class ConflictResolution {

	/** Theirs cannot be taken: the model has changed since the merge so that theirs no longer fits. */
	public static final class NotApplicable extends Exception {
		private static final long serialVersionUID = 1L;

		NotApplicable(String message) {
			super(message);
		}
	}

	private final EObject root;
	private final ElementKeys keys;

	private ConflictResolution(EObject root) {
		this.root = root;
		keys = ElementKeys.of(root);
	}

	/** Changes the model of {@code root} to theirs' side of the conflict. */
	public static void takeTheirs(EObject root, Conflict conflict) throws NotApplicable {
		new ConflictResolution(root).take(conflict);
	}

	private void take(Conflict conflict) throws NotApplicable {
		Conflict.TheirsChoice choice = conflict.theirsChoice();
		switch (conflict.kind()) {
			case VALUE -> takeValue(conflict, choice);
			case ORDER -> takeOrder(conflict, choice);
			case MOVE -> takePlace(require(conflict.element()), choice);
			case DELETED_BY_THEIRS -> delete(require(conflict.element()));
			case DELETED_BY_OURS -> restore(conflict, choice);
		}
	}

	private EObject require(String key) throws NotApplicable {
		EObject element = keys.element(key);
		if (element == null) {
			throw new NotApplicable(NLS.bind(Messages.Resolution_elementGone, key));
		}
		return element;
	}

	private static EStructuralFeature feature(EObject element, String name, String key) throws NotApplicable {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
		if (feature == null) {
			throw new NotApplicable(NLS.bind(Messages.Resolution_featureUnknown, name, key));
		}
		return feature;
	}

	private void takeValue(Conflict conflict, Conflict.TheirsChoice choice) throws NotApplicable {
		EObject element = require(conflict.element());
		EStructuralFeature feature = feature(element, conflict.feature(), conflict.element());
		if (choice.fragment() != null) {
			List<EObject> value = relinked(fragment(choice));
			if (feature.isMany()) {
				@SuppressWarnings("unchecked")
				EList<Object> list = (EList<Object>) element.eGet(feature);
				ECollections.setEList(list, new ArrayList<>(value));
			} else {
				element.eSet(feature, value.isEmpty() ? null : value.get(0));
			}
			return;
		}
		if (choice.values().isEmpty()) {
			element.eUnset(feature);
		} else if (feature instanceof EReference) {
			element.eSet(feature, target(choice.values().get(0)));
		} else {
			element.eSet(feature, literal((EAttribute) feature, choice.values().get(0)));
		}
	}

	private EObject target(String key) throws NotApplicable {
		EObject target = keys.element(key);
		if (target == null) {
			throw new NotApplicable(NLS.bind(Messages.Resolution_targetGone, key));
		}
		return target;
	}

	private static Object literal(EAttribute attribute, String literal) throws NotApplicable {
		try {
			return EcoreUtil.createFromString(attribute.getEAttributeType(), literal);
		} catch (RuntimeException notAValue) {
			throw new NotApplicable(NLS.bind(Messages.Resolution_badValue, literal, attribute.getName()));
		}
	}

	/** Theirs' order for the items both have; items only the model has keep their places. */
	private void takeOrder(Conflict conflict, Conflict.TheirsChoice choice) throws NotApplicable {
		EObject element = require(conflict.element());
		EStructuralFeature feature = feature(element, conflict.feature(), conflict.element());
		@SuppressWarnings("unchecked")
		EList<Object> list = (EList<Object>) element.eGet(feature, false);
		List<Object> current = ListKeys.of(feature, keys, list);
		List<Object> theirs = new ArrayList<>();
		Map<Object, Integer> seen = new HashMap<>();
		for (String value : choice.values()) {
			if (feature instanceof EAttribute attribute) {
				Object literal = literal(attribute, value);
				theirs.add(new ListKeys.Occurrence(literal, seen.merge(literal, 1, Integer::sum)));
			} else {
				theirs.add(value);
			}
		}
		Set<Object> both = new HashSet<>(theirs);
		both.retainAll(new HashSet<>(current));
		List<Object> theirsOrder = theirs.stream().filter(both::contains).toList();
		Map<Object, Object> items = new HashMap<>();
		for (int i = 0; i < current.size(); i++) {
			items.put(current.get(i), list.get(i));
		}
		List<Object> ordered = new ArrayList<>(list.size());
		int next = 0;
		for (Object key : current) {
			ordered.add(items.get(both.contains(key) ? theirsOrder.get(next++) : key));
		}
		ECollections.setEList(list, ordered);
	}

	private void takePlace(EObject element, Conflict.TheirsChoice choice) throws NotApplicable {
		EObject container = keys.element(choice.container());
		if (container == null) {
			throw new NotApplicable(NLS.bind(Messages.Resolution_containerGone, choice.container()));
		}
		if (container == element || EcoreUtil.isAncestor(element, container)) {
			throw new NotApplicable(NLS.bind(Messages.Resolution_cycle, keys.keyOf(element)));
		}
		insert(container, feature(container, choice.list(), choice.container()), choice.index(), element);
	}

	@SuppressWarnings("unchecked")
	private static void insert(EObject container, EStructuralFeature list, int index, EObject element) {
		if (list.isMany()) {
			EList<EObject> items = (EList<EObject>) container.eGet(list);
			items.remove(element);
			items.add(Math.min(Math.max(index, 0), items.size()), element);
		} else {
			container.eSet(list, element);
		}
	}

	/** Deletes the element with its contents and every reference to them. */
	private void delete(EObject element) {
		Set<EObject> gone = Collections.newSetFromMap(new IdentityHashMap<>());
		gone.add(element);
		element.eAllContents().forEachRemaining(gone::add);
		CrossReferences.removeAllTo(keys.all().keySet(), gone);
		EcoreUtil.remove(element);
	}

	/** Puts theirs' version of an element ours deleted back where theirs has it, with theirs' references to it. */
	private void restore(Conflict conflict, Conflict.TheirsChoice choice) throws NotApplicable {
		if (keys.element(conflict.element()) != null) {
			throw new NotApplicable(NLS.bind(Messages.Resolution_alreadyThere, conflict.element()));
		}
		List<EObject> restored = relinked(fragment(choice));
		takePlace(restored.get(0), choice);
		ElementKeys withRestored = ElementKeys.of(root);
		for (Conflict.Link link : choice.links()) {
			EObject referring = withRestored.element(link.element());
			if (referring == null) {
				continue; // deleted since: nothing refers from there any more
			}
			EStructuralFeature feature = feature(referring, link.feature(), link.element());
			List<EObject> targets = new ArrayList<>();
			for (String key : link.targets()) {
				EObject target = withRestored.element(key);
				if (target != null) {
					targets.add(target);
				}
			}
			if (feature.isMany()) {
				@SuppressWarnings("unchecked")
				EList<Object> list = (EList<Object>) referring.eGet(feature);
				ECollections.setEList(list, new ArrayList<>(targets));
			} else {
				referring.eSet(feature, targets.isEmpty() ? null : targets.get(0));
			}
		}
	}

	private static List<EObject> fragment(Conflict.TheirsChoice choice) throws NotApplicable {
		try {
			return XmiFragments.read(choice.fragment());
		} catch (IOException | RuntimeException unreadable) {
			throw new NotApplicable(NLS.bind(Messages.Resolution_badFragment, unreadable.getMessage()));
		}
	}

	/**
	 * The fragment's elements with their links to elements outside it (proxies whose fragment
	 * is a key) pointing at the model's elements of those keys, or dropped when it has none.
	 */
	private List<EObject> relinked(List<EObject> fragment) {
		List<EObject> all = new ArrayList<>();
		for (EObject top : fragment) {
			all.add(top);
			top.eAllContents().forEachRemaining(all::add);
		}
		for (EObject element : all) {
			for (EReference reference : CrossReferences.of(element.eClass())) {
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					EList<Object> targets = (EList<Object>) element.eGet(reference, false);
					List<Object> linked = new ArrayList<>();
					for (Object target : targets) {
						Object found = linkedTarget((EObject) target);
						if (found != null) {
							linked.add(found);
						}
					}
					ECollections.setEList(targets, linked);
				} else if (element.eGet(reference, false) instanceof EObject target) {
					element.eSet(reference, linkedTarget(target));
				}
			}
		}
		return fragment;
	}

	private EObject linkedTarget(EObject target) {
		if (!target.eIsProxy()) {
			return target;
		}
		URI uri = ((InternalEObject) target).eProxyURI();
		return uri.fragment() == null ? null : keys.element(uri.fragment());
	}
}
