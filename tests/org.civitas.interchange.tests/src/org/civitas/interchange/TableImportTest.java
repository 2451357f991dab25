package org.civitas.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civitas.examples.ExamplePortfolios;
import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/** What an import does to a model that has elements already: the rules a person relies on before pressing Finish. */
class TableImportTest {

	private final TableSchema schema = TableSchema.of(PortfolioPackage.eINSTANCE.getPortfolio(),
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
	private final Portfolio portfolio = example("state-email-consolidation.portfolio");

	@Test
	void onlyCellsThatHoldSomethingChangeValuesAndTheDryRunShowsOldAndNew() {
		SharedService email = service("email");
		String description = email.getDescription();
		ImportPlan plan = plan(ImportOptions.DEFAULT, table("Services", List.of("ID", "Lifecycle", "Description"),
				List.of("email", "Operational", "")));

		assertEquals(1, plan.updated());
		assertEquals(List.of(new ImportPlan.FeatureChange("Lifecycle", "Scaling", "Operational")),
				plan.sources().get(0).updated().get(0).changes());
		assertEquals(LifecycleStage.SCALING, email.getLifecycle(), "a plan changes nothing");
		plan.apply();
		assertEquals(LifecycleStage.OPERATIONAL, email.getLifecycle());
		assertEquals(description, email.getDescription(), "an empty cell leaves the value alone");
	}

	@Test
	void clearEmptyMakesAnEmptyCellTakeTheValueAway() {
		SharedService email = service("email");
		ImportPlan plan = plan(new ImportOptions(true, Set.of()), table("Services", List.of("ID", "Description"),
				List.of("email", "")));
		plan.apply();
		assertEquals(null, email.getDescription());
	}

	@Test
	void nothingIsDeletedUnlessTheListIsNamed() {
		int services = portfolio.getServices().size();
		SourceTable onlyEmail = table("Services", List.of("ID"), List.of("email"));

		plan(ImportOptions.DEFAULT, onlyEmail).apply();
		assertEquals(services, portfolio.getServices().size());

		ImportPlan deleting = plan(new ImportOptions(false, Set.of("services")), onlyEmail);
		assertEquals(services - 1, deleting.deletions().values().iterator().next().size());
		deleting.apply();
		assertEquals(List.of("email"), portfolio.getServices().stream().map(SharedService::getId).toList());
		assertTrue(portfolio.getSubscriptions().stream().allMatch(subscription -> subscription.getService() == null
				|| subscription.getService().getId().equals("email")), "references to deleted services are gone");
	}

	@Test
	void aRowWithoutIdMatchesByAUniqueNameAndAnAmbiguousNameIsAnErrorListingTheCandidates() {
		ImportPlan byName = plan(ImportOptions.DEFAULT, table("Agencies", List.of("Name", "Employees"),
				List.of("Transportation Agency ", "21500")));
		assertEquals(List.of(), byName.problems());
		assertEquals(1, byName.updated(), "matched by name, trailing space ignored");

		Agency twin = PortfolioFactory.eINSTANCE.createAgency();
		twin.setName("Transportation Agency");
		twin.setId("transport-2");
		portfolio.getOrganizations().add(twin);
		ImportPlan ambiguous = plan(ImportOptions.DEFAULT, table("Agencies", List.of("Name", "Employees"),
				List.of("Transportation Agency", "21500")));
		assertEquals(1, ambiguous.problems().size());
		String problem = ambiguous.problems().get(0).toString();
		assertTrue(problem.contains("(Agency transport)") && problem.contains("(Agency transport-2)"), problem);
	}

	@Test
	void anIdOfAnotherKindOfElementIsRefused() {
		ImportPlan plan = plan(ImportOptions.DEFAULT, table("Agencies", List.of("ID", "Name"), List.of("email", "Mail")));
		assertEquals("Agencies.xlsx, row 2, column \"ID\", cell \"email\": this ID is that of \"Hosted e-mail and calendar\" (Shared Service email), a Shared Service",
				plan.problems().get(0).toString());
		assertFalse(plan.isApplicable());
	}

	@Test
	void aNewNestedRowNeedsItsParentAndReferencesMayPointToRowsOfAnySheet() {
		ImportPlan plan = plan(ImportOptions.DEFAULT,
				table("Cost Entries", List.of("Cost Statement", "Amount"), List.of("New statement", "100"), List.of("", "5")),
				table("Cost Statements", List.of("Name", "Agency"), List.of("New statement", "Department of Technology")));
		assertEquals(1, plan.problems().size(), plan.problems()::toString);
		assertTrue(plan.problems().get(0).toString().contains("row 3, column \"Cost Statement\", cell \"\": a new row needs its Cost Statement"));
	}

	private ImportPlan plan(ImportOptions options, SourceTable... tables) {
		return TableImport.of(schema).plan(portfolio, List.of(tables), ImportMapping.proposed(schema), options);
	}

	@SafeVarargs
	private static SourceTable table(String name, List<String> headers, List<String>... rows) {
		List<SourceTable.Row> numbered = new ArrayList<>();
		for (int i = 0; i < rows.length; i++) {
			numbered.add(new SourceTable.Row(i + 2, rows[i]));
		}
		return new SourceTable(name + ".xlsx", name, headers, numbered, false);
	}

	private SharedService service(String id) {
		return portfolio.getServices().stream().filter(service -> service.getId().equals(id)).findFirst().orElseThrow();
	}

	private static Portfolio example(String name) {
		URL url = ExamplePortfolios.all().stream().filter(example -> example.getPath().endsWith('/' + name)).findFirst()
				.orElseThrow();
		Resource resource = new PortfolioResourceFactory().createResource(URI.createURI(url.toString()));
		try {
			resource.load(Map.of());
		} catch (IOException unreadable) {
			throw new AssertionError(unreadable);
		}
		return (Portfolio) resource.getContents().get(0);
	}
}
