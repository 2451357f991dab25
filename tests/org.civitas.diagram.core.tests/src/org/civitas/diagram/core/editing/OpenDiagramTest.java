package org.civitas.diagram.core.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.civitas.diagram.core.PlanFixture;
import org.civitas.diagram.core.representation.DElement;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.view.EdgeView;
import org.civitas.diagram.core.view.NodeView;
import org.civitas.diagram.spec.Layer;
import org.civitas.emf.document.ModelDocument;
import org.civitas.emf.document.ModelDocuments;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagram editor's operations without a display, on a viewpoint that knows nothing of
 * portfolios (the test plan): each is one command on the model document's stack that one Undo
 * takes back, the diagram follows changes made to the model anywhere, and saving writes the
 * model and the diagram file together.
 */
class OpenDiagramTest {

	@TempDir
	Path folder;
	private ModelDocument document;
	private OpenDiagram diagram;
	private Path diagramFile;

	@BeforeEach
	void openTheTeamsDiagram() throws Exception {
		PlanFixture fixture = PlanFixture.coreAndWeb();
		PlanFixture.milestone(fixture.element("i-launch"));
		Path modelFile = folder.resolve("test.plan");
		fixture.resource.setURI(URI.createFileURI(modelFile.toString()));
		fixture.resource.save(null);
		DiagramType teams = PlanFixture.type("teams");
		Representation representation = fixture.representation(teams);

		document = ModelDocuments.acquire(URI.createFileURI(modelFile.toString()));
		document.load();
		diagramFile = folder.resolve("test.teams.diagram");
		Resource companion = new XMIResourceImpl(URI.createFileURI(diagramFile.toString()));
		companion.getContents().add(representation);
		document.addCompanion(companion);
		diagram = new OpenDiagram(document, representation, teams);
		diagram.open();
	}

	@AfterEach
	void close() {
		diagram.close();
		ModelDocuments.release(document, this);
	}

	private NodeView node(String elementId) {
		return diagram.view().allNodes().stream()
				.filter(node -> node.element() != null && elementId.equals(node.element().eResource().getURIFragment(node.element())))
				.findFirst().orElse(null);
	}

	private void execute(Command command) {
		assertTrue(command.canExecute(), command.getLabel());
		document.getCommandStack().execute(command);
		diagram.bringUpToDate();
	}

	private void undo() {
		document.getCommandStack().undo();
		diagram.bringUpToDate();
	}

	@Test
	void movingANodeIsOneUndoableStepAndIsSavedWithTheModel() throws Exception {
		NodeView web = node("t-web");
		double x = web.node().getX();
		double y = web.node().getY();

		execute(diagram.move(List.of(web), 40, 25));
		assertEquals(x + 40, node("t-web").node().getX());
		assertEquals(y + 25, node("t-web").node().getY());
		assertEquals("Move", document.getCommandStack().getUndoCommand().getLabel());
		document.save();
		assertTrue(Files.readString(diagramFile).contains("x=\"" + (x + 40)), "the diagram file has the new place");

		undo();
		assertEquals(x, node("t-web").node().getX());
		assertEquals(y, node("t-web").node().getY());
		assertTrue(document.isDirty(), "undoing after a save leaves something to save");
	}

	@Test
	void aResizedNodeKeepsItsSizeWhenTheDiagramIsDrawnAgain() {
		NodeView design = node("i-design");
		execute(diagram.resize(design, design.node().getX(), design.node().getY(), 230, 90));
		diagram.refresh();
		assertEquals(230, node("i-design").node().getWidth());
		assertEquals(90, node("i-design").node().getHeight());
		assertTrue(node("i-design").node().isSizeFixed());
	}

	@Test
	void hiddenElementsStayInTheModelAndComeBackTogether() {
		List<DElement> hidden = List.of(node("i-design").node(), diagram.view().edges().get(0).edge());
		assertFalse(diagram.hasHidden());

		execute(diagram.hide(hidden));
		assertTrue(diagram.hasHidden());
		assertNull(node("i-design"), "a hidden node is not drawn");
		assertNotNull(document.find("i-design"), "the model keeps its element");

		execute(diagram.showHidden());
		assertFalse(diagram.hasHidden());
		assertNotNull(node("i-design"));
	}

	@Test
	void arrangeAllLeavesAPinnedNodeWhereItIs() {
		execute(diagram.move(List.of(node("t-web"), node("t-core")), 500, 300));
		execute(diagram.pin(List.of(node("t-web")), true));
		double x = node("t-web").node().getX();
		double y = node("t-web").node().getY();
		double unpinnedX = node("t-core").node().getX();

		OpenDiagram.Detached copy = diagram.detach();
		OpenDiagram.arrangeAll(copy, () -> false);
		execute(diagram.adoptCommand("Arrange All", copy));
		assertEquals(x, node("t-web").node().getX());
		assertEquals(y, node("t-web").node().getY());
		assertTrue(node("t-web").node().isPinned());
		assertTrue(node("t-core").node().getX() != unpinnedX, "the unpinned team was laid out again");
	}

	@Test
	void aFilterHidesWhatItMatchesAndALayerAddsItsLooks() {
		assertNotNull(node("i-launch"));
		execute(diagram.toggleFilter("hideMilestones", "Hide milestones"));
		assertEquals("Filter Hide milestones", document.getCommandStack().getUndoCommand().getLabel());
		assertNull(node("i-launch"), "the milestone is filtered out");
		assertNotNull(node("i-build"), "a task is not");

		Layer sizes = diagram.type().description().getAdditionalLayers().get(0);
		execute(diagram.toggleLayer(sizes));
		assertTrue(diagram.representation().getActiveLayers().contains("sizes"));
		execute(diagram.toggleLayer(sizes));
		assertFalse(diagram.representation().getActiveLayers().contains("sizes"));

		undo();
		undo();
		undo();
		assertNotNull(node("i-launch"), "undone, the filter is off again");
	}

	@Test
	void deletingRemovesTheElementFromTheModelAndTheDiagramInOneStep() {
		NodeView build = node("i-build");
		EdgeView dependency = diagram.view().edges().stream().filter(edge -> edge.source() == build || edge.target() == build)
				.findFirst().orElseThrow();
		assertEquals(List.of(build.element()), diagram.deletable(List.of(build), List.of()));

		execute(diagram.delete(List.of(build), List.of()));
		assertNull(document.find("i-build"), "gone from the model");
		assertNull(node("i-build"), "and from the diagram");
		assertFalse(diagram.view().edges().stream().anyMatch(edge -> edge.edge() == dependency.edge()),
				"its dependencies went with it");

		undo();
		assertNotNull(document.find("i-build"));
		assertNotNull(node("i-build"));
	}

	@Test
	void aChangeToTheModelMadeElsewhereReachesTheDiagramAndIsUndoneWithIt() {
		EObject design = document.find("i-design");
		execute(new SetCommand(document.getEditingDomain(), design, design.eClass().getEStructuralFeature("name"), "Blueprint"));
		assertEquals("Blueprint", node("i-design").label());
		undo();
		assertEquals("Design", node("i-design").label());
	}
}
