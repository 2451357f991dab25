package org.civitas.interchange;

import java.util.List;

/**
 * The rows of one table of a model, in the model's order: a value per column, {@code null} for an
 * empty cell. Values are a {@link String} (text, a readable enumeration value, ids of
 * references, several values joined with {@value TableExport#SEPARATOR}), a {@link Number}, a
 * {@link Boolean} or a {@link java.util.Date}, so that a workbook keeps numbers and dates as such.
 */
public record TableRows(TableKind table, List<List<Object>> rows) {

	public TableRows {
		rows = List.copyOf(rows);
	}
}
