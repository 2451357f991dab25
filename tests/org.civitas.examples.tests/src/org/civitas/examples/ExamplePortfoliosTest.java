package org.civitas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civitas.portfolio.model.BusinessCase;
import org.civitas.portfolio.model.Identified;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.FrameworkUtil;

/** The shipped example portfolios load cleanly and show every part of a portfolio. */
class ExamplePortfoliosTest {

	@Test
	void wizardsAreOfferedTheThreeExamplesInFileNameOrder() {
		assertEquals(List.of("federal-grants-portal.portfolio", "state-email-consolidation.portfolio",
				"state-recovery-center.portfolio"),
				ExamplePortfolios.all().stream().map(url -> url.getPath().substring(url.getPath().lastIndexOf('/') + 1)).toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { "federal-grants-portal.portfolio", "state-email-consolidation.portfolio",
			"state-recovery-center.portfolio" })
	void examplesLoadWithEveryReferenceResolvedAndEveryIdUnique(String name) throws IOException {
		Portfolio portfolio = load(name);

		assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(portfolio).isEmpty(), "no dangling references");
		Set<String> ids = new HashSet<>();
		for (var all = portfolio.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof Identified identified) {
				assertTrue(ids.add(identified.getId()), "id used twice: " + identified.getId());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "federal-grants-portal.portfolio", "state-email-consolidation.portfolio",
			"state-recovery-center.portfolio" })
	void examplesShowGovernanceStakeholdersRisksMoneyPerformanceAndMigration(String name) throws IOException {
		Portfolio portfolio = load(name);

		assertTrue(portfolio.getGovernanceBodies().stream().anyMatch(body -> body.isAuthorizing()), "an authorizing body");
		assertFalse(portfolio.getStakeholders().isEmpty());
		assertFalse(portfolio.getRisks().isEmpty());
		assertFalse(portfolio.getKpis().isEmpty());
		assertFalse(portfolio.getMigrationPlans().isEmpty());
		assertFalse(portfolio.getBusinessCases().isEmpty());
		for (BusinessCase businessCase : portfolio.getBusinessCases()) {
			assertTrue(Double.isFinite(businessCase.getNpv()), businessCase.getName());
			assertNotNull(businessCase.getIrr(), businessCase.getName() + ": " + businessCase.getIrrExplanation());
			assertTrue(businessCase.getNpv() >= 0 || businessCase.getJustification() != null,
					"a negative NPV comes with its justification: " + businessCase.getName());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "federal-grants-portal.portfolio" })
	void grantsPortalCaseHasTheFiguresItsCashFlowsImply(String name) throws IOException {
		BusinessCase portal = load(name).getBusinessCases().get(0);

		// Net flows -12.0, -1.0, 5.0, 6.8, 7.8, 8.1 (millions): cumulative -12.0, -13.0, -8.0, -1.2, +6.6,
		// so payback = 3 + 1.2 / 7.8 = 3.15 years. Benefits 50.5; costs 15.0 invested + 20.8 operating = 35.8;
		// ROI = (50.5 - 35.8) / 35.8.
		assertEquals(3.0 + 1.2 / 7.8, portal.getSimplePayback(), 1e-9);
		assertEquals((50.5 - 35.8) / 35.8, portal.getRoi(), 1e-9);
	}

	private static Portfolio load(String name) throws IOException {
		URL entry = FrameworkUtil.getBundle(ExampleProjectInstaller.class)
				.getEntry(ExampleProjectInstaller.SOURCE_FOLDER + "/" + name);
		URI uri = URI.createURI(entry.toString());
		Resource resource = new PortfolioResourceFactory().createResource(uri);
		new ResourceSetImpl().getResources().add(resource);
		resource.load(Map.of());
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		return (Portfolio) resource.getContents().get(0);
	}
}
