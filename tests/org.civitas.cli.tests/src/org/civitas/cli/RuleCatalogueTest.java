package org.civitas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.civitas.validation.Rule;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;

/** The catalogue's wording for rules the installed ones do not show: off by default, Markdown in their text. */
class RuleCatalogueTest {

	private static final Rule DORMANT = Rule.builder("TST-002").title("Dormant rule").category("Tests")
			.severity(Severity.INFO).target(EcorePackage.Literals.EOBJECT).modes(ValidationMode.LIVE)
			.enabledByDefault(false).check((element, findings) -> {
			}).build();
	private static final Rule MARKUP = Rule.builder("TST-001").title("Costs | savings are *compared*").category("Tests")
			.target(EcorePackage.Literals.EOBJECT).description("Use <b>plain</b> text_only.").strategies("F1")
			.check((element, findings) -> {
			}).build();

	@Test
	void aRuleOffByDefaultSaysSoWithoutAProfile() {
		RuleCatalogue catalogue = new RuleCatalogue(List.of(DORMANT, MARKUP), ValidationProfile.defaults(), null);

		assertTrue(catalogue.markdown().contains("| TST-002 | Dormant rule | info, off by default | none |"), catalogue.markdown());
		assertTrue(catalogue.text().contains("  TST-002  Dormant rule\n           info, off; modes live; strategies none\n"),
				catalogue.text());
		assertTrue(catalogue.json().contains("\"enabled\":false,\"enabledByDefault\":false,\"modes\":[\"live\"],\"strategies\":[]"),
				catalogue.json());
	}

	@Test
	void markdownEscapesWhatWouldBreakTheTableOrTheText() {
		String markdown = new RuleCatalogue(List.of(MARKUP), ValidationProfile.defaults(), null).markdown();

		assertTrue(markdown.contains("| TST-001 | Costs \\| savings are \\*compared\\* | warning | F1 |"), markdown);
		assertTrue(markdown.contains("**TST-001**: Use \\<b\\>plain\\</b\\> text\\_only."), markdown);
	}

	@Test
	void rulesAreInIdOrderWithinCategoriesInAlphabeticalOrder() {
		Rule model = Rule.builder("EMF-009").title("Model rule").category("Model").target(EcorePackage.Literals.EOBJECT)
				.check((element, findings) -> {
				}).build();
		String text = new RuleCatalogue(List.of(DORMANT, model, MARKUP), ValidationProfile.defaults(), null).text();

		assertTrue(text.startsWith("Civitas validation rules: 3 rules in 2 categories, as their authors set them\n"), text);
		int modelAt = text.indexOf("\nModel\n");
		int testsAt = text.indexOf("\nTests\n");
		assertTrue(modelAt > 0 && testsAt > modelAt, text);
		assertTrue(text.indexOf("TST-001") < text.indexOf("TST-002"), text);
		assertEquals(1, text.lines().filter(line -> line.equals("Tests")).count(), text);
	}
}
