package org.civitas.portfolio.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.civitas.diagram.core.Drawing;
import org.civitas.diagram.core.Drawings;
import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.files.RepresentationFiles;
import org.civitas.diagram.core.files.RepresentationSummary;
import org.civitas.diagram.core.representation.DEdge;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.scene.ElementProblems;
import org.civitas.diagram.core.scene.Figure;
import org.civitas.diagram.core.scene.Figure.Group;
import org.civitas.diagram.core.scene.Figure.Kind;
import org.civitas.diagram.core.scene.Figure.Line;
import org.civitas.diagram.core.scene.Figure.Outline;
import org.civitas.diagram.core.scene.Figure.Point;
import org.civitas.diagram.core.scene.Figure.Text;
import org.civitas.diagram.core.scene.Scene;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.Viewpoints;
import org.civitas.diagram.spec.LineStyle;
import org.civitas.diagram.spec.NodeShape;
import org.civitas.examples.ExamplePortfolios;
import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.DecisionRight;
import org.civitas.portfolio.model.GovernanceBody;
import org.civitas.portfolio.model.MigrationWave;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.ServiceLine;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Stakeholder;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.SubscriptionStatus;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.FrameworkUtil;

/**
 * Each example portfolio ships with its five diagrams, current with the model, and each
 * diagram shows what its kind promises: the expectations are read from the model, not written
 * down, so they hold for any portfolio.
 */
class ExampleDiagramsTest {

	private static final Viewpoints VIEWPOINTS = Viewpoints.contributed(ExpressionEngine.withContributedServices());

	@TempDir
	Path folder;

	/** The example portfolios, by file name. */
	static List<String> examples() {
		return List.of("federal-grants-portal.portfolio", "state-email-consolidation.portfolio",
				"state-recovery-center.portfolio");
	}

	private Portfolio portfolio;
	private final Map<String, Representation> diagrams = new HashMap<>();

