package org.civitas.interchange;

import java.util.List;
import java.util.Map;

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
 * @param hidden whether it is a hidden sheet (lists of values for drop-downs, workings), which an
 *            import leaves out unless its mapping names it
 */
public record SourceTable(String source, String name, List<String> headers, List<Row> rows, boolean hidden) {

	public SourceTable {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/**
	 * A row: its number as a reader sees it, and its cells, {@code ""} for an empty one.
	 *
	 * @param number the row's number on screen
	 * @param cells the cells' text
	 * @param unreadable by column, why a cell has no value to read (a formula never calculated,
	 *            an error value such as {@code #REF!}); an import refuses such a cell
	 */
	public record Row(int number, List<String> cells, Map<Integer, String> unreadable) {

		public Row {
			cells = List.copyOf(cells);
			unreadable = Map.copyOf(unreadable);
		}

		/** A row whose every cell could be read. */
		public Row(int number, List<String> cells) {
			this(number, cells, Map.of());
		}

		/** The cell of that column, {@code ""} when the row is shorter. */
		public String cell(int column) {
			return column < cells.size() ? cells.get(column) : ""; //$NON-NLS-1$
		}
	}
}
