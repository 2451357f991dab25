package org.civitas.diagram.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.civitas.diagram.core.files.RepresentationResourceFactory;
import org.civitas.diagram.core.representation.DElement;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.sync.DiagramSynchronizer;
import org.civitas.diagram.core.sync.ModelChanges;
import org.civitas.diagram.core.sync.SyncReport;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Representations follow their model: what appears, vanishes, is renamed or moves. */
class DiagramSynchronizerTest {

	private final DiagramType teams = PlanFixture.type("teams");
	private PlanFixture fixture;
	private EObject core;
	private EObject web;
	private EObject design;
	private EObject build;
	private EObject launch;
	private Representation representation;

	@BeforeEach
	void plan() {
		fixture = PlanFixture.coreAndWeb();
		core = fixture.element("t-core");
		web = fixture.element("t-web");
		design = fixture.element("i-design");
		build = fixture.element("i-build");
		launch = fixture.element("i-launch");
		fixture.link("l-1", design, launch, "informs");
		representation = fixture.representation(teams);
	}

	private SyncReport synchronize() {
		return new DiagramSynchronizer(teams).synchronize(representation, fixture.plan);
	}

	@Test
	void showsContainersTheirChildrenAndBothKindsOfEdges() {
		SyncReport report = synchronize();

		assertEquals(List.of("t-core", "t-web"), representation.getNodes().stream().map(DNode::getElement).toList());
		DNode coreNode = representation.getNodes().get(0);
		assertEquals(List.of("i-design", "i-build"), coreNode.getChildren().stream().map(DNode::getElement).toList());
		assertEquals(List.of("i-build -> i-design", "i-launch -> i-build"),
				PlanFixture.edges(representation, "Dependency"));
		assertEquals(List.of("i-design -> i-launch"), PlanFixture.edges(representation, "Link"));
		assertEquals("l-1", representation.getEdges().get(2).getElement());
		assertEquals(5, report.addedNodes().size());
		assertEquals(3, report.addedEdges().size());
		assertTrue(report.problems().isEmpty(), report.problems().toString());
	}

	@Test
	void synchronizingAgainChangesNothing() throws IOException {
		synchronize();
		String first = serialize(representation);

		SyncReport second = synchronize();

		assertTrue(second.unchanged());
		assertEquals(first, serialize(representation));
	}

	@Test
	void anAddedElementGetsANodeAndTheOthersKeepTheirBounds() {
		synchronize();
		DNode designNode = PlanFixture.node(representation, "Item", "i-design");
		designNode.setX(140);
		designNode.setY(60);
		designNode.setWidth(90);
		designNode.setHeight(40);

		EObject test = fixture.item(core, "i-test", "Test");
		PlanFixture.dependsOn(test, build);
		SyncReport report = synchronize();

		assertEquals(1, report.addedNodes().size());
		assertEquals("i-test", report.addedNodes().get(0).getElement());
		assertEquals(List.of("i-test -> i-build"), report.addedEdges().stream()
				.map(edge -> edge.getSource().getElement() + " -> " + edge.getTarget().getElement()).toList());
		assertSame(designNode, PlanFixture.node(representation, "Item", "i-design"));
		assertEquals(140, designNode.getX());
		assertEquals(60, designNode.getY());
		assertEquals(90, designNode.getWidth());
	}

	@Test
	void aRemovedElementTakesItsNodeAndEdgesAlong() {
		synchronize();

		PlanFixture.list(core, "items").remove(build);
		SyncReport report = synchronize();

		assertNull(PlanFixture.node(representation, "Item", "i-build"));
		assertEquals(1, report.removedNodes());
		assertEquals(2, report.removedEdges());
		assertTrue(PlanFixture.edges(representation, "Dependency").isEmpty());
		assertEquals(List.of("i-design -> i-launch"), PlanFixture.edges(representation, "Link"));
	}

	@Test
	void aRenamedElementKeepsItsNodeAndChangesNoStructure() {
		synchronize();
		DNode designNode = PlanFixture.node(representation, "Item", "i-design");
		designNode.setX(33);
		List<Notification> changes = record(fixture.resource);

		PlanFixture.set(design, "name", "Concept");
		SyncReport report = synchronize();

		assertTrue(report.unchanged());
		assertSame(designNode, PlanFixture.node(representation, "Item", "i-design"));
		assertEquals(33, designNode.getX());
		assertEquals(1, changes.size());
		assertFalse(ModelChanges.changesStructure(teams, changes.get(0)),
				"a name is read only by labels, so a rename needs no synchronization");
	}

