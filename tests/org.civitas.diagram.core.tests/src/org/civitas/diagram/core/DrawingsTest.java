package org.civitas.diagram.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import java.util.function.Predicate;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.civitas.diagram.core.render.PngWriter;
import org.civitas.diagram.core.render.SvgWriter;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.scene.ElementProblems;
import org.civitas.diagram.core.scene.Figure;
import org.civitas.diagram.core.scene.Figure.Group;
import org.civitas.diagram.core.scene.Figure.Kind;
import org.civitas.diagram.core.scene.Figure.Outline;
import org.civitas.diagram.core.scene.Figure.Text;
import org.civitas.diagram.core.scene.Scene;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.spec.NodeShape;
import org.civitas.validation.Finding;
import org.civitas.validation.Rule;
import org.civitas.validation.Severity;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** From model to picture: layout, styles, layers, filters, decorations, grid, timeline and export. */
class DrawingsTest {

	private PlanFixture fixture;
	private EObject core;
	private EObject web;
	private EObject design;
	private EObject build;
	private EObject launch;

	@BeforeEach
	void plan() {
		fixture = PlanFixture.coreAndWeb();
		core = fixture.element("t-core");
		web = fixture.element("t-web");
		design = fixture.element("i-design");
		build = fixture.element("i-build");
		launch = fixture.element("i-launch");
	}

	@Test
	void layeredLayoutPlacesEveryNodeWithoutOverlapsAndRoutesEdges() {
		DiagramType teams = PlanFixture.type("teams");
		Representation representation = fixture.representation(teams);

		Drawing drawing = Drawings.refresh(teams, representation, fixture.plan, ElementProblems.NONE);

		List<DNode> items = List.of(node(representation, "i-design"), node(representation, "i-build"),
				node(representation, "i-launch"));
		for (DNode item : items) {
			assertTrue(item.getWidth() >= 80 && item.getHeight() >= 36, item.getId() + " has no size");
		}
		DNode coreNode = representation.getNodes().get(0);
		DNode webNode = representation.getNodes().get(1);
		assertFalse(overlap(coreNode, webNode), "the two teams overlap");
		assertFalse(overlap(node(representation, "i-design"), node(representation, "i-build")));
		for (DNode item : coreNode.getChildren()) {
			assertTrue(item.getX() >= 0 && item.getX() + item.getWidth() <= coreNode.getWidth(),
					item.getElement() + " sticks out of its team");
		}
		// Layered left to right: edges point right, from an item to what it depends on.
		assertTrue(absoluteX(representation, "i-launch") < absoluteX(representation, "i-build"));
		assertTrue(absoluteX(representation, "i-build") < absoluteX(representation, "i-design"));
		representation.getEdges().forEach(edge -> assertTrue(edge.getBendpoints().size() >= 2,
				edge.getId() + " has no route"));
		assertTrue(drawing.problems().isEmpty(), drawing.problems().toString());
	}

	@Test
	void newElementsArePlacedWithoutMovingThePlacedOnes() {
		DiagramType teams = PlanFixture.type("teams");
		Representation representation = fixture.representation(teams);
		Drawings.refresh(teams, representation, fixture.plan, ElementProblems.NONE);
		DNode webNode = representation.getNodes().get(1);
		double webX = webNode.getX();
		double webY = webNode.getY();
		double designX = node(representation, "i-design").getX();

		EObject ops = fixture.team("t-ops", "Operations");
		fixture.item(ops, "i-run", "Run");
		fixture.item(core, "i-test", "Test");
		Drawings.refresh(teams, representation, fixture.plan, ElementProblems.NONE);

		assertEquals(webX, webNode.getX());
		assertEquals(webY, webNode.getY());
		assertEquals(designX, node(representation, "i-design").getX());
		DNode opsNode = representation.getNodes().get(2);
		assertTrue(opsNode.getWidth() > 0, "the new team is placed");
		for (DNode placed : List.of(representation.getNodes().get(0), webNode)) {
			assertFalse(overlap(placed, opsNode), "the new team covers " + placed.getElement());
		}
		DNode test = node(representation, "i-test");
		assertTrue(test.getWidth() > 0 && !(test.getX() == 0 && test.getY() == 0), "the new item is placed");
		DNode coreNode = representation.getNodes().get(0);
		assertTrue(test.getY() + test.getHeight() <= coreNode.getHeight(), "its team grows to hold it");
	}

