package org.civitas.interchange.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civitas.examples.ExamplePortfolios;
import org.civitas.interchange.Column;
import org.civitas.interchange.SourceTable;
import org.civitas.interchange.TableExport;
import org.civitas.interchange.TableKind;
import org.civitas.interchange.TableSchema;
import org.civitas.portfolio.model.PortfolioPackage;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** The template a team fills in: every list's headers, each explained, and drop-downs for values from a list. */
class TemplateTest {

	@TempDir
	Path folder;

	private final TableSchema schema = TableSchema.of(PortfolioPackage.eINSTANCE.getPortfolio(),
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));

	@Test
	void eachHeaderSaysWhatItHoldsAndEnumerationColumnsHaveADropDown() throws IOException {
		Path file = folder.resolve("template.xlsx");
		XlsxTables.write(schema, TableExport.of(schema).template(), file);

		try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			Sheet services = workbook.getSheet("Services");
			assertEquals(0, services.getLastRowNum(), "headers only");
			String lifecycle = services.getRow(0).getCell(header(services, "Lifecycle")).getCellComment().getString().getString();
			assertTrue(lifecycle.startsWith("Stage in the service life cycle.\nOne of the values of the drop-down list."), lifecycle);
			String provider = services.getRow(0).getCell(header(services, "Provider")).getCellComment().getString().getString();
			assertTrue(provider.equals("Organization that delivers the service.\nThe ID or name of the Organization it points to."), provider);
			DataValidation dropDown = services.getDataValidations().stream()
					.filter(validation -> validation.getRegions().getCellRangeAddress(0).getFirstColumn() == header(services, "Lifecycle"))
					.findFirst().orElseThrow();
			assertEquals(List.of("Proposed", "Pilot", "Operational", "Scaling", "Sunsetting", "Retired"),
					Arrays.asList(dropDown.getValidationConstraint().getExplicitListValues()));
			assertEquals(1, dropDown.getRegions().getCellRangeAddress(0).getFirstRow(), "every row under the header");
		}
	}

	@Test
	void theTemplateInTheExampleProjectHasEveryListOfTheModelAsItIsNow() throws IOException {
		Path copy = folder.resolve("portfolio-template.xlsx");
		try (InputStream in = FrameworkUtil.getBundle(ExamplePortfolios.class)
				.getEntry("projects/civitas-examples/portfolio-template.xlsx").openStream()) {
			Files.copy(in, copy);
		}
		List<SourceTable> tables = XlsxTables.read(copy);

		assertEquals(schema.tables().stream().map(TableKind::name).toList(), tables.stream().map(SourceTable::name).toList(),
				"regenerate it with: civitas export MODEL --format xlsx --template");
		for (int i = 0; i < tables.size(); i++) {
			assertEquals(schema.tables().get(i).columns().stream().map(Column::header).toList(), tables.get(i).headers());
			assertEquals(List.of(), tables.get(i).rows());
		}
	}

	private static int header(Sheet sheet, String name) {
		for (int i = 0; i < sheet.getRow(0).getLastCellNum(); i++) {
			if (sheet.getRow(0).getCell(i).getStringCellValue().equals(name)) {
				return i;
			}
		}
		throw new AssertionError("no header " + name);
	}
}