	@Test
	void anElementMovedToAnotherContainerMovesItsNodeAndKeepsItsEdges() {
		synchronize();
		List<Notification> changes = record(fixture.resource);

		PlanFixture.list(web, "items").add(build);
		SyncReport report = synchronize();

		DNode webNode = representation.getNodes().get(1);
		assertEquals(List.of("i-launch", "i-build"), webNode.getChildren().stream().map(DNode::getElement).toList());
		DNode coreNode = representation.getNodes().get(0);
		assertEquals(List.of("i-design"), coreNode.getChildren().stream().map(DNode::getElement).toList());
		assertEquals(1, report.addedNodes().size());
		assertEquals(1, report.removedNodes());
		assertEquals(List.of("i-build -> i-design", "i-launch -> i-build"),
				PlanFixture.edges(representation, "Dependency").stream().sorted().toList());
		assertTrue(changes.stream().anyMatch(change -> ModelChanges.changesStructure(teams, change)));
	}

	@Test
	void aChangedReferenceThatEdgesFollowIsStructural() {
		synchronize();
		List<Notification> changes = record(fixture.resource);

		PlanFixture.dependsOn(design, launch);
		SyncReport report = synchronize();

		assertTrue(ModelChanges.changesStructure(teams, changes.get(0)));
		assertEquals(List.of("i-design -> i-launch"), report.addedEdges().stream()
				.map(edge -> edge.getSource().getElement() + " -> " + edge.getTarget().getElement()).toList());
	}

	@Test
	void groupsByAValueWithOneContainerPerValue() {
		PlanFixture.milestone(build);
		DiagramType kinds = PlanFixture.type("kinds");
		Representation byKind = fixture.representation(kinds);
		byKind.setRoot("t-core");

		new DiagramSynchronizer(kinds).synchronize(byKind, core);

		assertEquals(List.of("TASK", "MILESTONE"), byKind.getNodes().stream().map(DNode::getGroup).toList());
		assertEquals(List.of("i-design"),
				byKind.getNodes().get(0).getChildren().stream().map(DNode::getElement).toList());
		assertEquals(List.of("i-build"),
				byKind.getNodes().get(1).getChildren().stream().map(DNode::getElement).toList());

		PlanFixture.task(build);
		new DiagramSynchronizer(kinds).synchronize(byKind, core);

		assertEquals(List.of("TASK"), byKind.getNodes().stream().map(DNode::getGroup).toList());
		assertEquals(List.of("i-design", "i-build"),
				byKind.getNodes().get(0).getChildren().stream().map(DNode::getElement).toList());
	}

	@Test
	void edgesBetweenGroupsNamedInWordsSurviveSavingAndLoading() throws IOException {
		PlanFixture.milestone(design);
		DiagramType phases = PlanFixture.type("phases");
		Representation byPhase = fixture.representation(phases);
		byPhase.setRoot("t-core");
		new DiagramSynchronizer(phases).synchronize(byPhase, core);
		String text = serialize(byPhase);

		Resource loaded = new RepresentationResourceFactory().createResource(URI.createURI("memory:/phases.diagram"));
		loaded.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		Representation reloaded = (Representation) loaded.getContents().get(0);

		assertEquals(List.of("Key dates / gates", "Work to do"),
				reloaded.getNodes().stream().map(DNode::getGroup).sorted().toList());
		assertEquals(List.of("i-build -> i-design"), PlanFixture.edges(reloaded, "PhaseDependency"));
		assertTrue(new DiagramSynchronizer(phases).synchronize(reloaded, core).unchanged());
	}

	@Test
	void identifiersAreTheSameForTheSameModel() {
		synchronize();
		Representation again = fixture.representation(teams);
		new DiagramSynchronizer(teams).synchronize(again, fixture.plan);

		assertEquals(ids(representation), ids(again));
		assertNotNull(PlanFixture.node(again, "Item", "i-launch"));
	}

	private static List<String> ids(Representation representation) {
		List<String> ids = new ArrayList<>();
		for (Iterator<EObject> contents = representation.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof DElement element) {
				ids.add(element.getId());
			}
		}
		return ids;
	}

	/** Records the model changes notified from now on. */
	private static List<Notification> record(Resource resource) {
		List<Notification> changes = new ArrayList<>();
		EContentAdapter recorder = new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!(notification.getNotifier() instanceof Resource) && !notification.isTouch()) {
					changes.add(notification);
				}
			}
		};
		resource.eAdapters().add(recorder);
		return changes;
	}

	private static String serialize(Representation representation) throws IOException {
		Resource resource = representation.eResource();
		if (resource == null) {
			resource = new RepresentationResourceFactory().createResource(URI.createURI("memory:/test.diagram"));
			resource.getContents().add(representation);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		return out.toString(StandardCharsets.UTF_8);
	}
}
