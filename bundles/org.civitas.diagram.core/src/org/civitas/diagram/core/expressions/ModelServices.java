package org.civitas.diagram.core.expressions;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The {@code model:} functions of expressions: navigation and summaries that plain property
 * access cannot express, over any EMF model. Every function reads; none changes the model.
 */
public class ModelServices {

	/** The element containing this one, or {@code null} for a root. */
	public EObject container(EObject element) {
		return element == null ? null : element.eContainer();
	}

	/** The name of the element's class. */
	public String className(EObject element) {
		return element == null ? null : element.eClass().getName();
	}

	/** Every element under {@code root}, at any depth, of the named class or a subclass of it, in model order. */
	public List<EObject> all(EObject root, String className) {
		List<EObject> found = new ArrayList<>();
		if (root == null) {
			return found;
		}
		for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (isA(element.eClass(), className)) {
				found.add(element);
			}
		}
		return found;
	}

	/** The elements whose feature has this value; enumeration values compare by name, as everywhere in expressions. */
	public List<EObject> select(Collection<?> elements, String feature, Object value) {
		List<EObject> selected = new ArrayList<>();
		if (elements == null) {
			return selected;
		}
		for (Object item : elements) {
			if (item instanceof EObject element && Objects.equals(read(element, feature), value)) {
				selected.add(element);
			}
		}
		return selected;
	}

	/** The elements without one of them, such as the members of a body other than its chair. */
	public List<Object> except(Collection<?> elements, Object excluded) {
		List<Object> kept = new ArrayList<>();
		if (elements != null) {
			for (Object item : elements) {
				if (!Objects.equals(item, excluded)) {
					kept.add(item);
				}
			}
		}
		return kept;
	}

	/** The sum of a numeric feature over elements; elements without a value count as nothing. */
	public double sum(Collection<?> elements, String feature) {
		double total = 0;
		if (elements != null) {
			for (Object item : elements) {
				if (item instanceof EObject element && read(element, feature) instanceof Number number) {
					total += number.doubleValue();
				}
			}
		}
		return total;
	}

	/** The values of a feature over elements, as text joined by a separator; empty values are skipped. */
	public String join(Collection<?> elements, String feature, String separator) {
		StringJoiner joined = new StringJoiner(separator);
		if (elements != null) {
			for (Object item : elements) {
				Object value = item instanceof EObject element ? read(element, feature) : null;
				if (value != null && !value.toString().isEmpty()) {
					joined.add(value.toString());
				}
			}
		}
		return joined.toString();
	}

	/** A date as {@code yyyy-MM-dd}, the form that reads the same in every country; empty for none. */
	public String date(Date date) {
		return date == null ? "" : new SimpleDateFormat("yyyy-MM-dd").format(date); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Object read(EObject element, String featureName) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
		return feature == null ? null : SandboxedUberspect.valueOf(element, feature);
	}

	private static boolean isA(EClass type, String className) {
		if (type.getName().equals(className)) {
			return true;
		}
		return type.getEAllSuperTypes().stream().anyMatch(superType -> superType.getName().equals(className));
	}
}