	@Test
	void arrangeAllLeavesPinnedNodesWhereTheUserPutThem() {
		DiagramType teams = PlanFixture.type("teams");
		Representation representation = fixture.representation(teams);
		Drawings.refresh(teams, representation, fixture.plan, ElementProblems.NONE);
		DNode webNode = representation.getNodes().get(1);
		webNode.setX(900);
		webNode.setY(700);
		webNode.setPinned(true);

		Drawings.arrangeAll(teams, representation, fixture.plan, ElementProblems.NONE);

		assertEquals(900, webNode.getX());
		assertEquals(700, webNode.getY());
	}

	@Test
	void conditionalStylesLayersAndFiltersChangeWhatIsDrawn() {
		PlanFixture.milestone(launch);
		PlanFixture.set(build, "size", 8);
		PlanFixture.dependsOn(design, build);
		DiagramType teams = PlanFixture.type("teams");
		Representation representation = fixture.representation(teams);

		Drawing drawing = Drawings.refresh(teams, representation, fixture.plan, ElementProblems.NONE);
		assertTrue(drawing.problems().isEmpty(), drawing.problems().toString());
		Scene plain = drawing.scene();

		assertEquals(NodeShape.DIAMOND, shapeOf(plain, "i-launch").shape());
		assertEquals("#FEFCBF", shapeOf(plain, "i-launch").fill());
		assertEquals("#C53030", shapeOf(plain, "i-build").stroke(), "in a dependency cycle");
		assertEquals(3, shapeOf(plain, "i-build").strokeWidth());
		assertEquals("#EBF8FF", shapeOf(plain, "i-build").fill());
		assertEquals("#2B6CB0", shapeOf(plain, "i-launch").stroke(), "the base style shows through");

		representation.getActiveLayers().add("sizes");
		Scene sized = Drawings.refresh(teams, representation, fixture.plan, ElementProblems.NONE).scene();
		assertEquals("#FED7D7", shapeOf(sized, "i-build").fill());
		assertEquals(160, node(representation, "i-build").getWidth(), "80 + size 8 * 10");
		assertEquals("#C53030", shapeOf(sized, "i-build").stroke(), "a layer overrides only what it sets");

		representation.getActiveFilters().add("hideMilestones");
		Scene filtered = Drawings.refresh(teams, representation, fixture.plan, ElementProblems.NONE).scene();
		assertTrue(groups(filtered, group -> "i-launch".equals(group.element())).isEmpty());
		assertTrue(groups(filtered, group -> group.kind() == Kind.EDGE && group.id().contains("i-launch")).isEmpty(),
				"edges of hidden nodes go with them");
		assertNotNull(PlanFixture.node(representation, "Item", "i-launch"), "a filter hides, it does not delete");
	}

	@Test
	void aCollapsedContainerShowsItsTitleOnlyAndHidesTheEdgesInside() {
		DiagramType teams = PlanFixture.type("teams");
		Representation representation = fixture.representation(teams);
		Drawings.refresh(teams, representation, fixture.plan, ElementProblems.NONE);
		DNode coreNode = representation.getNodes().get(0);
		double expanded = coreNode.getHeight();

		coreNode.setCollapsed(true);
		Scene scene = Drawings.refresh(teams, representation, fixture.plan, ElementProblems.NONE).scene();

		assertTrue(coreNode.getHeight() < expanded / 2, "only the title is left: " + coreNode.getHeight());
		assertTrue(groups(scene, group -> "i-design".equals(group.element())).isEmpty());
		assertEquals(List.of(), groups(scene, group -> group.kind() == Kind.EDGE).stream().map(Group::id).toList(),
				"both dependencies touch an item of the collapsed team");
		assertEquals(2, coreNode.getChildren().size(), "collapsing hides, it does not delete");
	}

