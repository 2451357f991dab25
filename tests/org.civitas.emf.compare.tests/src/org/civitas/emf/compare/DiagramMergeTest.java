package org.civitas.emf.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.civitas.diagram.core.representation.DEdge;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.representation.DPoint;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.representation.RepresentationFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/**
 * Diagram files merge by their element-derived IDs: layout changed on one side applies; layout
 * changed on both sides keeps ours and is a note, not a conflict; an edge's route is one value.
 */
class DiagramMergeTest {

	private final DiffText words = new DiffText(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
	private final Representation base = diagram();
	private final Representation ours = EcoreUtil.copy(base);
	private final Representation theirs = EcoreUtil.copy(base);

	@Test
	void layoutChangedOnOneSideApplies() {
		node(theirs, "n-email").setX(400);
		route(theirs, 150, 90);
		node(ours, "n-archive").setY(300);

		MergeResult result = ThreeWayMerge.merge(base, ours, theirs, words);

		assertTrue(result.clean() && result.notes().isEmpty(), result::toString);
		assertEquals(400, node(ours, "n-email").getX());
		assertEquals(300, node(ours, "n-archive").getY());
		assertEquals(List.of(150.0, 90.0), points(ours));
	}

	@Test
	void layoutChangedOnBothSidesKeepsOursWithANote() {
		node(ours, "n-email").setX(300);
		node(theirs, "n-email").setX(400);
		route(ours, 10, 10);
		route(theirs, 150, 90);

		MergeResult result = ThreeWayMerge.merge(base, ours, theirs, words);

		assertTrue(result.clean(), () -> result.conflicts().toString());
		assertEquals(300, node(ours, "n-email").getX());
		assertEquals(List.of(10.0, 10.0), points(ours));
		assertEquals(List.of("DNode n-email: X: both sides changed it; ours kept (300.0), theirs was 400.0",
				"DEdge e-email-archive: Bendpoints: both sides changed it; ours kept (DPoint (10.0, 10.0)), theirs was DPoint (150.0, 90.0)"),
				result.notes().stream().map(LayoutNote::text).toList());
	}

	@Test
	void everythingElseMergesAndConflictsAsInAnyModel() {
		node(ours, "n-email").setHidden(true);
		node(theirs, "n-email").setPinned(true);
		theirs.getNodes().add(node("n-legacy", 0, 0));
		ours.setName("Services (ours)");
		theirs.setName("Services (theirs)");

		MergeResult result = ThreeWayMerge.merge(base, ours, theirs, words);

		assertTrue(node(ours, "n-email").isHidden() && node(ours, "n-email").isPinned(), "two features of one node both apply");
		assertEquals(List.of("n-email", "n-archive", "n-legacy"), ours.getNodes().stream().map(DNode::getId).toList());
		assertEquals(List.of("Name: Services → ours Services (ours), theirs Services (theirs)"),
				result.conflicts().stream().map(conflict -> conflict.featureText() + ": " + conflict.base() + " → ours "
						+ conflict.ours() + ", theirs " + conflict.theirs()).toList());
	}

	@Test
	void aDiagramsChangesReadAsLines() {
		node(theirs, "n-email").setX(400);
		route(theirs, 150, 90);
		theirs.getNodes().add(node("n-legacy", 0, 0));
		node(theirs, "n-archive").setHidden(true);

		assertEquals(List.of("~ DNode n-email: X: 20.0 \u2192 400.0", "~ DNode n-archive: Hidden: false \u2192 true",
				"+ DNode n-legacy in Nodes of Representation \"Services\"",
				"~ DEdge e-email-archive: Bendpoints: (none) \u2192 DPoint (150.0, 90.0)"),
				words.lines(ModelComparison.changes(base, theirs)));
	}

	private static Representation diagram() {
		Representation diagram = RepresentationFactory.eINSTANCE.createRepresentation();
		diagram.setName("Services");
		diagram.setViewpoint("Portfolio");
		diagram.setDescription("Service map");
		diagram.setModel("email.portfolio");
		diagram.setRoot("email-portfolio");
		DNode email = node("n-email", 20, 20);
		DNode archive = node("n-archive", 220, 20);
		archive.setCollapsed(true);
		diagram.getNodes().add(email);
		diagram.getNodes().add(archive);
		DEdge edge = RepresentationFactory.eINSTANCE.createDEdge();
		edge.setId("e-email-archive");
		edge.setMapping("dependency");
		edge.setSource(email);
		edge.setTarget(archive);
		diagram.getEdges().add(edge);
		return diagram;
	}

	private static DNode node(String id, double x, double y) {
		DNode node = RepresentationFactory.eINSTANCE.createDNode();
		node.setId(id);
		node.setMapping("service");
		node.setElement(id.substring(2));
		node.setX(x);
		node.setY(y);
		node.setWidth(120);
		node.setHeight(60);
		return node;
	}

	private static DNode node(Representation diagram, String id) {
		return diagram.getNodes().stream().filter(node -> id.equals(node.getId())).findFirst().orElseThrow();
	}

	private static void route(Representation diagram, double x, double y) {
		DPoint point = RepresentationFactory.eINSTANCE.createDPoint();
		point.setX(x);
		point.setY(y);
		diagram.getEdges().get(0).getBendpoints().clear();
		diagram.getEdges().get(0).getBendpoints().add(point);
	}

	private static List<Double> points(Representation diagram) {
		return diagram.getEdges().get(0).getBendpoints().stream().flatMap(point -> java.util.stream.Stream.of(point.getX(), point.getY()))
				.toList();
	}
}
