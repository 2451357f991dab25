package org.civitas.interchange;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A column of a table: its header, as the Properties view names the feature, and what it
 * holds. The identity column holds the element's id, the parent column its container's id.
 *
 * @param header the first row's text
 * @param role what the column holds
 * @param feature the feature of an {@link Role#ID} or {@link Role#VALUE} column, {@code null} for the parent column
 */
public record Column(String header, Role role, EStructuralFeature feature) {

	/** What a column holds. */
	public enum Role {
		/** The element's id, by which rows and references match elements. */
		ID,
		/** The id of the element that contains it, in a table of a nested list. */
		PARENT,
		/** A feature's value (an attribute, or a reference by id or name). */
		VALUE
	}

	/** Whether the column holds several values in one cell, separated by {@code ;}. */
	public boolean isMany() {
		return feature != null && feature.isMany();
	}
}
