package org.civitas.interchange;

import org.eclipse.osgi.util.NLS;

/**
 * Why a cell (or a row, or a header) of a source table was refused, placed the way the person
 * who fixes it looks for it: the file and sheet, the row number the spreadsheet shows, the
 * column's header and what the cell holds.
 *
 * @param source the file, and in a workbook the sheet
 * @param row the row as numbered on screen (the header row is 1)
 * @param header the column's header, {@code null} for a problem of the whole row
 * @param cell what the cell holds, {@code null} for a problem of the whole row
 * @param message what was wrong, and what was expected
 */
public record CellProblem(String source, int row, String header, String cell, String message) {

	@Override
	public String toString() {
		if (header == null) {
			return NLS.bind(Messages.CellProblem_row, new Object[] { source, row, message });
		}
		return NLS.bind(Messages.CellProblem_cell, new Object[] { source, row, header, cell, message });
	}
}
