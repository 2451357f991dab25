package org.civitas.interchange;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * One table of a model's tabular form: the elements of one concrete class in one list of the
 * model (a worksheet, or a CSV file). A list that holds several classes (organizations: agencies
 * and vendors) has a table per class, since their columns differ.
 *
 * @param name the table's name, unique in the schema (a worksheet's name: at most 31 characters)
 * @param type the class of its rows' elements
 * @param list the containment that holds them, {@code null} for the root's table (one row: the root)
 * @param parent the table of their containers, {@code null} for the root and the model's own lists
 * @param columns identity, parent (for a nested list), then one column per feature
 */
public record TableKind(String name, EClass type, EReference list, TableKind parent, List<Column> columns) {

	public TableKind {
		columns = List.copyOf(columns);
	}

	/** Whether this is the table of the model's root, whose one row is the root itself. */
	public boolean isRoot() {
		return list == null;
	}

	/** The identity column, if the class has an id attribute. */
	public Optional<Column> idColumn() {
		return columns.stream().filter(column -> column.role() == Column.Role.ID).findFirst();
	}
}
