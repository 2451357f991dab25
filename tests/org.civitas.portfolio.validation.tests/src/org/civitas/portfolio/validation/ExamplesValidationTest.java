package org.civitas.portfolio.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.civitas.examples.ExamplePortfolios;
import org.civitas.validation.Finding;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.RuleExtensions;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped examples keep some realistic problems on purpose (listed in the example
 * project's README), so that a first validation shows what Civitas finds. Rules that depend on
 * today's date are left out here: their findings change as time passes.
 */
class ExamplesValidationTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"federal-grants-portal.portfolio, SRC-001 GOV-003 FIN-004 INN-001 INN-002",
			"state-email-consolidation.portfolio, STK-005 RSK-001 GOV-003 FIN-006",
			"state-recovery-center.portfolio, RSK-001 SRC-001 FIN-004 GOV-003" })
	void examplesShowTheirDocumentedProblems(String file, String expectedRules) {
		URL example = ExamplePortfolios.all().stream().filter(url -> url.getPath().endsWith("/" + file)).findFirst().orElseThrow();
		ModelValidator validator = new ModelValidator(RuleExtensions.registry(Platform.getExtensionRegistry()),
				ValidationProfile.defaults());
		List<Finding> findings = validator.validate(List.of(new ResourceSetImpl()
				.getResource(URI.createURI(example.toString()), true).getContents().get(0)), ValidationMode.BATCH).findings();
		Set<String> found = findings.stream().map(finding -> finding.rule().id()).collect(Collectors.toSet());
		for (String rule : expectedRules.split(" ")) {
			assertTrue(found.contains(rule), file + " should show " + rule + "; found " + found);
		}
		assertTrue(findings.stream().noneMatch(finding -> finding.rule() == ModelValidator.WELL_FORMED),
				"the examples are well formed: " + findings);
		assertTrue(findings.stream().noneMatch(finding -> finding.severity() == Severity.ERROR && finding.rule().id().startsWith("MOD")),
				"the examples' structure is sound");
	}
}
