package org.civitas.interchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The elements an import can match or point to, by id and by name within their class: those of
 * the model and those the import creates. Names are compared without surrounding spaces and
 * ignoring case.
 */
final class ModelIndex {

	/** How many near names an unknown name's message suggests. */
	private static final int SUGGESTIONS = 3;

	private final Map<String, EObject> byId = new HashMap<>();
	private final Map<EClass, Map<String, List<EObject>>> byName = new HashMap<>();

	ModelIndex(EObject root) {
		add(root);
		root.eAllContents().forEachRemaining(this::add);
	}

	void add(EObject element) {
		String id = EcoreUtil.getID(element);
		if (id != null) {
			byId.put(id, element);
		}
		String name = nameOf(element);
		if (name != null) {
			byName.computeIfAbsent(element.eClass(), any -> new HashMap<>()).computeIfAbsent(key(name), any -> new ArrayList<>(1))
					.add(element);
		}
	}

	EObject withId(String id) {
		return byId.get(id);
	}

	/** The elements of {@code type} (or a subclass) named {@code name}. */
	List<EObject> named(EClass type, String name) {
		List<EObject> found = new ArrayList<>(1);
		String wanted = key(name);
		byName.forEach((eClass, names) -> {
			if (type.isSuperTypeOf(eClass)) {
				found.addAll(names.getOrDefault(wanted, List.of()));
			}
		});
		return found;
	}

	/** The names of elements of {@code type} nearest to {@code name}, nearest first, for a message. */
	List<String> nearestNames(EClass type, String name) {
		LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, name.length() / 3));
		String wanted = key(name);
		record Near(String name, int distance) {
		}
		List<Near> near = new ArrayList<>();
		byName.forEach((eClass, names) -> {
			if (type.isSuperTypeOf(eClass)) {
				for (Collection<EObject> elements : names.values()) {
					String candidate = nameOf(elements.iterator().next());
					int apart = distance.apply(wanted, key(candidate));
					if (apart >= 0) {
						near.add(new Near(candidate, apart));
					}
				}
			}
		});
		return near.stream().sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::name)).limit(SUGGESTIONS)
				.map(Near::name).toList();
	}

	/** The name attribute of a class: a text attribute called {@code name}, or {@code null}. */
	static EAttribute nameAttribute(EClass type) {
		EStructuralFeature name = type.getEStructuralFeature("name"); //$NON-NLS-1$
		return name instanceof EAttribute attribute && !attribute.isMany()
				&& attribute.getEAttributeType().getInstanceClass() == String.class ? attribute : null;
	}

	static String nameOf(EObject element) {
		EAttribute name = nameAttribute(element.eClass());
		if (name == null) {
			return null;
		}
		Object value = element.eGet(name);
		return value == null || value.toString().isBlank() ? null : value.toString().strip();
	}

	/** How a person names an element in a message: {@code "Payroll" (id)}, or its id alone. */
	static String describe(EObject element) {
		String name = nameOf(element);
		String id = EcoreUtil.getID(element);
		if (name == null) {
			return id == null ? element.eClass().getName() : id;
		}
		return id == null ? '"' + name + '"' : '"' + name + "\" (" + id + ')'; //$NON-NLS-1$
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}
}
