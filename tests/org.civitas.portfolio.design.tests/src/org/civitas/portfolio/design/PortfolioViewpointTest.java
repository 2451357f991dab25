package org.civitas.portfolio.design;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.LoadedViewpoint;
import org.civitas.diagram.core.spec.Viewpoints;
import org.junit.jupiter.api.Test;

/** The portfolio viewpoint is contributed and passes every check of the specification. */
class PortfolioViewpointTest {

	@Test
	void offersTheSixPortfolioDiagramsWithoutProblems() {
		Viewpoints viewpoints = Viewpoints.contributed(ExpressionEngine.withContributedServices());
		LoadedViewpoint portfolio = viewpoints.all().stream()
				.filter(loaded -> loaded.viewpoint() != null && loaded.viewpoint().getName().equals("portfolio"))
				.findFirst().orElseThrow();

		assertEquals(List.of(), portfolio.problems());
		assertEquals(List.of("service-map", "governance", "risk-matrix", "roadmap", "dependencies", "service-context"),
				portfolio.diagrams().stream().map(DiagramType::name).toList());
	}
}
