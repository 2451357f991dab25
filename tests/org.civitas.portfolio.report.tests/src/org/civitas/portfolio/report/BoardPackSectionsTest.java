package org.civitas.portfolio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.civitas.examples.ExamplePortfolios;
import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.DecisionRight;
import org.civitas.portfolio.model.GovernanceBody;
import org.civitas.portfolio.model.Kpi;
import org.civitas.portfolio.model.MigrationPlan;
import org.civitas.portfolio.model.MigrationWave;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.civitas.report.Block;
import org.civitas.report.Report;
import org.civitas.report.ReportInput;
import org.civitas.report.ReportSections;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.RuleExtensions;
import org.civitas.validation.RuleRegistry;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.civitas.validation.ValidationResult;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each section of the board pack against what the three examples hold and what the engines compute. */
class BoardPackSectionsTest {

	static Stream<String> examples() {
		return ExamplePortfolios.all().stream().map(URL::toString);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void financeShowsEveryBusinessCaseWithTheFinanceEnginesFigures(String example) throws Exception {
		Portfolio portfolio = load(example);
		Report.Section finance = section(pack(portfolio), "finance");
		List<List<String>> cases = rows(finance, "Business case");
		assertEquals(portfolio.getBusinessCases().size(), cases.size());
		for (int i = 0; i < cases.size(); i++) {
			var businessCase = portfolio.getBusinessCases().get(i);
			assertEquals(PortfolioLabels.caption(businessCase), cases.get(i).get(0));
			assertEquals(Figures.money(businessCase.getNpv(), portfolio.getCurrency()), cases.get(i).get(2));
			assertEquals(businessCase.getIrr() != null ? Figures.percent(businessCase.getIrr()) : businessCase.getIrrExplanation(),
					cases.get(i).get(3), "an IRR that is not one rate is said so");
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyRiskIsInItsCellOfBothHeatMaps(String example) throws Exception {
		Portfolio portfolio = load(example);
		Report.Section risk = section(pack(portfolio), "risk");
		List<Block.Table> maps = tables(risk).stream().filter(table -> table.caption().contains("by likelihood")).toList();
		assertEquals(2, maps.size(), "inherent and residual");
		String unrated = risk.blocks().stream().filter(Block.Paragraph.class::isInstance).map(b -> ((Block.Paragraph) b).text())
				.filter(text -> text.startsWith("Not rated")).reduce("", String::concat);
		for (Risk each : portfolio.getRisks()) {
			String name = PortfolioLabels.caption(each);
			assertTrue(inCell(maps.get(0), each.getImpact(), each.getLikelihood(), name, unrated), name + " inherent");
			assertTrue(inCell(maps.get(1), each.getResidualImpact(), each.getResidualLikelihood(), name, unrated), name + " residual");
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyKpiHasItsStatus(String example) throws Exception {
		Portfolio portfolio = load(example);
		Report.Section performance = section(pack(portfolio), "performance");
		List<List<String>> kpis = new ArrayList<>();
		tables(performance).forEach(table -> kpis.addAll(texts(table)));
		for (Kpi kpi : portfolio.getKpis()) {
			assertTrue(kpis.stream().anyMatch(row -> row.get(0).equals(PortfolioLabels.caption(kpi))
					&& row.get(row.size() - 1).equals(PortfolioLabels.enumLabel(kpi.getStatus()))), PortfolioLabels.caption(kpi));
		}
		if (portfolio.getKpis().isEmpty()) {
			assertTrue(performance.blocks().contains(new Block.Paragraph("No KPIs are defined.", true)));
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyWaveAndEveryDecisionRightIsShown(String example) throws Exception {
		Portfolio portfolio = load(example);
		Report pack = pack(portfolio);
		List<List<String>> waves = rows(section(pack, "roadmap"), "Wave");
		for (MigrationPlan plan : portfolio.getMigrationPlans()) {
			for (MigrationWave wave : plan.getWaves()) {
				assertTrue(waves.stream().anyMatch(row -> row.get(0).equals(PortfolioLabels.caption(wave))
						&& row.get(6).equals(Integer.toString(wave.getAgencies().size()))), PortfolioLabels.caption(wave));
			}
		}
		List<List<String>> rights = rows(section(pack, "governance"), "Body");
		for (GovernanceBody body : portfolio.getGovernanceBodies()) {
			for (DecisionRight right : body.getDecisionRights()) {
				assertTrue(rights.stream().anyMatch(row -> row.get(0).equals(PortfolioLabels.caption(body))
						&& row.get(1).equals(PortfolioLabels.enumLabel(right.getKind()))), PortfolioLabels.caption(body));
			}
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void theScorecardCoversEveryStrategyByARuleOrASection(String example) throws Exception {
		Portfolio portfolio = load(example);
		List<List<String>> strategies = rows(section(pack(portfolio), "validation"), "Strategy");
		assertEquals(27, strategies.size(), "S1 to S5, F1 to F5, G1 to G5, T1 to T5, C1 to C7");
		for (List<String> strategy : strategies) {
			assertTrue(!strategy.get(4).equals("not covered by a rule or a section"), strategy.get(0) + " is covered");
		}
	}

	/** In its cell of the map, or, not rated on the scales, in the line under it. */
	private static boolean inCell(Block.Table map, int impact, int likelihood, String name, String unrated) {
		if (impact < 1 || likelihood < 1) {
			return unrated.contains(name);
		}
		// Rows: impact 5 down to 1; columns: the impact, then likelihood 1 to 5.
		return map.rows().get(5 - impact).get(likelihood).text().contains(name);
	}

	private static Report pack(Portfolio portfolio) throws Exception {
		RuleRegistry rules = RuleExtensions.registry(Platform.getExtensionRegistry());
		ValidationResult result = new ModelValidator(rules, ValidationProfile.defaults()).validate(List.of(portfolio),
				ValidationMode.BATCH);
		ReportInput input = new ReportInput(portfolio, "example.portfolio", LocalDate.of(2026, 12, 2)).with(ValidationResult.class,
				result);
		return ReportSections.installed().report("Board pack", List.of(), input, List.of());
	}

	private static Report.Section section(Report report, String id) {
		return report.sections().stream().filter(section -> section.id().equals(id)).findFirst().orElseThrow();
	}

	private static List<Block.Table> tables(Report.Section section) {
		return section.blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
	}

	/** The rows of the section's table whose first header is {@code firstHeader}, as text. */
	private static List<List<String>> rows(Report.Section section, String firstHeader) {
		return tables(section).stream().filter(table -> table.headers().get(0).equals(firstHeader)).flatMap(table -> texts(table).stream())
				.toList();
	}

	private static List<List<String>> texts(Block.Table table) {
		return table.rows().stream().map(row -> row.stream().map(Block.Cell::text).toList()).toList();
	}

	private static Portfolio load(String example) throws IOException {
		Resource resource = new PortfolioResourceFactory().createResource(URI.createURI(example));
		resource.load(Map.of());
		return (Portfolio) resource.getContents().get(0);
	}
}
