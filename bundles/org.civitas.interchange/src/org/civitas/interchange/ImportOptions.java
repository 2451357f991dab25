package org.civitas.interchange;

import java.util.Set;

/**
 * What an import may do besides creating and updating elements.
 *
 * @param clearEmpty whether an empty cell clears its value (otherwise it leaves it alone)
 * @param deleteMissing the lists (by name, ignoring case and spaces) whose elements without a
 *            row are deleted; nothing else is ever deleted
 */
public record ImportOptions(boolean clearEmpty, Set<String> deleteMissing) {

	/** Create and update only: empty cells leave values alone, nothing is deleted. */
	public static final ImportOptions DEFAULT = new ImportOptions(false, Set.of());

	public ImportOptions {
		deleteMissing = Set.copyOf(deleteMissing.stream().map(TableSchema::normalized).toList());
	}

	/** Whether elements of {@code table} that no row names are deleted. */
	public boolean deletesMissing(TableKind table) {
		return deleteMissing.contains(TableSchema.normalized(table.name()));
	}
}