	/** Copies an example and its diagrams, as the example project installer does, and loads them. */
	private void open(String example) throws IOException {
		String stem = example.substring(0, example.lastIndexOf('.'));
		URL model = ExamplePortfolios.all().stream().filter(url -> url.getPath().endsWith('/' + example)).findFirst()
				.orElseThrow();
		for (URL entry : Collections.list(FrameworkUtil.getBundle(ExamplePortfolios.class)
				.findEntries(model.getPath().substring(0, model.getPath().lastIndexOf('/')), stem + ".*", false))) {
			try (InputStream in = entry.openStream()) {
				Files.copy(in, folder.resolve(entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1)));
			}
		}
		Path file = folder.resolve(example);
		Resource resource = new PortfolioResourceFactory().createResource(URI.createFileURI(file.toString()));
		new ResourceSetImpl().getResources().add(resource);
		resource.load(Map.of());
		portfolio = (Portfolio) resource.getContents().get(0);
		for (RepresentationSummary summary : RepresentationFiles.list(file)) {
			diagrams.put(summary.description(), RepresentationFiles.load(summary.file()));
		}
	}

	private Drawing draw(String kind) {
		Representation representation = diagrams.get(kind);
		assertNotNull(representation, "the example has no " + kind + " diagram");
		DiagramType type = VIEWPOINTS.find("portfolio", kind).orElseThrow();
		Drawing drawing = Drawings.refresh(type, representation, portfolio, ElementProblems.NONE);
		assertTrue(drawing.sync().unchanged(), kind + " is not current with its model: " + drawing.sync());
		assertEquals(List.of(), drawing.problems());
		return drawing;
	}

	@ParameterizedTest
	@MethodSource("examples")
	void shipsTheFiveDiagramsCurrentWithTheModel(String example) throws IOException {
		open(example);

		assertEquals(Set.of("service-map", "governance", "risk-matrix", "roadmap", "dependencies"), diagrams.keySet());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void serviceMapGroupsServicesByLineAndColoursSubscriptionsByStatus(String example) throws IOException {
		open(example);
		Scene scene = draw("service-map").scene();

		for (SharedService service : portfolio.getServices()) {
			Group node = only(scene, group -> group.kind() == Kind.NODE && service.getId().equals(group.element()));
			Group line = container(scene, node);
			assertEquals(PortfolioLabels.enumLabel(service.getServiceLine()), texts(line).get(0),
					service.getName() + " is not in its service line");
		}
		Set<String> agencies = portfolio.getOrganizations().stream()
				.filter(organization -> organization instanceof org.civitas.portfolio.model.Agency)
				.map(organization -> organization.getId()).collect(Collectors.toSet());
		assertEquals(agencies, groups(scene, group -> "Agency".equals(group.mapping()) && group.kind() == Kind.NODE)
				.stream().map(Group::element).collect(Collectors.toSet()));
		for (Subscription subscription : portfolio.getSubscriptions()) {
			Line line = (Line) only(scene, group -> group.kind() == Kind.EDGE
					&& subscription.getId().equals(group.element())).children().get(0);
			assertEquals(STATUS_COLOURS.get(subscription.getStatus()), line.colour(), subscription.getId());
			assertEquals(STATUS_LINES.get(subscription.getStatus()), line.dash(), subscription.getId());
		}
		long providers = portfolio.getServices().stream().filter(service -> service.getProvider() != null).count();
		assertEquals(providers, groups(scene, group -> group.kind() == Kind.EDGE && "Provider".equals(group.mapping()))
				.size());
	}

	private static final Map<SubscriptionStatus, String> STATUS_COLOURS = Map.of(SubscriptionStatus.LIVE, "#2F855A",
			SubscriptionStatus.MIGRATING, "#DD6B20", SubscriptionStatus.PLANNED, "#718096",
			SubscriptionStatus.WITHDRAWN, "#C53030");
	private static final Map<SubscriptionStatus, LineStyle> STATUS_LINES = Map.of(SubscriptionStatus.LIVE,
			LineStyle.SOLID, SubscriptionStatus.MIGRATING, LineStyle.DASHED, SubscriptionStatus.PLANNED,
			LineStyle.DASHED, SubscriptionStatus.WITHDRAWN, LineStyle.DOTTED);

	@ParameterizedTest
	@MethodSource("examples")
	void governanceShowsBodiesTheirRightsAndLinesAndStakeholdersByStanceAndInfluence(String example)
			throws IOException {
		open(example);
		Scene scene = draw("governance").scene();

		for (GovernanceBody body : portfolio.getGovernanceBodies()) {
			Group container = only(scene, group -> group.kind() == Kind.CONTAINER && body.getId().equals(group.element()));
			List<String> rights = groups(container, group -> group.kind() == Kind.LIST_ITEM).stream()
					.map(Group::element).toList();
			assertEquals(body.getDecisionRights().stream().map(DecisionRight::getId).toList(), rights);
			assertEquals(body.getReportsTo() == null ? 0 : 1, edgesFrom(scene, "ReportsTo", body.getId()));
			assertEquals(body.getChair() == null ? 0 : 1, edgesFrom(scene, "Chair", body.getId()));
			long members = body.getMembers().stream().filter(member -> member != body.getChair()).count();
			assertEquals(members, edgesFrom(scene, "Member", body.getId()));
			assertEquals(body.getOversees().size(), edgesFrom(scene, "Oversees", body.getId()));
		}
		for (Stakeholder stakeholder : portfolio.getStakeholders()) {
			Outline shape = shapeOf(scene, stakeholder.getId());
			assertEquals(NodeShape.ELLIPSE, shape.shape());
			assertEquals(110 + stakeholder.getInfluence() * 14, shape.width(), 1, stakeholder.getName());
			String fill = switch (stakeholder.getStance()) {
			case SUPPORTER -> "#C6F6D5";
			case RESISTANT -> "#FED7D7";
			default -> "#EDF2F7";
			};
			assertEquals(fill, shape.fill(), stakeholder.getName());
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void riskMatrixPlacesEachRiskInItsCellAndResidualRiskIsALayer(String example) throws IOException {
		open(example);
		Scene scene = draw("risk-matrix").scene();

		for (Risk risk : portfolio.getRisks()) {
			assertInCell(scene, shapeOf(scene, risk.getId(), "InherentRisk"), risk.getImpact(), risk.getLikelihood());
		}
		Representation matrix = diagrams.get("risk-matrix");
		matrix.getActiveLayers().add("residual");
		Drawing withResidual = Drawings.refresh(VIEWPOINTS.find("portfolio", "risk-matrix").orElseThrow(), matrix,
				portfolio, ElementProblems.NONE);
		assertEquals(List.of(), withResidual.problems());
		Scene both = withResidual.scene();
		List<Risk> assessed = portfolio.getRisks().stream()
				.filter(risk -> risk.getResidualLikelihood() > 0 && risk.getResidualImpact() > 0).toList();
		assertFalse(assessed.isEmpty());
		assertEquals(assessed.size(), groups(both, group -> "ResidualRisk".equals(group.mapping())
				&& group.kind() == Kind.NODE).size(), "risks without a residual assessment have no residual node");
		for (Risk risk : assessed) {
			Outline residual = shapeOf(both, risk.getId(), "ResidualRisk");
			assertEquals(LineStyle.DASHED, residual.dash());
			assertInCell(both, residual, risk.getResidualImpact(), risk.getResidualLikelihood());
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void roadmapPutsWavesInDateOrderWithTheirAgenciesAndServices(String example) throws IOException {
		open(example);
		Scene scene = draw("roadmap").scene();

		List<MigrationWave> waves = portfolio.getMigrationPlans().stream().flatMap(plan -> plan.getWaves().stream())
				.sorted((a, b) -> a.getStartDate().compareTo(b.getStartDate())).toList();
		assertFalse(waves.isEmpty());
		double previous = -1;
		for (MigrationWave wave : waves) {
			Group container = only(scene, group -> group.kind() == Kind.CONTAINER && wave.getId().equals(group.element()));
			double left = ((Outline) container.children().get(0)).x();
			assertTrue(left >= previous, wave.getName() + " starts before an earlier wave");
			previous = left;
			Set<String> items = groups(container, group -> group.kind() == Kind.LIST_ITEM).stream().map(Group::element)
					.collect(Collectors.toSet());
			Set<String> expected = new HashSet<>();
			wave.getAgencies().forEach(agency -> expected.add(agency.getId()));
			wave.getServices().forEach(service -> expected.add(service.getId()));
			assertEquals(expected, items, wave.getName());
		}
		Group timeline = only(scene, group -> group.kind() == Kind.TIMELINE);
		assertTrue(texts(timeline).containsAll(portfolio.getMigrationPlans().stream().map(plan -> plan.getName()).toList()),
				"a lane per migration plan");
	}

	@ParameterizedTest
	@MethodSource("examples")
	void dependenciesShowEveryDependencyAndHighlightCycles(String example) throws IOException {
		open(example);
		Scene scene = draw("dependencies").scene();
		long dependencies = portfolio.getServices().stream().mapToLong(service -> service.getDependsOn().size()).sum();
		assertEquals(dependencies, groups(scene, group -> group.kind() == Kind.EDGE).size());
		assertEquals(portfolio.getServices().size(), groups(scene, group -> group.kind() == Kind.NODE).size());

		SharedService first = portfolio.getServices().get(0);
		SharedService second = portfolio.getServices().get(1);
		first.getDependsOn().add(second);
		second.getDependsOn().add(first);
		Scene cyclic = Drawings.refresh(VIEWPOINTS.find("portfolio", "dependencies").orElseThrow(),
				diagrams.get("dependencies"), portfolio, ElementProblems.NONE).scene();

		assertEquals("#C53030", shapeOf(cyclic, first.getId()).stroke());
		assertEquals("#C53030", shapeOf(cyclic, second.getId()).stroke());
		List<Group> red = groups(cyclic, group -> group.kind() == Kind.EDGE
				&& ((Line) group.children().get(0)).colour().equals("#C53030"));
		assertTrue(red.size() >= 2, "both edges of the cycle are red");
	}

	@ParameterizedTest
	@MethodSource("examples")
	void serviceContextShowsConsumersProviderAndDependenciesOfEachService(String example) throws IOException {
		open(example);
		DiagramType context = VIEWPOINTS.find("portfolio", "service-context").orElseThrow();
		for (SharedService service : portfolio.getServices()) {
			Representation representation = RepresentationFiles.create(context, service, "context",
					folder.resolve(example), folder.resolve("context.diagram"));
			Drawing drawing = Drawings.refresh(context, representation, service, ElementProblems.NONE);
			assertEquals(List.of(), drawing.problems());
			Scene scene = drawing.scene();

			shapeOf(scene, service.getId(), "Focus");
			List<Subscription> subscriptions = portfolio.getSubscriptions().stream()
					.filter(subscription -> subscription.getService() == service).toList();
			assertEquals(subscriptions.stream().map(subscription -> subscription.getConsumer().getId()).collect(Collectors.toSet()),
					groups(scene, group -> "Consumer".equals(group.mapping()) && group.kind() == Kind.NODE).stream()
							.map(Group::element).collect(Collectors.toSet()), service.getName() + ": its consumers");
			assertEquals(subscriptions.size(), groups(scene, group -> "ContextSubscription".equals(group.mapping())
					&& group.kind() == Kind.EDGE).size(), service.getName() + ": one arrow per subscription");
			assertEquals(service.getProvider() == null ? 0 : 1,
					groups(scene, group -> "Provider".equals(group.mapping()) && group.kind() == Kind.NODE).size());
			long dependents = portfolio.getServices().stream().filter(other -> other.getDependsOn().contains(service))
					.count();
			assertEquals(service.getDependsOn().size() + dependents, groups(scene,
					group -> "ContextDependsOn".equals(group.mapping()) && group.kind() == Kind.EDGE
							&& group.id().contains(service.getId())).size(), service.getName() + ": its dependencies both ways");
		}
	}

	@Test
	void anElementWithoutANameIsNamedForPeopleOnTheDiagram() throws IOException {
		open("state-email-consolidation.portfolio");
		SharedService unnamed = PortfolioFactory.eINSTANCE.createSharedService();
		unnamed.setServiceLine(ServiceLine.RECORDS);
		portfolio.getServices().add(unnamed);

		DiagramType type = VIEWPOINTS.find("portfolio", "service-map").orElseThrow();
		Scene scene = Drawings.refresh(type, diagrams.get("service-map"), portfolio, ElementProblems.NONE).scene();
		Group node = only(scene, group -> group.kind() == Kind.NODE && ElementIds.idOf(unnamed).equals(group.element()));
		String label = String.join(" ", texts(node));
		assertTrue(label.startsWith("Shared Service"), "named in the user's words: " + label);
		assertFalse(label.contains("SharedService"), "never a class and an id: " + label);
	}

	@Test
	void aConnectionNoLayoutRoutedYetGoesAroundABoxInItsWay() throws IOException {
		open("state-email-consolidation.portfolio");
		Representation map = diagrams.get("service-map");
		DEdge drawn = map.getEdges().stream().filter(edge -> edge.getId().startsWith("Subscription:sub-health:"))
				.findFirst().orElseThrow();
		drawn.getBendpoints().clear();
		DNode health = drawn.getSource();
		DNode inTheWay = map.getNodes().stream().filter(node -> node.getId().equals("Agency:transport")).findFirst()
				.orElseThrow();
		// Put another agency halfway between the subscription's agency and the service's service line.
		DNode serviceLine = (DNode) drawn.getTarget().eContainer();
		inTheWay.setX((health.getX() + health.getWidth() + serviceLine.getX()) / 2 - inTheWay.getWidth() / 2);
		inTheWay.setY(health.getY() + health.getHeight() / 2 - inTheWay.getHeight() / 2);

		Scene scene = draw("service-map").scene();
		Line route = (Line) only(scene, group -> group.kind() == Kind.EDGE && "sub-health".equals(group.element()))
				.children().get(0);
		Outline box = shapeOf(scene, "transport");
		for (int i = 1; i < route.points().size(); i++) {
			Point a = route.points().get(i - 1);
			Point b = route.points().get(i);
			assertTrue(a.x() == b.x() || a.y() == b.y(), "at right angles: " + route.points());
			boolean apart = Math.max(a.x(), b.x()) <= box.x() || Math.min(a.x(), b.x()) >= box.x() + box.width()
					|| Math.max(a.y(), b.y()) <= box.y() || Math.min(a.y(), b.y()) >= box.y() + box.height();
			assertTrue(apart, "the route " + route.points() + " goes around the agency in its way");
		}
	}

	private static void assertInCell(Scene scene, Outline shape, int impact, int likelihood) {
		Group grid = only(scene, group -> group.kind() == Kind.GRID);
		List<Outline> cells = grid.children().stream().filter(Outline.class::isInstance).map(Outline.class::cast)
				.filter(cell -> "#CBD5E0".equals(cell.stroke())).toList();
		// Five rows from likelihood 5 down to 1, five columns from impact 1 to 5.
		Outline cell = cells.get((5 - likelihood) * 5 + impact - 1);
		double x = shape.x() + shape.width() / 2;
		double y = shape.y() + shape.height() / 2;
		assertTrue(x > cell.x() && x < cell.x() + cell.width() && y > cell.y() && y < cell.y() + cell.height(),
				"not in the cell of impact " + impact + " and likelihood " + likelihood);
	}

	private static long edgesFrom(Scene scene, String mapping, String bodyId) {
		return groups(scene, group -> group.kind() == Kind.EDGE && mapping.equals(group.mapping())
				&& group.id().contains(":Body:" + bodyId + "->")).size();
	}

	private static Outline shapeOf(Scene scene, String element) {
		return shapeOf(scene, element, null);
	}

	private static Outline shapeOf(Scene scene, String element, String mapping) {
		Group node = only(scene, group -> (group.kind() == Kind.NODE || group.kind() == Kind.CONTAINER)
				&& element.equals(group.element()) && (mapping == null || mapping.equals(group.mapping())));
		return (Outline) node.children().get(0);
	}

	private static Group container(Scene scene, Group child) {
		return only(scene, group -> group.kind() == Kind.CONTAINER && group.children().contains(child));
	}

	private static List<String> texts(Group group) {
		return group.children().stream().filter(Text.class::isInstance).flatMap(text -> ((Text) text).lines().stream())
				.toList();
	}

	private static Group only(Scene scene, Predicate<Group> wanted) {
		List<Group> found = groups(scene.figures(), wanted);
		assertEquals(1, found.size(), "expected one match, found " + found.size());
		return found.get(0);
	}

	private static List<Group> groups(Scene scene, Predicate<Group> wanted) {
		return groups(scene.figures(), wanted);
	}

	private static List<Group> groups(Group parent, Predicate<Group> wanted) {
		return groups(parent.children(), wanted);
	}

	private static List<Group> groups(List<Figure> figures, Predicate<Group> wanted) {
		List<Group> found = new ArrayList<>();
		for (Figure figure : figures) {
			if (figure instanceof Group group) {
				if (wanted.test(group)) {
					found.add(group);
				}
				found.addAll(groups(group.children(), wanted));
			}
		}
		return found;
	}
}
