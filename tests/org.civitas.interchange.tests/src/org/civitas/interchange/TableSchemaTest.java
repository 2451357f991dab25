package org.civitas.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.civitas.portfolio.model.PortfolioPackage;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/** The tabular form of a portfolio, as a workbook's sheets and a CSV folder's files show it. */
class TableSchemaTest {

	private static final PortfolioPackage PORTFOLIO = PortfolioPackage.eINSTANCE;
	private final TableSchema schema = TableSchema.of(PORTFOLIO.getPortfolio(),
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));

	@Test
	void theRootThenEveryListIsATableAndNestedListsFollowTheirParents() {
		List<String> names = schema.tables().stream().map(TableKind::name).toList();
		assertEquals(List.of("Portfolio", "Agencies", "Vendors", "Services", "Service Levels", "Sourcing Shares",
				"Subscriptions"), names.subList(0, 7));
		assertTrue(schema.tables().get(0).isRoot());
		assertTrue(names.containsAll(List.of("Governance Bodies", "Decision Rights", "Stakeholders", "Risks", "Mitigations",
				"Cost Statements", "Cost Entries", "Business Cases", "Yearly Cash Flows", "KPIs", "Measurements",
				"Migration Plans", "Migration Waves", "Community")), names.toString());
		assertEquals(names.indexOf("Risks") + 1, names.indexOf("Mitigations"), "a nested list follows its parent");
		assertEquals(names.size(), names.stream().distinct().count(), "names are unique");
	}

	@Test
	void columnsAreTheIdThenTheFeaturesPeopleSetUnderThePropertiesViewsLabels() {
		TableKind services = schema.table("services").orElseThrow();
		List<String> headers = services.columns().stream().map(Column::header).toList();
		assertEquals("ID", headers.get(0));
		assertEquals(Column.Role.ID, services.columns().get(0).role());
		assertTrue(headers.containsAll(List.of("Name", "Service Line", "Lifecycle", "Provider", "Accountable Body")),
				headers.toString());
		assertFalse(headers.contains("Service Levels"), "a nested list is a table of its own, not a column");
		assertNull(services.parent());
	}

	@Test
	void aNestedListNamesItsParentInASecondColumn() {
		TableKind entries = schema.table("Cost Entries").orElseThrow();
		assertEquals("Cost Statements", entries.parent().name());
		assertEquals(new Column("Cost Statement", Column.Role.PARENT, null), entries.columns().get(1));
		assertTrue(entries.columns().stream().anyMatch(column -> column.header().equals("Amount")));
	}

	@Test
	void tablesAreFoundIgnoringCaseAndSpaces() {
		assertEquals("Governance Bodies", schema.table("governancebodies").orElseThrow().name());
		assertEquals("Governance Bodies", schema.table(" GOVERNANCE  bodies ").orElseThrow().name());
		assertTrue(schema.table("Budgets").isEmpty());
	}

	@Test
	void pluralsOfClassNames() {
		assertEquals("Agencies", TableSchema.plural("Agency"));
		assertEquals("Cost Entries", TableSchema.plural("Cost Entry"));
		assertEquals("Surveys", TableSchema.plural("Survey"));
		assertEquals("Processes", TableSchema.plural("Process"));
		assertEquals("Migration Waves", TableSchema.plural("Migration Wave"));
	}
}
