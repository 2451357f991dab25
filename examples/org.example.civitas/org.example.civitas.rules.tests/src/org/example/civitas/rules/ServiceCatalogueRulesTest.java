package org.example.civitas.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioPackage.Literals;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.SubscriptionStatus;
import org.civitas.validation.Finding;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.QuickFix;
import org.civitas.validation.Rule;
import org.civitas.validation.RuleExtensions;
import org.civitas.validation.RuleRegistry;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/**
 * The two rules as a user meets them: read from plugin.xml as the product reads them, run over
 * small portfolios in data/, their findings on the element at fault with the message a user
 * reads, and the quick fix applied as the Problems view applies it.
 */
class ServiceCatalogueRulesTest {

	private static final RuleRegistry RULES = RuleExtensions.registry(Platform.getExtensionRegistry());

	@Test
	void rulesAreListedWithTheirTitlesCategoryAndStrategies() {
		Rule owned = RULES.rule("EXA-001");
		assertEquals("Running services have a service owner", owned.title());
		assertEquals("Service catalogue", owned.category());
		assertEquals(List.of("G1"), owned.strategies());
		Rule retired = RULES.rule("EXA-002");
		assertEquals("Retired services have no agencies on them", retired.title());
		assertEquals(List.of("G4"), retired.strategies());
		assertEquals(List.of("Mark the subscription withdrawn"), retired.fixes().stream().map(QuickFix::label).toList());
	}

	@Test
	void aRunningServiceWithoutOwnerIsReportedOnItsOwner() {
		Portfolio catalogue = load("catalogue.portfolio");
		List<Finding> findings = findings(catalogue, "EXA-001");
		// The pilot and the retired service have no owner either, and need none.
		assertEquals(List.of("Service Legacy ledger is sunsetting but has no service owner"), messages(findings));
		assertEquals(service(catalogue, "ledger"), findings.get(0).element());
		assertEquals(Literals.SHARED_SERVICE__OWNER, findings.get(0).feature());
	}

	@Test
	void agenciesStillOnARetiredServiceAreReportedOnTheirSubscriptions() {
		Portfolio catalogue = load("catalogue.portfolio");
		List<Finding> findings = findings(catalogue, "EXA-002");
		// The County IT Department has withdrawn already.
		assertEquals(List.of("Parks Department has a live subscription to Fax gateway, which is retired",
				"Revenue Office has a planned subscription to Fax gateway, which is retired"), messages(findings));
		assertEquals(List.of(subscription(catalogue, "parks-fax"), subscription(catalogue, "revenue-fax")),
				findings.stream().map(Finding::element).toList());
		assertTrue(findings.stream().allMatch(finding -> finding.feature() == Literals.SUBSCRIPTION__STATUS));
	}

	@Test
	void theFixWithdrawsEverySubscriptionInOneStepToUndo() {
		Portfolio catalogue = load("catalogue.portfolio");
		EditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		CommandStack stack = domain.getCommandStack();
		List<Finding> findings = findings(catalogue, "EXA-002");
		QuickFix withdraw = RULES.rule("EXA-002").fixes().get(0);

		stack.execute(withdraw.repairAll(domain, findings));

		assertEquals(List.of(), findings(catalogue, "EXA-002"));
		assertEquals(SubscriptionStatus.WITHDRAWN, subscription(catalogue, "parks-fax").getStatus());
		assertEquals(SubscriptionStatus.WITHDRAWN, subscription(catalogue, "revenue-fax").getStatus());
		assertEquals("Mark the subscription withdrawn", stack.getUndoCommand().getLabel());
		assertFalse(withdraw.repairs(domain, findings.get(0)), "a repaired finding is not offered the fix again");

		stack.undo();

		assertEquals(SubscriptionStatus.LIVE, subscription(catalogue, "parks-fax").getStatus());
		assertEquals(SubscriptionStatus.PLANNED, subscription(catalogue, "revenue-fax").getStatus());
		assertEquals(2, findings(catalogue, "EXA-002").size());
	}

	@Test
	void aCatalogueInOrderHasNoFinding() {
		Portfolio healthy = load("healthy.portfolio");
		assertEquals(List.of(), messages(findings(healthy, "EXA-001")));
		assertEquals(List.of(), messages(findings(healthy, "EXA-002")));
	}

	/** A fixture beside this test: the platform finds a fragment's files under its host's name. */
	private static Portfolio load(String fixture) {
		URI uri = URI.createPlatformPluginURI("org.example.civitas.rules/data/" + fixture, true);
		return (Portfolio) new ResourceSetImpl().getResource(uri, true).getContents().get(0);
	}

	private static List<Finding> findings(Portfolio portfolio, String ruleId) {
		return new ModelValidator(RULES, ValidationProfile.defaults()).validate(List.of(portfolio), ValidationMode.BATCH)
				.findings().stream().filter(finding -> finding.rule().id().equals(ruleId)).toList();
	}

	private static List<String> messages(List<Finding> findings) {
		return findings.stream().map(Finding::message).toList();
	}

	private static SharedService service(Portfolio portfolio, String id) {
		return portfolio.getServices().stream().filter(service -> service.getId().equals(id)).findFirst().orElseThrow();
	}

	private static Subscription subscription(Portfolio portfolio, String id) {
		return portfolio.getSubscriptions().stream().filter(subscription -> subscription.getId().equals(id)).findFirst()
				.orElseThrow();
	}
}
