package org.civitas.diagram.core.expressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.civitas.diagram.core.PlanFixture;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expressions read models and compute; they cannot do anything else. */
class ExpressionEngineTest {

	private final ExpressionEngine engine = ExpressionEngine.withContributedServices();
	private PlanFixture fixture;
	private EObject build;
	private EObject design;

	@BeforeEach
	void plan() {
		fixture = new PlanFixture();
		EObject core = fixture.team("t-core", "Core");
		design = fixture.item(core, "i-design", "Design");
		build = fixture.item(core, "i-build", "Build");
		PlanFixture.set(build, "size", 4);
		PlanFixture.dependsOn(build, design);
	}

	private Object evaluate(String text, EObject self) throws ExpressionException {
		return engine.compile(text).evaluate(Map.of("self", self, "root", fixture.plan));
	}

	@Test
	void navigatesFeaturesAndReadsEnumerationsByName() throws ExpressionException {
		assertEquals("Core", evaluate("model:container(self).name", build));
		assertEquals("TASK", evaluate("self.kind", build));
		assertEquals(true, evaluate("self.kind == 'TASK' && self.size * 2 > 7", build));
		assertEquals(List.of(design), engine.compile("self.dependsOn").elements(Map.of("self", build)));
		assertEquals(5, evaluate("size(self.name)", build));
		assertEquals(true, evaluate("self.name.startsWith('Bu')", build));
	}

	@Test
	void servicesAnswerModelQuestions() throws ExpressionException {
		assertEquals("Design", evaluate("model:join(self.dependsOn, 'name', ', ')", build));
		assertEquals(2, ((List<?>) evaluate("model:all(root, 'Item')", build)).size());
		assertEquals(false, evaluate("graph:inCycle(self, 'dependsOn')", build));
		PlanFixture.dependsOn(design, build);
		assertEquals(true, evaluate("graph:inCycle(self, 'dependsOn')", build));
	}

	@Test
	void noJavaClassCanBeReached() throws ExpressionException {
		ExpressionException failure = assertThrows(ExpressionException.class,
				() -> evaluate("self.getClass().getClassLoader()", build));
		assertEquals("\"self.getClass().getClassLoader()\" failed: expressions cannot call 'getClass': they read "
				+ "features and call services only", failure.getMessage());
		assertThrows(ExpressionException.class, () -> evaluate("self.name.getClass()", build));
		assertThrows(ExpressionException.class, () -> evaluate("self.eResource()", build));
		assertThrows(ExpressionException.class, () -> evaluate("root.eAllContents()", build));
		assertThrows(ExpressionException.class, () -> engine.compile("new('java.io.File', '/tmp/x')"));
	}

	@Test
	void nothingCanBeAssignedOrLooped() {
		assertThrows(ExpressionException.class, () -> engine.compile("self.name = 'x'"));
		assertThrows(ExpressionException.class, () -> engine.compile("x = 1"));
		assertThrows(ExpressionException.class, () -> engine.compile("while (true) {}"));
	}

	@Test
	void anUnknownFeatureFailsWithItsName() {
		ExpressionException failure = assertThrows(ExpressionException.class, () -> evaluate("self.colour", build));

		assertEquals("\"self.colour\" failed: there is no feature 'colour' here", failure.getMessage());
	}

	@Test
	void typedResultsSayWhatWasExpected() throws ExpressionException {
		ExpressionException notBoolean = assertThrows(ExpressionException.class,
				() -> engine.compile("self.name").test(Map.of("self", build)));
		assertEquals("\"self.name\" must be true or false but gave Build", notBoolean.getMessage());
		ExpressionException notElements = assertThrows(ExpressionException.class,
				() -> engine.compile("self.size").elements(Map.of("self", build)));
		assertTrue(notElements.getMessage().contains("must give model elements"), notElements.getMessage());
		assertEquals(List.of(List.of("self", "dependsOn")),
				List.copyOf(engine.compile("size(self.dependsOn) > 0").navigations()));
	}
}
