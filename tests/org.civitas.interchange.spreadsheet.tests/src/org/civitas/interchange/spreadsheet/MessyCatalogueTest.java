package org.civitas.interchange.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.civitas.interchange.CellProblem;
import org.civitas.interchange.ImportMapping;
import org.civitas.interchange.ImportOptions;
import org.civitas.interchange.ImportPlan;
import org.civitas.interchange.SourceTable;
import org.civitas.interchange.TableImport;
import org.civitas.interchange.TableSchema;
import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.CostCategory;
import org.civitas.portfolio.model.CostStatement;
import org.civitas.portfolio.model.JurisdictionLevel;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.ServiceLine;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.Vendor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue as people keep them: a title row merged above renamed, reordered headers, a blank
 * row, names with trailing spaces, references by name, a provider merged over two rows, numbers
 * typed as text with thousands separators and currency, text and Excel dates, a formula, a
 * hidden sheet of lookups, and a semicolon CSV from Excel on Windows. Then a workbook with every
 * kind of bad cell.
 */
class MessyCatalogueTest {

	@TempDir
	Path folder;

	private final TableSchema schema = TableSchema.of(PortfolioPackage.eINSTANCE.getPortfolio(),
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));

	@Test
	void aMessyCatalogueImportsAsItsAuthorMeantIt() throws IOException {
		Portfolio portfolio = PortfolioFactory.eINSTANCE.createPortfolio();
		ImportPlan plan = messyPlan(portfolio);

		assertEquals(List.of(), plan.problems());
		assertTrue(plan.notes().stream().anyMatch(note -> note.contains("\"Lookups\" is a hidden sheet")), plan.notes()::toString);
		plan.apply();

		List<Agency> agencies = portfolio.getOrganizations().stream().map(Agency.class::cast).toList();
		assertEquals(List.of("Department of Revenue", "Department of Public Health", "City of Des Moines"),
				agencies.stream().map(Agency::getName).toList(), "trailing spaces gone, title and blank rows left out");
		assertEquals(JurisdictionLevel.STATE, agencies.get(0).getJurisdictionLevel(), "\"state\": a value in any case");
		assertEquals(List.of(1250, 980, 2140), agencies.stream().map(Agency::getEmployees).toList(),
				"\"1,250\" and \"2 140\" typed as text are numbers");

		SharedService email = portfolio.getServices().get(0);
		SharedService payroll = portfolio.getServices().get(1);
		assertEquals("Payroll", payroll.getName());
		assertEquals(ServiceLine.EMAIL_COLLABORATION, email.getServiceLine());
		assertEquals(ServiceLine.PAYROLL, payroll.getServiceLine());
		assertEquals(agencies.get(0), email.getProvider(), "a provider by name");
		assertEquals(agencies.get(0), payroll.getProvider(), "the provider cell merged over both rows");
		assertTrue(email.isCritical() && payroll.isCritical(), "TRUE and yes");
		assertEquals(List.of(email), payroll.getDependsOn(), "a reference to a row of the same sheet, by name");

		Subscription mail = portfolio.getSubscriptions().get(0);
		Subscription pay = portfolio.getSubscriptions().get(1);
		assertEquals(agencies.get(1), mail.getConsumer());
		assertEquals(1200.0, mail.getVolume(), 0.0);
		assertEquals(1200.0, pay.getVolume(), 0.0, "a formula by the value Excel calculated");
		assertEquals(day(2026, 7, 1), mail.getPlannedDate(), "an ISO date typed as text");
		assertEquals(day(2026, 9, 1), pay.getPlannedDate(), "an Excel date shown m/d/yy");

		CostStatement baseline = portfolio.getCostStatements().get(0);
		assertEquals(agencies.get(0), baseline.getAgency());
		assertEquals(List.of(1_250_000.0, 40_000.0, -15_000.0, 1_250_000.0, 12.5),
				baseline.getEntries().stream().map(entry -> entry.getAmount()).toList(),
				"$1,250,000.00, USD 40,000, (15,000), then 1.250.000,00 € and 12,5 from the Windows CSV");
		assertEquals("Liaisons télécom", baseline.getEntries().get(3).getLabel(), "Windows-1252 read as such");
		assertEquals(CostCategory.TELECOMMUNICATIONS, baseline.getEntries().get(3).getCategory());
	}

	@Test
	void importingTheSameCatalogueAgainChangesNothing() throws IOException {
		Portfolio portfolio = PortfolioFactory.eINSTANCE.createPortfolio();
		messyPlan(portfolio).apply();
		ImportPlan again = messyPlan(portfolio);

		assertEquals(List.of(), again.problems());
		assertEquals(0, again.updated());
		// Rows without an ID or a name (subscriptions, cost entries) cannot be matched: they are new each time.
		assertEquals(2 + 5, again.created(), "subscriptions and cost entries, which have no name to match by");
		assertEquals(3 + 2 + 1, again.unchanged(), "agencies, services and the statement, matched by name");
	}

	@Test
	void everyKindOfBadCellIsReportedWithItsPlaceAndNothingChanges() throws IOException {
		Portfolio portfolio = PortfolioFactory.eINSTANCE.createPortfolio();
		messyPlan(portfolio).apply();
		Vendor namesake = PortfolioFactory.eINSTANCE.createVendor();
		namesake.setName("Department of Revenue");
		portfolio.getOrganizations().add(namesake);
		Portfolio before = EcoreUtil.copy(portfolio);

		ImportPlan plan = TableImport.of(schema).plan(portfolio, XlsxTables.read(fixture("catalogue-bad.xlsx")),
				ImportMapping.proposed(schema), ImportOptions.DEFAULT);
		List<String> problems = plan.problems().stream().map(CellProblem::toString).toList();

		String services = fixture("catalogue-bad.xlsx") + ", sheet \"Services\", row ";
		String subscriptions = fixture("catalogue-bad.xlsx") + ", sheet \"Subscriptions\", row ";
		assertProblem(problems, services + "2, column \"Lifecycle\", cell \"Retird\": expected one of \"Proposed\", \"Pilot\"");
		assertProblem(problems, services + "2, column \"Critical\", cell \"maybe\": expected true or false");
		assertProblem(problems, services + "2, column \"Functional Fit\", cell \"4.5\": expected a whole number");
		assertProblem(problems, services + "2, column \"Provider\", cell \"Departmnt of Revenue\": no Organization has this ID or name; nearest names: \"Department of Revenue\"");
		assertProblem(problems, services + "3, column \"Provider\", cell \"Department of Revenue\": several elements have this name: \"Department of Revenue\" (Agency");
		assertProblem(problems, subscriptions + "2, column \"Planned Date\", cell \"31/12/2026\": expected a date");
		assertProblem(problems, subscriptions + "2, column \"Volume\", cell \"12 units\": expected a number");
		assertProblem(problems, subscriptions + "3, column \"Volume\", cell \"\": a formula Excel has not calculated");
		assertProblem(problems, subscriptions + "4, column \"Volume\", cell \"\": the cell holds the error #DIV/0!");
		assertProblem(problems, fixture("catalogue-bad.xlsx") + ", sheet \"Agencies\", row 1, column \"Name\", cell \"Name\": a second column for \"Name\"");
		assertEquals(10, problems.size(), problems::toString);

		assertFalse(plan.isApplicable());
		assertThrows(IllegalStateException.class, plan::apply);
		assertTrue(EcoreUtil.equals(before, portfolio), "nothing changed");
	}

	@Test
	void theMappingIsSavedAndReadBackForTheNextImport() throws IOException {
		List<SourceTable> tables = XlsxTables.read(fixture("catalogue-messy.xlsx"));
		ImportMapping mapping = ImportMapping.read(schema, fixture("catalogue-messy.mapping"));
		Path saved = folder.resolve("next.mapping");
		mapping.write(tables, saved);

		String text = Files.readString(saved);
		assertTrue(text.contains("Agency\\ list/Staff=Employees"), text);
		assertTrue(text.contains("Services/NAME=Name"), "proposed choices are written too, to be edited: " + text);
		assertTrue(text.contains("Lookups="), "the hidden sheet, left out: " + text);
		ImportMapping again = ImportMapping.read(schema, saved);
		SourceTable agencies = tables.get(0);
		assertEquals("Employees", again.column(agencies, again.table(agencies).orElseThrow(), "Staff").orElseThrow().header());
	}

	@Test
	void aMappingToAColumnTheListHasNotIsRefusedNamingTheFile() throws IOException {
		Path mapping = folder.resolve("wrong.mapping");
		Files.writeString(mapping, "Agency\\ list = Agencies\nAgency\\ list/Staff = Headcount\n");
		IOException refused = assertThrows(IOException.class, () -> ImportMapping.read(schema, mapping));
		assertTrue(refused.getMessage().startsWith(mapping.toString()), refused.getMessage());
		assertTrue(refused.getMessage().contains("\"Headcount\", which is no column of Agencies (columns: ID, Name"),
				refused.getMessage());
	}

	private ImportPlan messyPlan(Portfolio portfolio) throws IOException {
		List<SourceTable> tables = new ArrayList<>(XlsxTables.read(fixture("catalogue-messy.xlsx")));
		tables.add(CsvTables.read(fixture("Cost Entries.csv")));
		ImportMapping mapping = ImportMapping.read(schema, fixture("catalogue-messy.mapping"));
		return TableImport.of(schema).plan(portfolio, tables, mapping, new ImportOptions(false, Set.of()));
	}

	private static void assertProblem(List<String> problems, String start) {
		assertTrue(problems.stream().anyMatch(problem -> problem.startsWith(start)), () -> start + "\n in " + problems);
	}

	private static Date day(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	private Path fixture(String name) throws IOException {
		return Fixtures.copy(name, folder);
	}
}
