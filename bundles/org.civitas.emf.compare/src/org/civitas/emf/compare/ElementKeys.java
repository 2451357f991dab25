package org.civitas.emf.compare;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The keys that match the elements of one version of a model with those of another: an
 * element's ID, or for one without an ID its place (its container's key, the containment and
 * its position); the root is {@code /}. The contents of a containment compared as a whole
 * ({@link MergeHints#isWhole}) are parts of a value, not elements, and have no key.
 */
public final class ElementKeys {

	/** The key of the root of every version. */
	public static final String ROOT = "/"; //$NON-NLS-1$

	private final EObject root;
	/** In the model's order: containers before their contents. */
	private final Map<EObject, String> keys = new LinkedHashMap<>();
	private final Map<String, EObject> elements = new HashMap<>();

	private ElementKeys(EObject root) {
		this.root = root;
		keys.put(root, ROOT);
		for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			EReference containment = element.eContainmentFeature();
			if (MergeHints.isWhole(containment)) {
				all.prune();
				continue;
			}
			String id = EcoreUtil.getID(element);
			keys.put(element, id != null ? id : placeOf(element, containment));
		}
		// The first of two elements with one ID wins; EMF-001 reports the duplicate.
		keys.forEach((element, key) -> elements.putIfAbsent(key, element));
	}

	public static ElementKeys of(EObject root) {
		return new ElementKeys(root);
	}

	private String placeOf(EObject element, EReference containment) {
		Object holder = element.eContainer().eGet(containment);
		int index = holder instanceof List<?> many ? many.indexOf(element) : 0;
		return keys.get(element.eContainer()) + '/' + containment.getName() + '[' + index + ']';
	}

	public EObject root() {
		return root;
	}

	/** The element's key, or {@code null} for one of another model or part of a whole value. */
	public String keyOf(EObject element) {
		return keys.get(element);
	}

	/** The element of that key, or {@code null}. */
	public EObject element(String key) {
		return elements.get(key);
	}

	/** Every element with its key, containers before their contents. */
	public Map<EObject, String> all() {
		return keys;
	}
}
