package org.civitas.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civitas.examples.ExamplePortfolios;
import org.civitas.portfolio.model.CostEntry;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/** An example portfolio in its tabular form: every element a row, references by id, values as people read them. */
class TableExportTest {

	private final TableSchema schema = TableSchema.of(PortfolioPackage.eINSTANCE.getPortfolio(),
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));

	@Test
	void everyElementOfTheEmailExampleIsARowOfItsTable() throws IOException {
		Portfolio portfolio = example("state-email-consolidation.portfolio");
		List<TableRows> tables = TableExport.of(schema).rows(portfolio);

		assertEquals(schema.tables().size(), tables.size(), "every table, empty ones too");
		assertEquals(portfolio.getServices().size(), rowsOf(tables, "Services").size());
		assertEquals(portfolio.getSubscriptions().size(), rowsOf(tables, "Subscriptions").size());
		long entries = portfolio.getCostStatements().stream().mapToLong(statement -> statement.getEntries().size()).sum();
		assertEquals(entries, rowsOf(tables, "Cost Entries").size());
	}

	@Test
	void cellsHoldIdsForReferencesAndReadableEnumerationValues() throws IOException {
		Portfolio portfolio = example("state-email-consolidation.portfolio");
		List<TableRows> tables = TableExport.of(schema).rows(portfolio);

		SharedService email = portfolio.getServices().get(0);
		Map<String, Object> service = row(tables, "Services", email.getId());
		assertEquals(email.getName(), service.get("Name"));
		assertEquals("E-mail and collaboration", service.get("Service Line"));
		assertEquals(email.getProvider().getId(), service.get("Provider"), "a reference by the id of what it points to");

		Subscription subscription = portfolio.getSubscriptions().get(0);
		Map<String, Object> row = row(tables, "Subscriptions", subscription.getId());
		assertEquals(subscription.getConsumer().getId(), row.get("Consumer"));

		CostEntry entry = portfolio.getCostStatements().get(0).getEntries().get(0);
		Map<String, Object> entryRow = row(tables, "Cost Entries", entry.getId());
		assertEquals(portfolio.getCostStatements().get(0).getId(), entryRow.get("Cost Statement"), "the parent column");
		assertEquals(entry.getAmount(), ((Number) entryRow.get("Amount")).doubleValue(), 0.0, "numbers stay numbers");
	}

	@Test
	void anUnsetValueIsAnEmptyCell() throws IOException {
		Portfolio portfolio = example("state-email-consolidation.portfolio");
		SharedService email = portfolio.getServices().get(0);
		email.unsetServiceLine();
		assertNull(row(TableExport.of(schema).rows(portfolio), "Services", email.getId()).get("Service Line"));
	}

	private static List<List<Object>> rowsOf(List<TableRows> tables, String name) {
		return tables.stream().filter(table -> table.table().name().equals(name)).findFirst().orElseThrow().rows();
	}

	/** A row as header to value. */
	private static Map<String, Object> row(List<TableRows> tables, String name, String id) {
		TableRows table = tables.stream().filter(rows -> rows.table().name().equals(name)).findFirst().orElseThrow();
		List<Object> row = table.rows().stream().filter(cells -> id.equals(cells.get(0))).findFirst().orElseThrow();
		Map<String, Object> byHeader = new HashMap<>();
		for (int i = 0; i < row.size(); i++) {
			byHeader.put(table.table().columns().get(i).header(), row.get(i));
		}
		return byHeader;
	}

	private static Portfolio example(String name) throws IOException {
		URL url = ExamplePortfolios.all().stream().filter(example -> example.getPath().endsWith('/' + name)).findFirst()
				.orElseThrow();
		Resource resource = new PortfolioResourceFactory().createResource(URI.createURI(url.toString()));
		resource.load(Map.of());
		return (Portfolio) resource.getContents().get(0);
	}
}
