package org.civitas.interchange.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civitas.files.SafeFiles;
import org.civitas.interchange.Column;
import org.civitas.interchange.SourceTable;
import org.civitas.interchange.TableKind;
import org.civitas.interchange.TableRows;
import org.civitas.interchange.TableSchema;

/**
 * A model's tables as an Excel workbook, and workbooks read back as tables. Written: a worksheet
 * per table, the headers bold and frozen, each with a comment saying what the column holds (the
 * feature's documentation and the kind of value), a drop-down list of the values of each
 * enumeration column; numbers, booleans and dates as Excel's own (dates as dates, shown
 * yyyy-mm-dd). Written as a stream, a window of rows in memory at a time, so that a large model
 * needs little memory; the file is replaced whole or not at all. Read: see {@link #read}.
 */
public final class XlsxTables {

	/** Rows kept in memory per sheet while writing; the others are on their way to the file. */
	private static final int ROWS_IN_MEMORY = 200;
	/** Widest a column is made, in characters, whatever its longest value. */
	private static final int WIDEST_COLUMN = 60;

	private XlsxTables() {
	}

	/** Writes {@code tables} of {@code schema} (rows of a model, or none for a template) to {@code file}. */
	public static void write(TableSchema schema, List<TableRows> tables, Path file) throws IOException {
		SafeFiles.write(file, stream -> {
			SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
			try {
				CellStyle header = headerStyle(workbook);
				CellStyle date = workbook.createCellStyle();
				date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd")); //$NON-NLS-1$
				for (TableRows table : tables) {
					sheet(workbook, schema, table, header, date);
				}
				workbook.write(stream);
			} finally {
				workbook.close();
			}
		});
	}

	private static CellStyle headerStyle(SXSSFWorkbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(bold);
		return style;
	}

	/**
	 * Reads every sheet of an Excel workbook as a table, streaming (one sheet's cells in memory at
	 * a time): numbers in full whatever their display format, dates as ISO text, formulas by the
	 * value Excel last calculated (a formula without one, or an error value, is an unreadable
	 * cell), a title row merged across the columns above the headers left out, a merged cell's
	 * value in each cell it covers, blank rows left out, hidden sheets marked.
	 *
	 * @throws IOException if the file cannot be read or is not an .xlsx workbook, naming it
	 */
	public static List<SourceTable> read(Path file) throws IOException {
		return XlsxReading.read(file);
	}

	/** The header comments and the drop-down lists of enumeration columns. */
	private static void guide(TableSchema schema, TableKind table, Sheet sheet, Row headers) {
		Drawing<?> drawing = sheet.createDrawingPatriarch();
		CreationHelper creation = sheet.getWorkbook().getCreationHelper();
		List<Column> columns = table.columns();
		for (int i = 0; i < columns.size(); i++) {
			ClientAnchor anchor = creation.createClientAnchor();
			anchor.setCol1(i);
			anchor.setCol2(i + 3);
			anchor.setRow1(0);
			anchor.setRow2(5);
			Comment comment = drawing.createCellComment(anchor);
			comment.setString(creation.createRichTextString(schema.guide(columns.get(i))));
			headers.getCell(i).setCellComment(comment);
			List<String> choices = schema.choices(columns.get(i));
			if (!choices.isEmpty() && fitsAnExplicitList(choices)) {
				DataValidationHelper validations = sheet.getDataValidationHelper();
				DataValidation dropDown = validations.createValidation(
						validations.createExplicitListConstraint(choices.toArray(String[]::new)),
						new CellRangeAddressList(1, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), i, i));
				dropDown.setShowErrorBox(true);
				// In POI's OOXML workbooks "suppress" is inverted: true shows the arrow.
				dropDown.setSuppressDropDownArrow(true);
				sheet.addValidationData(dropDown);
			}
		}
	}

	/** Excel keeps an explicit list in a formula of at most 255 characters, its values separated by commas. */
	private static boolean fitsAnExplicitList(List<String> choices) {
		return String.join(",", choices).length() <= 255 && choices.stream().noneMatch(choice -> choice.contains(",")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void sheet(SXSSFWorkbook workbook, TableSchema schema, TableRows table, CellStyle headerStyle,
			CellStyle dateStyle) {
		Sheet sheet = workbook.createSheet(table.table().name());
		List<Column> columns = table.table().columns();
		int[] widths = new int[columns.size()];
		Row headers = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = headers.createCell(i);
			cell.setCellValue(columns.get(i).header());
			cell.setCellStyle(headerStyle);
			widths[i] = columns.get(i).header().length();
		}
		sheet.createFreezePane(0, 1);
		// Before the rows: a streamed sheet keeps only the last rows in memory.
		guide(schema, table.table(), sheet, headers);
		int rowIndex = 1;
		for (List<Object> values : table.rows()) {
			Row row = sheet.createRow(rowIndex++);
			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(i);
				if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				} else if (value instanceof Boolean flag) {
					cell.setCellValue(flag);
				} else if (value instanceof Date day) {
					cell.setCellValue(day);
					cell.setCellStyle(dateStyle);
				} else {
					cell.setCellValue(value.toString());
				}
				widths[i] = Math.max(widths[i], value instanceof Date ? 10 : value.toString().length());
			}
		}
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, (Math.min(widths[i], WIDEST_COLUMN) + 2) * 256);
		}
	}
}