	@Test
	void decorationsMarkProblemsAndPredicates() {
		PlanFixture.set(build, "size", 9);
		Rule rule = Rule.builder("PLN-001").title("Items are small").category("Plan").severity(Severity.WARNING)
				.target(PlanFixture.eClass("Item")).check((element, findings) -> findings.report()).message("too big")
				.build();
		ElementProblems problems = element -> element == build
				? List.of(new Finding(rule, Severity.WARNING, build, null, "Build is too big"))
				: List.of();
		DiagramType teams = PlanFixture.type("teams");

		Scene scene = Drawings.refresh(teams, fixture.representation(teams), fixture.plan, problems).scene();

		List<Group> decorations = groups(scene, group -> group.kind() == Kind.DECORATION);
		assertEquals(2, decorations.size());
		Group warning = decorations.stream().filter(group -> group.id().endsWith("#problems")).findFirst().orElseThrow();
		assertEquals("i-build", warning.element());
		assertEquals("Build is too big", warning.tooltip());
		assertEquals("#DD6B20", ((Outline) warning.children().get(0)).fill());
		Group large = decorations.stream().filter(group -> group.id().endsWith("#large")).findFirst().orElseThrow();
		assertEquals("Size 9", large.tooltip());
		assertEquals(List.of("L"), ((Text) large.children().get(1)).lines());
	}

	@Test
	void aGridPlacesElementsInTheCellsOfTheirValuesAndGathersTheRest() {
		values(design, 1, 1);
		values(build, 3, 3);
		values(launch, 3, 1);
		EObject odd = fixture.item(web, "i-odd", "Odd");
		values(odd, 7, 2);
		DiagramType matrix = PlanFixture.type("matrix");
		Representation representation = fixture.representation(matrix);

		Drawing drawing = Drawings.refresh(matrix, representation, fixture.plan, ElementProblems.NONE);

		Group grid = groups(drawing.scene(), group -> group.kind() == Kind.GRID).get(0);
		List<Outline> cells = grid.children().stream().filter(Outline.class::isInstance).map(Outline.class::cast)
				.filter(cell -> cell.stroke().equals("#CBD5E0")).toList();
		assertEquals(9, cells.size());
		// Rows top to bottom: Likely (3), Possible (2), Rare (1); columns Low (1) to High (3).
		Outline likelyHigh = cells.get(2);
		Outline rareLow = cells.get(6);
		assertEquals("#FED7D7", likelyHigh.fill());
		assertEquals("#C6F6D5", rareLow.fill());
		assertInside(node(representation, "i-build"), likelyHigh);
		assertInside(node(representation, "i-design"), rareLow);
		assertInside(node(representation, "i-launch"), cells.get(0));
		DNode oddNode = node(representation, "i-odd");
		assertTrue(oddNode.getX() > likelyHigh.x() + likelyHigh.width(), "an element without a cell is beside the grid");
		assertTrue(drawing.problems().stream().anyMatch(problem -> problem.element().equals("Odd")
				&& problem.message().contains("Likelihood is 7")), drawing.problems().toString());
		List<String> headers = grid.children().stream().filter(Text.class::isInstance)
				.flatMap(text -> ((Text) text).lines().stream()).toList();
		assertTrue(headers.containsAll(List.of("Likely", "Possible", "Rare", "Low", "Medium", "High", "Impact",
				"Likelihood")), headers.toString());
	}

