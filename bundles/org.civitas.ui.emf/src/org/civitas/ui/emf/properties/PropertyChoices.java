package org.civitas.ui.emf.properties;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.ILabelProvider;

/**
 * The values a user may choose for a property: EMF.Edit's choice of values (the reachable
 * elements of a reference's type, the literals of an enumeration), {@code true} and
 * {@code false} for a boolean, sorted by label when the descriptor asks for it, and led by
 * {@link #NO_VALUE} when the property may have no value.
 */
final class PropertyChoices {

	/** The choice that stands for "no value"; viewers cannot show {@code null} itself. */
	static final Object NO_VALUE = new Object() {
		@Override
		public String toString() {
			return Messages.noValue;
		}
	};

	private PropertyChoices() {
	}

	/** The choices of a single-valued property, {@link #NO_VALUE} first when it may have none. */
	static List<Object> of(PropertyTarget target, ILabelProvider labels) {
		List<Object> choices = valuesOf(target, labels);
		if (acceptsNoValue(target)) {
			choices.add(0, NO_VALUE);
		}
		return choices;
	}

	/** The values that may be chosen, without "no value": for single and multi-valued properties. */
	static List<Object> valuesOf(PropertyTarget target, ILabelProvider labels) {
		Collection<?> offered = target.descriptor().getChoiceOfValues(target.element());
		Set<Object> distinct = new LinkedHashSet<>();
		if (offered != null) {
			offered.stream().filter(Objects::nonNull).forEach(distinct::add);
		} else if (isBoolean(target.feature())) {
			distinct.add(Boolean.TRUE);
			distinct.add(Boolean.FALSE);
		}
		List<Object> choices = new ArrayList<>(distinct);
		if (target.descriptor().isSortChoices(target.element())) {
			Collator collator = Collator.getInstance();
			choices.sort(Comparator.comparing(labels::getText, collator));
		}
		return choices;
	}

	/** The model value a choice stands for. */
	static Object valueOf(Object choice) {
		return choice == NO_VALUE ? null : choice;
	}

	/** The choice that stands for a model value. */
	static Object choiceOf(Object value) {
		return value == null ? NO_VALUE : value;
	}

	static boolean isBoolean(Object feature) {
		if (!(feature instanceof EAttribute attribute)) {
			return false;
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return type == boolean.class || type == Boolean.class;
	}

	/**
	 * Whether "no value" is a value the model accepts: for an optional reference, a property
	 * that can be unset, or an attribute whose type has a {@code null} (a wrapper class); an
	 * enumeration always holds a literal.
	 */
	private static boolean acceptsNoValue(PropertyTarget target) {
		Object feature = target.feature();
		if (feature instanceof EReference reference) {
			return !reference.isRequired();
		}
		if (feature instanceof EReference[]) {
			return true;
		}
		if (target.isUnsettable()) {
			return true;
		}
		if (feature instanceof EAttribute attribute) {
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			return !(attribute.getEAttributeType() instanceof EEnum) && type != null && !type.isPrimitive();
		}
		Collection<?> offered = target.descriptor().getChoiceOfValues(target.element());
		return offered != null && offered.contains(null);
	}
}
