package org.civitas.emf.compare;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One difference between two versions of a model. Elements of the old version are named
 * {@code before}, of the new one {@code after}; an element added or removed carries its
 * contents with it (they are not listed again).
 */
public sealed interface Change {

	/**
	 * An element that only the new version has.
	 *
	 * @param container the element that holds it in the new version
	 * @param list the containment that holds it
	 */
	record Added(EObject after, EObject container, EReference list) implements Change {
	}

	/**
	 * An element that only the old version has.
	 *
	 * @param container the element that held it in the old version
	 * @param list the containment that held it
	 */
	record Removed(EObject before, EObject container, EReference list) implements Change {
	}

	/** An element that is in another container, or another containment, in the new version. */
	record Moved(EObject before, EObject after, EObject oldContainer, EObject newContainer, EReference oldList, EReference newList)
			implements Change {
	}

	/**
	 * A single-valued feature with another value: an attribute's value, or the element a
	 * reference points to ({@code null} for none or unset).
	 */
	record ValueChanged(EObject before, EObject after, EStructuralFeature feature, Object oldValue, Object newValue)
			implements Change {
	}

	/**
	 * A list with items added or removed, or in another order. For a list of references the items
	 * are the elements pointed to (of the new version for added ones, of the old for removed
	 * ones); for a containment list only the order is reported here, the elements themselves are
	 * {@link Added}, {@link Removed} or {@link Moved}.
	 */
	record ListChanged(EObject before, EObject after, EStructuralFeature feature, List<Object> added, List<Object> removed,
			boolean reordered) implements Change {
		public ListChanged {
			added = List.copyOf(added);
			removed = List.copyOf(removed);
		}
	}
}