	@Test
	void aTimelinePlacesElementsByDateInLanes() {
		PlanFixture.dates(design, "2027-01-01", "2027-03-31");
		PlanFixture.dates(build, "2027-02-15", "2027-06-30");
		PlanFixture.dates(launch, "2027-07-01", null);
		EObject undated = fixture.item(web, "i-undated", "Undated");
		DiagramType roadmap = PlanFixture.type("roadmap");
		Representation representation = fixture.representation(roadmap);

		Drawing drawing = Drawings.refresh(roadmap, representation, fixture.plan, ElementProblems.NONE);

		DNode designNode = node(representation, "i-design");
		DNode buildNode = node(representation, "i-build");
		DNode launchNode = node(representation, "i-launch");
		assertEquals(45 * 1.5, buildNode.getX() - designNode.getX(), 1, "45 days at 1.5 pixels a day, in whole pixels");
		assertEquals(135 * 1.5, buildNode.getWidth(), 1, "from its start to its end");
		assertTrue(buildNode.getY() > designNode.getY(), "overlapping items of a lane go to separate rows");
		assertTrue(launchNode.getY() > buildNode.getY() + buildNode.getHeight(), () -> "another team, another lane: " + drawing.problems() + " " + launchNode + " " + buildNode);
		assertTrue(launchNode.getX() > buildNode.getX() + buildNode.getWidth());
		assertTrue(drawing.problems().stream().anyMatch(problem -> problem.element().equals("Undated")));
		assertNotNull(undated);
		Group timeline = groups(drawing.scene(), group -> group.kind() == Kind.TIMELINE).get(0);
		List<String> labels = timeline.children().stream().filter(Text.class::isInstance)
				.flatMap(text -> ((Text) text).lines().stream()).toList();
		assertTrue(labels.containsAll(List.of("Core", "Web")), labels.toString());
		assertTrue(labels.stream().anyMatch(label -> label.endsWith("2027")), labels.toString());
	}

