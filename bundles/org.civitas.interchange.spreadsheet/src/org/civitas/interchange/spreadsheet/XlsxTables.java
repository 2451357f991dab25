package org.civitas.interchange.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civitas.files.SafeFiles;
import org.civitas.interchange.Column;
import org.civitas.interchange.TableRows;

/**
 * A model's tables as an Excel workbook: a worksheet per table, the headers bold and frozen,
 * numbers, booleans and dates as Excel's own (dates as dates, shown yyyy-mm-dd). Written as a
 * stream, a window of rows in memory at a time, so that a large model needs little memory; the
 * file is replaced whole or not at all.
 */
public final class XlsxTables {

	/** Rows kept in memory per sheet while writing; the others are on their way to the file. */
	private static final int ROWS_IN_MEMORY = 200;
	/** Widest a column is made, in characters, whatever its longest value. */
	private static final int WIDEST_COLUMN = 60;

	private XlsxTables() {
	}

	public static void write(List<TableRows> tables, Path file) throws IOException {
		SafeFiles.write(file, stream -> {
			SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
			try {
				CellStyle header = headerStyle(workbook);
				CellStyle date = workbook.createCellStyle();
				date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd")); //$NON-NLS-1$
				for (TableRows table : tables) {
					sheet(workbook, table, header, date);
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

	private static void sheet(SXSSFWorkbook workbook, TableRows table, CellStyle headerStyle, CellStyle dateStyle) {
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
