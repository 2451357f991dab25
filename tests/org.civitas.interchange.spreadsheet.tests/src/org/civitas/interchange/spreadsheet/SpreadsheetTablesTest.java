package org.civitas.interchange.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civitas.examples.ExamplePortfolios;
import org.civitas.interchange.TableExport;
import org.civitas.interchange.TableRows;
import org.civitas.interchange.TableSchema;
import org.civitas.portfolio.model.CostEntry;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An example portfolio written as a workbook and as CSV files, read back as Excel and a CSV reader read them. */
class SpreadsheetTablesTest {

	@TempDir
	Path folder;

	private final TableSchema schema = TableSchema.of(PortfolioPackage.eINSTANCE.getPortfolio(),
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));

	@Test
	void aWorkbookHasASheetPerTableWithTheHeadersAndTypedCells() throws IOException {
		Portfolio portfolio = example("federal-grants-portal.portfolio");
		Path file = folder.resolve("grants.xlsx");
		XlsxTables.write(schema, TableExport.of(schema).rows(portfolio), file);

		try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			assertEquals(schema.tables().size(), workbook.getNumberOfSheets());
			assertEquals("Portfolio", workbook.getSheetName(0), "the model's own settings first");
			assertEquals(portfolio.getName(), cell(workbook.getSheet("Portfolio"), 1, "Name").getStringCellValue());
			assertEquals("Agencies", workbook.getSheetName(1));
			Sheet services = workbook.getSheet("Services");
			assertEquals("ID", services.getRow(0).getCell(0).getStringCellValue());
			assertEquals(portfolio.getServices().size(), services.getLastRowNum(), "a row per service under the headers");
			assertEquals(portfolio.getServices().get(0).getName(), cell(services, 1, "Name").getStringCellValue());

			Sheet entries = workbook.getSheet("Cost Entries");
			CostEntry entry = portfolio.getCostStatements().get(0).getEntries().get(0);
			assertEquals(entry.getAmount(), cell(entries, 1, "Amount").getNumericCellValue(), 0.0, "a number, not text");
			Sheet waves = workbook.getSheet("Migration Waves");
			assertTrue(DateUtil.isCellDateFormatted(cell(waves, 1, "Start Date")), "a date, shown as one");
		}
	}

	@Test
	void csvFilesAreUtf8WithAMarkAndFullNumbers() throws IOException {
		Portfolio portfolio = example("federal-grants-portal.portfolio");
		List<TableRows> tables = TableExport.of(schema).rows(portfolio);
		List<Path> files = CsvTables.write(tables, folder.resolve("grants"));

		assertEquals(schema.tables().size(), files.size());
		Path entries = folder.resolve("grants").resolve("Cost Entries.csv");
		byte[] bytes = Files.readAllBytes(entries);
		assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 byte order mark");
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(Files.newBufferedReader(entries, StandardCharsets.UTF_8)).getRecords();
		CostEntry entry = portfolio.getCostStatements().get(0).getEntries().get(0);
		CSVRecord first = records.get(0);
		assertEquals(entry.getId(), first.get("\uFEFFID"));
		String amount = first.get("Amount");
		assertEquals(entry.getAmount(), Double.parseDouble(amount), 0.0);
		assertTrue(!amount.contains("E") && !amount.endsWith(".0"), "written in full: " + amount);
	}

	private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int row, String header) {
		Row headers = sheet.getRow(0);
		for (int i = 0; i < headers.getLastCellNum(); i++) {
			if (headers.getCell(i).getStringCellValue().equals(header)) {
				return sheet.getRow(row).getCell(i);
			}
		}
		throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
	}

	private static Portfolio example(String name) throws IOException {
		URL url = ExamplePortfolios.all().stream().filter(example -> example.getPath().endsWith('/' + name)).findFirst()
				.orElseThrow();
		Resource resource = new PortfolioResourceFactory().createResource(URI.createURI(url.toString()));
		try (InputStream in = url.openStream()) {
			resource.load(in, Map.of());
		}
		return (Portfolio) resource.getContents().get(0);
	}
}
