package org.civitas.diagram.core.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.civitas.diagram.core.PlanFixture;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.sync.DiagramProblems;
import org.civitas.diagram.core.sync.DiagramSynchronizer;
import org.civitas.diagram.spec.DirectEditTool;
import org.civitas.diagram.spec.EdgeCreationTool;
import org.civitas.diagram.spec.NodeCreationTool;
import org.civitas.diagram.spec.Tool;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A specification's tools change the model by commands that one Undo takes back. */
class ToolCommandsTest {

	private PlanFixture fixture;
	private EditingDomain domain;

	@BeforeEach
	void plan() {
		fixture = PlanFixture.coreAndWeb();
		domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		domain.getResourceSet().getResources().add(fixture.resource);
	}

	private static <T extends Tool> T tool(DiagramType type, String name, Class<T> kind) {
		return type.description().getDefaultLayer().getTools().stream().filter(tool -> tool.getName().equals(name))
				.map(kind::cast).findFirst().orElseThrow();
	}

	private void execute(Command command) {
		assertTrue(command.canExecute());
		domain.getCommandStack().execute(command);
	}

	@Test
	void aNodeToolCreatesTheElementInTheClickedContainerWithItsInitialValues() {
		DiagramType teams = PlanFixture.type("teams");
		Representation representation = fixture.representation(teams);
		new DiagramSynchronizer(teams).synchronize(representation, fixture.plan);
		DNode web = representation.getNodes().get(1);
		ToolCommands tools = new ToolCommands(teams, domain, fixture.plan, new DiagramProblems());

		Command create = tools.createNode(tool(teams, "newItem", NodeCreationTool.class), web);
		execute(create);

		List<EObject> items = PlanFixture.list(fixture.element("t-web"), "items");
		assertEquals(2, items.size());
		assertEquals("New item", items.get(1).eGet(items.get(1).eClass().getEStructuralFeature("name")));
		assertEquals("Create newItem", create.getLabel());
		new DiagramSynchronizer(teams).synchronize(representation, fixture.plan);
		assertEquals(2, web.getChildren().size(), "the diagram follows by synchronization");

		domain.getCommandStack().undo();
		assertEquals(1, items.size());
	}

	@Test
	void anElementCreatedInAGroupTakesTheGroupsValue() {
		EObject core = fixture.element("t-core");
		PlanFixture.milestone(fixture.element("i-build"));
		DiagramType kinds = PlanFixture.type("kinds");
		Representation representation = fixture.representation(kinds);
		new DiagramSynchronizer(kinds).synchronize(representation, core);
		DNode milestones = representation.getNodes().get(1);
		assertEquals("MILESTONE", milestones.getGroup());
		ToolCommands tools = new ToolCommands(kinds, domain, core, new DiagramProblems());

		execute(tools.createNode(tool(kinds, "newKindItem", NodeCreationTool.class), milestones));

		EObject created = PlanFixture.list(core, "items").get(2);
		assertEquals("MILESTONE", created.eGet(created.eClass().getEStructuralFeature("kind")).toString());
		assertEquals("Item of Core", created.eGet(created.eClass().getEStructuralFeature("name")));
		assertEquals(3, created.eGet(created.eClass().getEStructuralFeature("size")), "text converted to the type");
	}

	@Test
	void edgeToolsSetAReferenceOrCreateTheEdgesElement() {
		DiagramType teams = PlanFixture.type("teams");
		ToolCommands tools = new ToolCommands(teams, domain, fixture.plan, new DiagramProblems());
		EObject design = fixture.element("i-design");
		EObject launch = fixture.element("i-launch");

		execute(tools.createEdge(tool(teams, "newDependency", EdgeCreationTool.class), design, launch));
		execute(tools.createEdge(tool(teams, "newLink", EdgeCreationTool.class), launch, design));

		assertEquals(List.of(launch), PlanFixture.list(design, "dependsOn"));
		EObject link = PlanFixture.list(fixture.plan, "links").get(0);
		assertEquals(launch, link.eGet(link.eClass().getEStructuralFeature("source")));
		assertEquals(design, link.eGet(link.eClass().getEStructuralFeature("target")));
		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		assertTrue(PlanFixture.list(design, "dependsOn").isEmpty());
		assertTrue(PlanFixture.list(fixture.plan, "links").isEmpty());
	}

	@Test
	void directEditAndDeleteAreUndoable() {
		DiagramType teams = PlanFixture.type("teams");
		ToolCommands tools = new ToolCommands(teams, domain, fixture.plan, new DiagramProblems());
		EObject build = fixture.element("i-build");
		EObject launch = fixture.element("i-launch");

		Command rename = tools.directEdit(tool(teams, "rename", DirectEditTool.class), build, "Construct");
		execute(rename);
		execute(tools.delete(List.of(build)));

		assertEquals("Rename", rename.getLabel());
		assertEquals("Delete", domain.getCommandStack().getUndoCommand().getLabel());
		assertFalse(PlanFixture.list(fixture.element("t-core"), "items").contains(build));
		assertTrue(PlanFixture.list(launch, "dependsOn").isEmpty(), "references to a deleted element go with it");
		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		assertEquals("Build", build.eGet(build.eClass().getEStructuralFeature("name")));
		assertEquals(List.of(build), PlanFixture.list(launch, "dependsOn"));
	}
}
