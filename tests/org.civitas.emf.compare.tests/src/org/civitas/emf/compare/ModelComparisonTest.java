package org.civitas.emf.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;

import org.civitas.examples.ExamplePortfolios;
import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.CostEntry;
import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/** What changed between two versions of a portfolio, matched by element ID, in the editor's words. */
class ModelComparisonTest {

	private final DiffText words = new DiffText(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));

	@Test
	void identicalVersionsHaveNoDifference() throws IOException {
		assertEquals(List.of(), ModelComparison.changes(example(), example()));
	}

	@Test
	void eachKindOfChangeIsOneLineInTheEditorsWords() throws IOException {
		Portfolio before = example();
		Portfolio after = example();
		SharedService email = service(after, "email");
		email.setLifecycle(LifecycleStage.OPERATIONAL);
		email.setName("Hosted e-mail");
		Agency parks = PortfolioFactory.eINSTANCE.createAgency();
		parks.setId("parks");
		parks.setName("Parks Department");
		after.getOrganizations().add(parks);
		after.getSubscriptions().remove(0);
		CostEntry moved = after.getCostStatements().get(0).getEntries().get(0);
		after.getCostStatements().get(1).getEntries().add(moved);
		email.getDependsOn().add(service(after, "archive"));

		List<String> lines = words.lines(ModelComparison.changes(before, after));

		assertEquals(List.of(
				"+ Agency \"Parks Department\" in Organizations of Portfolio \"" + after.getName() + "\"",
				"~ Shared Service \"Hosted e-mail\": Name: Hosted e-mail and calendar → Hosted e-mail",
				"~ Shared Service \"Hosted e-mail\": Lifecycle: Scaling → Operational",
				"~ Shared Service \"Hosted e-mail\": Depends On: + Shared Service \"E-mail archiving and legal hold\"",
				"> Cost Entry " + moved.getId() + ": from Cost Statement \"" + before.getCostStatements().get(0).getName()
						+ "\" to Cost Statement \"" + after.getCostStatements().get(1).getName() + "\"",
				"- Subscription " + before.getSubscriptions().get(0).getId() + " from Subscriptions of Portfolio \""
						+ before.getName() + "\""),
				lines.stream().filter(line -> !line.startsWith("~ Cost Statement")).toList(), "in the new model's order, then removals");
	}

	@Test
	void aReorderedListIsReportedWithoutItsItemsChanging() throws IOException {
		Portfolio before = example();
		Portfolio after = example();
		after.getServices().move(0, after.getServices().size() - 1);
		assertEquals(List.of("~ Portfolio \"" + after.getName() + "\": Services: reordered"),
				words.lines(ModelComparison.changes(before, after)));
	}

	private static SharedService service(Portfolio portfolio, String id) {
		return portfolio.getServices().stream().filter(service -> id.equals(service.getId())).findFirst().orElseThrow();
	}

	private static Portfolio example() throws IOException {
		URL url = ExamplePortfolios.all().stream().filter(example -> example.getPath().endsWith("/state-email-consolidation.portfolio"))
				.findFirst().orElseThrow();
		Resource resource = new PortfolioResourceFactory().createResource(URI.createURI(url.toString()));
		new ResourceSetImpl().getResources().add(resource);
		resource.load(Map.of());
		return (Portfolio) resource.getContents().get(0);
	}
}