	@Test
	void svgExportIsWellFormedAndNamesEveryElement() throws Exception {
		fixture.link("l-1", design, launch, "informs");
		DiagramType teams = PlanFixture.type("teams");
		Scene scene = Drawings.refresh(teams, fixture.representation(teams), fixture.plan, ElementProblems.NONE)
				.scene();

		String svg = SvgWriter.toSvg(scene);

		Document document = DocumentBuilderFactory.newInstance()
				.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		NodeList groups = document.getElementsByTagName("g");
		List<String> described = new ArrayList<>();
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			described.add(group.getAttribute("class") + " " + group.getAttribute("data-mapping") + " "
					+ group.getAttribute("data-element"));
		}
		assertTrue(described.containsAll(List.of("container Team t-core", "container Team t-web", "node Item i-design",
				"node Item i-build", "node Item i-launch", "edge Link l-1")), described.toString());
		assertEquals(2, described.stream().filter(group -> group.startsWith("edge Dependency")).count());
		assertTrue(svg.contains(">informs</text>"), "edge labels are written");
		assertTrue(svg.contains("<title>Team Core</title>"), "tooltips are titles");
		assertTrue(svg.contains("stroke-dasharray"), "the dashed link style is kept");
	}

	@Test
	void nodesOnTheBorderSitOnTheirOwnersBorder() {
		PlanFixture.milestone(build);
		PlanFixture.milestone(launch);
		DiagramType ports = PlanFixture.type("ports");
		Representation representation = fixture.representation(ports);

		Scene scene = Drawings.refresh(ports, representation, fixture.plan, ElementProblems.NONE).scene();

		DNode coreNode = representation.getNodes().get(0);
		assertEquals(List.of("i-build"), coreNode.getBorderedNodes().stream().map(DNode::getElement).toList());
		DNode port = coreNode.getBorderedNodes().get(0);
		assertEquals(coreNode.getHeight(), port.getY() + port.getHeight() / 2, 1, "centred on the bottom border");
		Group drawn = groups(scene, group -> group.kind() == Kind.BORDERED).stream()
				.filter(group -> "i-build".equals(group.element())).findFirst().orElseThrow();
		Outline diamond = (Outline) drawn.children().get(0);
		assertEquals(NodeShape.DIAMOND, diamond.shape());
		assertEquals(coreNode.getX() + port.getX(), diamond.x(), 0.01, "drawn where the owner is");
	}

	@Test
	void iconsAreDrawnBeforeLabelsAndEmbeddedInSvg() {
		DiagramType teams = PlanFixture.type("teams");
		Scene scene = Drawings.refresh(teams, fixture.representation(teams), fixture.plan, ElementProblems.NONE)
				.scene();

		Group team = groups(scene, group -> group.kind() == Kind.CONTAINER && "t-core".equals(group.element())).get(0);
		Figure.Picture icon = (Figure.Picture) team.children().stream().filter(Figure.Picture.class::isInstance)
				.findFirst().orElseThrow();
		Text title = (Text) team.children().stream().filter(Text.class::isInstance).findFirst().orElseThrow();
		assertTrue(icon.x() < title.x(), "the icon comes before the title");
		assertEquals(0x89, icon.data()[0] & 0xFF, "the PNG file's bytes");
		assertTrue(SvgWriter.toSvg(scene).contains("href=\"data:image/png;base64,iVBOR"));
	}

	@Test
	void pngExportDrawsTheSceneAtTheRequestedScale() throws IOException {
		DiagramType teams = PlanFixture.type("teams");
		Scene scene = Drawings.refresh(teams, fixture.representation(teams), fixture.plan, ElementProblems.NONE)
				.scene();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		double scale = PngWriter.write(scene, 2, out);

		var image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
		assertEquals(2, scale);
		assertEquals(Math.ceil(scene.width() * 2), image.getWidth());
		assertEquals(Math.ceil(scene.height() * 2), image.getHeight());
		Outline designShape = shapeOf(scene, "i-design");
		int inside = image.getRGB((int) ((designShape.x() + 3 - scene.x()) * 2),
				(int) ((designShape.y() + designShape.height() / 2 - scene.y()) * 2));
		assertEquals(0xEBF8FF, inside & 0xFFFFFF, "the node is filled with its colour");
	}

	private static void values(EObject item, int likelihood, int impact) {
		PlanFixture.set(item, "likelihood", likelihood);
		PlanFixture.set(item, "impact", impact);
	}

	private static void assertInside(DNode node, Outline cell) {
		assertTrue(node.getX() >= cell.x() && node.getX() + node.getWidth() <= cell.x() + cell.width()
				&& node.getY() >= cell.y() && node.getY() + node.getHeight() <= cell.y() + cell.height(),
				node.getElement() + " is not in its cell");
	}

	private static DNode node(Representation representation, String element) {
		for (String mapping : List.of("Item", "Risk", "Bar")) {
			DNode node = PlanFixture.node(representation, mapping, element);
			if (node != null) {
				return node;
			}
		}
		throw new AssertionError("no node for " + element);
	}

	private static double absoluteX(Representation representation, String element) {
		DNode node = node(representation, element);
		return node.getX() + (node.eContainer() instanceof DNode parent ? parent.getX() : 0);
	}

	private static boolean overlap(DNode a, DNode b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
				&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
	}

	private static Outline shapeOf(Scene scene, String element) {
		Group group = groups(scene, candidate -> element.equals(candidate.element())
				&& (candidate.kind() == Kind.NODE || candidate.kind() == Kind.CONTAINER)).get(0);
		return (Outline) group.children().get(0);
	}

	private static List<Group> groups(Scene scene, Predicate<Group> wanted) {
		List<Group> found = new ArrayList<>();
		collect(scene.figures(), wanted, found);
		return found;
	}

	private static void collect(List<Figure> figures, Predicate<Group> wanted, List<Group> found) {
		for (Figure figure : figures) {
			if (figure instanceof Group group) {
				if (wanted.test(group)) {
					found.add(group);
				}
				collect(group.children(), wanted, found);
			}
		}
	}

}
