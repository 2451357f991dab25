package org.civitas.diagram.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

/**
 * A specification is checked when it is read, and each mistake is reported with the file, the
 * line and the path to the element holding it, never as a failure at draw time.
 */
class SpecificationCheckerTest {

	private static final ExpressionEngine ENGINE = ExpressionEngine.withContributedServices();

	private static LoadedViewpoint load(String file) {
		return Viewpoints.load(URI.createPlatformPluginURI("org.civitas.diagram.core/data/" + file, true), ENGINE);
	}

	private static final LoadedViewpoint BROKEN = load("broken/broken.viewpoint");

	private static SpecificationProblem problemOf(String diagram) {
		List<SpecificationProblem> found = BROKEN.problems().stream()
				.filter(problem -> problem.path().startsWith("diagram '" + diagram + "'")).toList();
		assertEquals(1, found.size(), () -> diagram + ": " + found);
		return found.get(0);
	}

	@Test
	void theContributedSpecificationHasNoProblems() {
		LoadedViewpoint plan = load("plan.viewpoint");

		assertEquals(List.of(), plan.problems());
		assertEquals(List.of("teams", "kinds", "matrix", "roadmap", "ports", "phases"),
				plan.diagrams().stream().map(DiagramType::name).toList());
	}

	@Test
	void aMisspeltFeatureIsReportedWithWhatTheClassHas() {
		SpecificationProblem problem = problemOf("misspeltFeature");

		assertTrue(problem.error());
		assertEquals(8, problem.line());
		assertEquals("diagram 'misspeltFeature' \u203a layer 'default' \u203a node mapping 'Item'", problem.path());
		assertTrue(problem.message().startsWith("label expression: Item has no feature 'nmae'; it has "),
				problem.message());
		assertTrue(problem.message().contains("name"), problem.message());
		assertEquals("broken.viewpoint:8: error: diagram 'misspeltFeature' \u203a layer 'default' \u203a node mapping "
				+ "'Item': " + problem.message(), problem.toString());
	}

	@Test
	void aSyntaxErrorSaysWhereParsingStopped() {
		SpecificationProblem problem = problemOf("syntaxError");

		assertEquals(14, problem.line());
		assertTrue(problem.message().startsWith("precondition expression: \"self.size >\" cannot be read"),
				problem.message());
		assertTrue(problem.message().contains("column"), problem.message());
	}

	@Test
	void anUnknownClassIsNamed() {
		SpecificationProblem problem = problemOf("unknownClass");

		assertEquals(20, problem.line());
		assertEquals("no registered model has a class 'Itme'", problem.message());
	}

	@Test
	void aColourMustBeAColour() {
		SpecificationProblem problem = problemOf("badColour");

		assertEquals(27, problem.line());
		assertEquals("diagram 'badColour' \u203a layer 'default' \u203a node mapping 'Item' \u203a node style",
				problem.path());
		assertEquals("fill color 'red' is not a colour of the form #RRGGBB", problem.message());
	}

	@Test
	void anEdgeCannotUseTheMappingsOfAnotherDiagram() {
		SpecificationProblem problem = problemOf("foreignMapping");

		assertEquals(35, problem.line());
		assertEquals("the mapping 'Item' is not one of this diagram", problem.message());
	}

	@Test
	void toolsMustNameFeaturesThatCanDoWhatTheyAsk() {
		List<SpecificationProblem> problems = BROKEN.problems().stream()
				.filter(problem -> problem.path().startsWith("diagram 'wrongTools'")).toList();

		assertEquals(List.of("Team has no containment reference 'dependsOn'", "Item has no text attribute 'size' to edit"),
				problems.stream().map(SpecificationProblem::message).toList());
		assertEquals(List.of(44, 45), problems.stream().map(SpecificationProblem::line).toList());
	}

	@Test
	void callsToUnknownServicesAreReportedBeforeDrawing() {
		List<String> messages = BROKEN.problems().stream()
				.filter(problem -> problem.path().startsWith("diagram 'unknownServices'"))
				.map(SpecificationProblem::message).toList();

		assertEquals(List.of("precondition expression: the services 'graph' have no function 'incycle'",
				"precondition expression: there are no services 'nope'; known: graph, model"), messages);
	}

	@Test
	void navigationBeyondAListOrAValueIsReported() {
		List<String> messages = BROKEN.problems().stream()
				.filter(problem -> problem.path().startsWith("diagram 'badNavigation'"))
				.map(SpecificationProblem::message).toList();

		assertEquals(List.of(
				"label expression: 'dependsOn' is a list: '.name' cannot be read from it; use a model: function such as model:join",
				"tooltip expression: 'name' is a value of type EString, which has no feature 'text'"), messages);
	}

	@Test
	void iconsMustBePngForEveryRendererToDrawThem() {
		SpecificationProblem problem = problemOf("svgIcon");

		assertEquals("the icon 'item.svg' is not a PNG image: every renderer, PNG export included, draws PNG icons",
				problem.message());
	}

	@Test
	void anExpressionCannotAssign() {
		SpecificationProblem problem = problemOf("sandbox");

		assertTrue(problem.message().startsWith("label expression: \"self.name = 'x'\" cannot be read"),
				problem.message());
	}

	@Test
	void aBrokenDiagramDoesNotTakeTheOthersDown() {
		assertEquals(List.of("good"), BROKEN.diagrams().stream().map(DiagramType::name).toList());
		assertTrue(BROKEN.hasErrors());
	}

	@Test
	void anUnreadableFileIsReportedWithItsLine() {
		LoadedViewpoint unreadable = load("broken/unreadable.viewpoint");

		assertTrue(unreadable.diagrams().isEmpty());
		SpecificationProblem problem = unreadable.problems().get(0);
		assertEquals("unreadable.viewpoint", problem.file());
		assertEquals(7, problem.line(), "where the parser met the end tag that does not match the unclosed element");
		assertTrue(problem.message().contains("column"), problem.message());
	}

	@Test
	void aDiagramWithoutDomainClassIsAnErrorNotAKindSilentlyLost() {
		LoadedViewpoint undrawable = load("broken/noDomainClass.viewpoint");

		assertTrue(undrawable.diagrams().isEmpty());
		SpecificationProblem problem = undrawable.problems().get(0);
		assertTrue(problem.error());
		assertEquals(4, problem.line());
		assertEquals("diagram 'nowhere'", problem.path());
		assertEquals("the domain class is not set", problem.message());
	}

	@Test
	void anUnknownAttributeIsReportedWithItsLine() {
		LoadedViewpoint typo = load("broken/unknownAttribute.viewpoint");

		SpecificationProblem problem = typo.problems().get(0);
		assertEquals(4, problem.line());
		assertTrue(problem.message().contains("colour"), problem.message());
	}
}
