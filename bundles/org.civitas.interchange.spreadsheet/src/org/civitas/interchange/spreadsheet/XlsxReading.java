package org.civitas.interchange.spreadsheet;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.civitas.interchange.CellText;
import org.civitas.interchange.SourceTable;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's sheets read as tables with POI's streaming (SAX) reader: one sheet's cells in
 * memory at a time, as text. Numbers in full whatever their display format (a percentage as the
 * fraction it is), dates as ISO text, formulas by the value Excel last calculated. A title row
 * merged across the columns above the headers is left out; a cell merged over several rows or
 * columns gives its value to each of them. Hidden sheets are read and marked hidden.
 */
final class XlsxReading {

	private static final String SPREADSHEET_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"; //$NON-NLS-1$

	private XlsxReading() {
	}

	static List<SourceTable> read(Path file) throws IOException {
		List<SourceTable> tables = new ArrayList<>();
		try (OPCPackage workbook = OPCPackage.open(file.toFile().getPath(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
			StylesTable styles = reader.getStylesTable();
			Set<String> hidden = hiddenSheets(reader);
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					String name = sheets.getSheetName();
					SheetCells cells = new SheetCells();
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new SheetHandler(styles, strings, cells));
					parser.parse(new InputSource(sheet));
					tables.add(cells.table(NLS.bind(Messages.XlsxTables_sheet, file, name), name, hidden.contains(name)));
				}
			}
		} catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | SAXException
				| ParserConfigurationException | IllegalArgumentException notAWorkbook) {
			throw new IOException(NLS.bind(Messages.XlsxTables_notAWorkbook, file, notAWorkbook.getMessage()), notAWorkbook);
		}
		return tables;
	}

	/** The names of sheets whose state is hidden (or very hidden) in the workbook part. */
	private static Set<String> hiddenSheets(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
			ParserConfigurationException {
		Set<String> hidden = new HashSet<>();
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("sheet".equals(localName) && attributes.getValue("state") != null //$NON-NLS-1$ //$NON-NLS-2$
						&& !"visible".equals(attributes.getValue("state"))) { //$NON-NLS-1$ //$NON-NLS-2$
					hidden.add(attributes.getValue("name")); //$NON-NLS-1$
				}
			}
		});
		try (InputStream workbookPart = reader.getWorkbookData()) {
			parser.parse(new InputSource(workbookPart));
		}
		return hidden;
	}

	/** Numbers in full and dates as ISO text, whatever the cell's display format. */
	private static final class RawValues extends DataFormatter {
		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return CellText.date(DateUtil.getLocalDateTime(value));
			}
			return CellText.number(value);
		}
	}

	/**
	 * POI's sheet handler, also noting merged ranges and cells that hold a formula Excel never
	 * calculated (they have no value, so POI reports nothing for them).
	 */
	private static final class SheetHandler extends XSSFSheetXMLHandler {
		private final SheetCells cells;
		private String cell;
		private boolean formula;
		private boolean value;

		SheetHandler(StylesTable styles, ReadOnlySharedStringsTable strings, SheetCells cells) {
			super(styles, strings, cells, new RawValues(), false);
			this.cells = cells;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
			if (SPREADSHEET_NAMESPACE.equals(uri)) {
				switch (localName) {
				case "c" -> { //$NON-NLS-1$
					cell = attributes.getValue("r"); //$NON-NLS-1$
					formula = false;
					value = false;
				}
				case "f" -> formula = true; //$NON-NLS-1$
				case "v", "is" -> value = true; //$NON-NLS-1$ //$NON-NLS-2$
				case "mergeCell" -> cells.merged.add(CellRangeAddress.valueOf(attributes.getValue("ref"))); //$NON-NLS-1$ //$NON-NLS-2$
				default -> {
					// Rows and the rest are POI's.
				}
				}
			}
			super.startElement(uri, localName, qName, attributes);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			super.endElement(uri, localName, qName);
			if (SPREADSHEET_NAMESPACE.equals(uri) && "c".equals(localName) && formula && !value && cell != null) { //$NON-NLS-1$
				cells.unreadable(new CellAddress(cell), Messages.XlsxTables_formulaWithoutValue);
			}
		}
	}

	/** One sheet's cells as they arrive, then as a table. */
	private static final class SheetCells implements XSSFSheetXMLHandler.SheetContentsHandler {
		/** Cells by row index, each row's cells by column index ({@code ""} for an empty one). */
		private final TreeMap<Integer, List<String>> rows = new TreeMap<>();
		/** Why a cell cannot be read, by row index, then column index. */
		private final Map<Integer, Map<Integer, String>> unreadable = new HashMap<>();
		final List<CellRangeAddress> merged = new ArrayList<>();

		@Override
		public void startRow(int rowNum) {
			// Rows are created by their first cell: a row without cells is blank.
		}

		@Override
		public void endRow(int rowNum) {
			// Nothing to finish.
		}

		@Override
		public void cell(String reference, String text, XSSFComment comment) {
			if (text == null || reference == null) {
				return;
			}
			CellAddress address = new CellAddress(reference);
			if (text.startsWith("ERROR:")) { //$NON-NLS-1$
				unreadable(address, NLS.bind(Messages.XlsxTables_errorValue, text.substring("ERROR:".length()))); //$NON-NLS-1$
				return;
			}
			put(address.getRow(), address.getColumn(), text);
		}

		void unreadable(CellAddress address, String why) {
			unreadable.computeIfAbsent(address.getRow(), any -> new HashMap<>()).put(address.getColumn(), why);
			put(address.getRow(), address.getColumn(), ""); //$NON-NLS-1$
		}

		private void put(int row, int column, String text) {
			List<String> cells = rows.computeIfAbsent(row, any -> new ArrayList<>());
			while (cells.size() <= column) {
				cells.add(""); //$NON-NLS-1$
			}
			cells.set(column, text);
		}

		private String get(int row, int column) {
			List<String> cells = rows.get(row);
			return cells == null || column >= cells.size() ? "" : cells.get(column); //$NON-NLS-1$
		}

		SourceTable table(String source, String name, boolean hidden) {
			Set<Integer> titleRows = titleRows();
			fillMerged();
			List<String> headers = null;
			List<SourceTable.Row> tableRows = new ArrayList<>();
			for (Map.Entry<Integer, List<String>> row : rows.entrySet()) {
				List<String> cells = row.getValue();
				Map<Integer, String> why = unreadable.getOrDefault(row.getKey(), Map.of());
				boolean blank = cells.stream().allMatch(String::isBlank) && why.isEmpty();
				if (blank || headers == null && titleRows.contains(row.getKey())) {
					continue;
				}
				if (headers == null) {
					headers = cells;
					continue;
				}
				tableRows.add(new SourceTable.Row(row.getKey() + 1, cells, why));
			}
			return new SourceTable(source, name, headers == null ? List.of() : headers, tableRows, hidden);
		}

		/** Rows whose only content is one cell merged across several columns: titles above the headers. */
		private Set<Integer> titleRows() {
			Set<Integer> titles = new HashSet<>();
			for (CellRangeAddress range : merged) {
				List<String> row = rows.get(range.getFirstRow());
				if (range.getFirstRow() != range.getLastRow() || range.getFirstColumn() == range.getLastColumn() || row == null) {
					continue;
				}
				boolean alone = true;
				for (int column = 0; column < row.size(); column++) {
					alone &= column == range.getFirstColumn() || row.get(column).isBlank();
				}
				if (alone) {
					titles.add(range.getFirstRow());
				}
			}
			return titles;
		}

		/** Each cell of a merged range gets the value of its first cell, as it shows on screen. */
		private void fillMerged() {
			for (CellRangeAddress range : merged) {
				String value = get(range.getFirstRow(), range.getFirstColumn());
				if (value.isBlank()) {
					continue;
				}
				for (int row = range.getFirstRow(); row <= range.getLastRow(); row++) {
					for (int column = range.getFirstColumn(); column <= range.getLastColumn(); column++) {
						put(row, column, value);
					}
				}
			}
		}
	}
}
