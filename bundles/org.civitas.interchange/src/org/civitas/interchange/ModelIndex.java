package org.civitas.interchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
	/** By class, then by name as compared: the name as written and the elements that have it; in the model's order, so that messages list candidates the same way every time. */
	private final Map<EClass, Map<String, Named>> byName = new LinkedHashMap<>();

	private record Named(String name, List<EObject> elements) {
	}

	private final ModelLabels labels;

	ModelIndex(EObject root, ModelLabels labels) {
		this.labels = labels;
		add(root);
		root.eAllContents().forEachRemaining(this::add);
	}

	void add(EObject element) {
		add(element, nameOf(element));
	}

	/** Adds an element by the name it is going to have (an element an import creates has no values yet). */
	void add(EObject element, String name) {
		String id = EcoreUtil.getID(element);
		if (id != null) {
			byId.put(id, element);
		}
		if (name != null && !name.isBlank()) {
			byName.computeIfAbsent(element.eClass(), any -> new LinkedHashMap<>())
					.computeIfAbsent(key(name), any -> new Named(name.strip(), new ArrayList<>(1))).elements().add(element);
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
				Named named = names.get(wanted);
				if (named != null) {
					found.addAll(named.elements());
				}
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
				names.forEach((key, named) -> {
					int apart = distance.apply(wanted, key);
					if (apart >= 0) {
						near.add(new Near(named.name(), apart));
					}
				});
			}
		});
		return near.stream().sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::name)).map(Near::name).distinct()
				.limit(SUGGESTIONS).toList();
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

	/**
	 * How a person tells an element from others in a message: {@code "Payroll" (Shared Service
	 * 5f3c…)}, or without the name or the id when it has none.
	 */
	String describe(EObject element) {
		return describe(element, nameOf(element));
	}

	/** As {@link #describe(EObject)}, with the name it has or is going to have. */
	String describe(EObject element, String name) {
		String id = EcoreUtil.getID(element);
		String kind = labels.of(element.eClass());
		String what = id == null ? kind : kind + ' ' + id;
		return name == null ? what : '"' + name + "\" (" + what + ')'; //$NON-NLS-1$
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}
}
