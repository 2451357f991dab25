package org.civitas.interchange;

import java.util.List;

/**
 * A table as read from a file, before it is matched to the model: its name (a worksheet's, or
 * a CSV file's without the extension), its headers, and its rows of cells as text, each row
 * with the number a reader sees for it (the header is row 1), so that every message can name
 * the file, the row and the column.
 *
 * @param source the file (and, in a workbook, the sheet) the table comes from, as messages name it
 * @param name the table's name
 * @param headers the first row
 * @param rows the other rows, blank rows left out
 */
public record SourceTable(String source, String name, List<String> headers, List<Row> rows) {

	public SourceTable {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/** A row: its number as a reader sees it, and its cells, {@code ""} for an empty one. */
	public record Row(int number, List<String> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

		/** The cell of that column, {@code ""} when the row is shorter. */
		public String cell(int column) {
			return column < cells.size() ? cells.get(column) : ""; //$NON-NLS-1$
		}
	}
}
