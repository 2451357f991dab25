package org.civitas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.civitas.examples.ExamplePortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;

/** {@code civitas diagrams} and {@code civitas export}, as a board's CI job uses them: no display. */
class DiagramCommandsTest {

	private static final List<String> KINDS = List.of("dependencies", "governance", "risk-matrix", "roadmap",
			"service-map");

	@TempDir
	Path folder;

	private final CommandRunner cli = new CommandRunner();

	/** Copies an example portfolio, with its diagrams or without, into the test folder. */
	private Path example(String stem, boolean withDiagrams) throws IOException {
		URL model = ExamplePortfolios.all().stream().filter(url -> url.getPath().endsWith('/' + stem + ".portfolio"))
				.findFirst().orElseThrow();
		String parent = model.getPath().substring(0, model.getPath().lastIndexOf('/'));
		for (URL entry : Collections.list(FrameworkUtil.getBundle(ExamplePortfolios.class).findEntries(parent,
				withDiagrams ? stem + ".*" : stem + ".portfolio", false))) {
			try (InputStream in = entry.openStream()) {
				Files.copy(in, folder.resolve(entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1)));
			}
		}
		return folder.resolve(stem + ".portfolio");
	}

	@Test
	void diagramsCreatesOneOfEachKindOnceAndListsThem() throws IOException {
		Path model = example("state-recovery-center", false);

		assertEquals(0, cli.run("diagrams", model.toString(), "--create"), cli.err());
		assertEquals(5, cli.out().lines().filter(line -> line.startsWith("created ")).count(), cli.out());
		for (String kind : KINDS) {
			assertTrue(Files.exists(folder.resolve("state-recovery-center." + kind + ".diagram")), kind);
		}
		assertEquals(0, cli.run("diagrams", model.toString(), "--create"));
		assertEquals("", cli.out(), "nothing is created twice");

		assertEquals(0, cli.run("diagrams", model.toString()));
		List<String> listed = cli.out().lines().toList();
		assertEquals(5, listed.size());
		assertEquals("Governance structure\tportfolio/governance\tstate-recovery-center.governance.diagram",
				listed.get(0));
	}

	@Test
	void exportWritesEveryDiagramOfAModelAsWellFormedSvg() throws Exception {
		Path model = example("federal-grants-portal", true);
		Path output = folder.resolve("site");

		assertEquals(0, cli.run("export", model.toString(), "--format", "svg", "--output", output.toString()), cli.err());

		for (String kind : KINDS) {
			Path svg = output.resolve("federal-grants-portal." + kind + ".svg");
			assertTrue(Files.exists(svg), kind);
			Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
			assertEquals("svg", document.getDocumentElement().getTagName());
			assertTrue(document.getElementsByTagName("g").getLength() > 0, kind + " is empty");
		}
		assertTrue(cli.out().contains("federal-grants-portal.service-map.svg: Service portfolio map, "), cli.out());
	}

	@Test
	void exportWritesEveryListOfAModelAsAWorkbookOrAsCsvFiles() throws Exception {
		Path model = example("federal-grants-portal", false);
		Path output = folder.resolve("tables");

		assertEquals(0, cli.run("export", model.toString(), "--format", "xlsx", "--output", output.toString()), cli.err());
		Path workbook = output.resolve("federal-grants-portal.xlsx");
		assertTrue(cli.out().startsWith("wrote " + workbook + ": "), cli.out());
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
			assertTrue(zip.getEntry("xl/workbook.xml") != null, "an Excel workbook");
		}

		assertEquals(0, cli.run("export", model.toString(), "--format", "csv", "--output", output.toString()), cli.err());
		Path services = output.resolve("federal-grants-portal").resolve("Services.csv");
		List<String> lines = Files.readAllLines(services);
		assertTrue(lines.get(0).startsWith("\uFEFFID,Name,"), lines.get(0));
		assertEquals(4, lines.size(), "the headers and the three services");

		assertEquals(1, cli.run("export", folder.resolve("federal-grants-portal.service-map.diagram").toString(), "--format",
				"xlsx", "--output", output.toString()));
	}

	@Test
	void exportDrawsEachKindForAModelWithoutDiagrams() throws IOException {
		Path model = example("state-email-consolidation", false);

		assertEquals(0, cli.run("export", model.toString(), "--output", folder.toString()), cli.err());

		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(KINDS.stream().map(kind -> "state-email-consolidation." + kind + ".svg").toList(),
					files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".svg")).sorted()
							.toList());
		}
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(0, files.filter(file -> file.toString().endsWith(".diagram")).count(),
					"export writes no diagram file");
		}
	}

	@Test
	void exportOfOneDiagramAsPngChangesNoFile() throws IOException {
		Path model = example("state-email-consolidation", true);
		Path diagram = folder.resolve("state-email-consolidation.risk-matrix.diagram");
		byte[] diagramBefore = Files.readAllBytes(diagram);
		byte[] modelBefore = Files.readAllBytes(model);

		assertEquals(0, cli.run("export", diagram.toString(), "--format", "png", "--scale", "2", "--output",
				folder.resolve("png").toString()), cli.err());

		var image = ImageIO.read(new ByteArrayInputStream(
				Files.readAllBytes(folder.resolve("png/state-email-consolidation.risk-matrix.png"))));
		assertTrue(image.getWidth() > 400 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
		assertArrayEquals(diagramBefore, Files.readAllBytes(diagram));
		assertArrayEquals(modelBefore, Files.readAllBytes(model));
	}

	@Test
	void badExportInputIsOneLineNamingTheFile() throws IOException {
		Path model = example("state-email-consolidation", true);
		Path diagram = folder.resolve("state-email-consolidation.roadmap.diagram");

		assertEquals(2, cli.run("export", model.toString(), "--format", "pdf"));
		assertTrue(cli.err().contains("--format takes svg or png (diagrams), or xlsx, csv (a model's lists), not \"pdf\""), cli.err());

		Files.delete(model);
		assertEquals(1, cli.run("export", diagram.toString()));
		assertTrue(cli.err().startsWith("civitas export: "), cli.err());
		assertTrue(cli.err().contains("state-email-consolidation.portfolio"), cli.err());
		assertEquals(1, cli.err().lines().count(), cli.err());

		Path foreign = folder.resolve("other.diagram");
		Files.writeString(foreign, Files.readString(diagram).replace("description=\"roadmap\"",
				"description=\"org-chart\""));
		example("state-email-consolidation", false);
		assertEquals(1, cli.run("export", foreign.toString()));
		assertTrue(cli.err().contains("portfolio/org-chart is not installed"), cli.err());
		assertTrue(cli.err().contains("portfolio/risk-matrix"), "names what is installed: " + cli.err());

		Path broken = folder.resolve("broken.diagram");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<diagram:Representation xmlns:diagram=\"http://civitas.org/diagram/1.0\"\n  name=\"x\"><nodes");
		assertEquals(1, cli.run("export", broken.toString()));
		assertTrue(cli.err().contains(broken + ":3:"), cli.err());
	}

	@Test
	void aPositionThatIsNotANumberIsDrawnAnewAndNamedWithItsLine() throws IOException {
		example("state-email-consolidation", true);
		Path diagram = folder.resolve("state-email-consolidation.service-map.diagram");
		List<String> lines = Files.readAllLines(diagram);
		int broken = -1;
		for (int i = 0; i < lines.size() && broken < 0; i++) {
			if (lines.get(i).contains(" x=\"")) {
				lines.set(i, lines.get(i).replaceFirst(" x=\"[^\"]*\"", " x=\"NaN\""));
				broken = i + 1;
			}
		}
		Files.write(diagram, lines);
		// Elements are placed by the line where their start tag ends.
		while (!lines.get(broken - 1).contains(">")) {
			broken++;
		}
		Path images = folder.resolve("images");

		assertEquals(0, cli.run("export", diagram.toString(), "--output", images.toString()), cli.err());

		assertTrue(cli.out().contains("  " + diagram + ":" + broken + ": warning: the position of "), cli.out());
		assertTrue(cli.out().contains(" is not a number; it is placed anew"), cli.out());
		String svg = Files.readString(images.resolve("state-email-consolidation.service-map.svg"));
		assertTrue(!svg.contains("NaN") && !svg.contains("Infinity"), "no NaN drawn");
	}

	@Test
	void nodesThatStandForNothingAreNamedWithTheirLineNotDroppedSilently() throws IOException {
		example("state-email-consolidation", true);
		Path diagram = folder.resolve("state-email-consolidation.dependencies.diagram");
		List<String> lines = Files.readAllLines(diagram);
		int unknownMapping = 0;
		int missingElement = 0;
		for (int i = 0; i < lines.size() && (unknownMapping == 0 || missingElement == 0); i++) {
			String line = lines.get(i);
			if (line.contains("<nodes ") && line.contains(" mapping=\"") && unknownMapping == 0) {
				lines.set(i, line.replaceFirst(" mapping=\"[^\"]*\"", " mapping=\"Bogus\""));
				unknownMapping = endOfTag(lines, i);
			} else if (line.contains("<nodes ") && line.contains(" element=\"") && missingElement == 0) {
				lines.set(i, line.replaceFirst(" element=\"[^\"]*\"", " element=\"no-such-service\""));
				missingElement = endOfTag(lines, i);
			}
		}
		Files.write(diagram, lines);

		assertEquals(0, cli.run("export", diagram.toString(), "--output", folder.resolve("images").toString()), cli.err());

		assertTrue(cli.out().contains("  " + diagram + ":" + unknownMapping + ": warning: the node ")
				&& cli.out().contains(" names the mapping 'Bogus', which this kind of diagram does not have: it is left out"), cli.out());
		assertTrue(cli.out().contains("  " + diagram + ":" + missingElement + ": warning: the node ")
				&& cli.out().contains(" stands for the element 'no-such-service', which is not in the model: it is left out"), cli.out());
	}

	/** The line (from 1) where the start tag beginning at {@code index} ends: where readers place an element. */
	private static int endOfTag(List<String> lines, int index) {
		int end = index;
		while (!lines.get(end).contains(">")) {
			end++;
		}
		return end + 1;
	}

	@Test
	void aDiagramMayOnlyNameAModelInItsOwnFolderTree() throws IOException {
		example("state-email-consolidation", true);
		String diagram = Files.readString(folder.resolve("state-email-consolidation.roadmap.diagram"));
		for (String outside : List.of("/etc/passwd", "../../../../etc/hostname", "sub/../../x.portfolio")) {
			Path hostile = folder.resolve("hostile.diagram");
			Files.writeString(hostile, diagram.replace("model=\"state-email-consolidation.portfolio\"", "model=\"" + outside + "\""));

			assertEquals(1, cli.run("export", hostile.toString(), "--output", folder.resolve("out").toString()), outside);

			assertTrue(cli.err().matches("civitas export: " + hostile.toString().replace(".", "\\.")
					+ ":4: the diagram's model '.*' is outside the diagram's folder; .*\n"), cli.err());
		}
		Path linked = Files.createSymbolicLink(folder.resolve("linked.portfolio"), Path.of("/etc/hostname"));
		Path hostile = folder.resolve("linked.diagram");
		Files.writeString(hostile, diagram.replace("model=\"state-email-consolidation.portfolio\"", "model=\"" + linked.getFileName() + "\""));
		assertEquals(1, cli.run("export", hostile.toString()));
		assertTrue(cli.err().contains("is outside the diagram's folder"), cli.err());
	}

	@Test
	void viewpointsListsTheInstalledKindsAndChecksASpecificationWithItsLines() throws IOException {
		assertEquals(0, cli.run("viewpoints"));
		assertTrue(cli.out().contains("  risk-matrix\tRisk matrix, on Portfolio"), cli.out());

		Path specification = folder.resolve("mine.viewpoint");
		Files.writeString(specification, """
				<?xml version="1.0" encoding="UTF-8"?>
				<spec:Viewpoint xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:spec="http://civitas.org/diagram/spec/1.0" name="mine">
				  <diagrams name="services" domainClass="portfolio::Portfolio">
				    <layout xsi:type="spec:FreeLayout"/>
				    <defaultLayer name="default">
				      <nodeMappings name="Service" domainClass="SharedService" labelExpression="self.nmae"/>
				    </defaultLayer>
				  </diagrams>
				</spec:Viewpoint>
				""");

		assertEquals(1, cli.run("viewpoints", specification.toString()));
		assertTrue(cli.out().contains("mine.viewpoint:6: error: diagram 'services' \u203a layer 'default' \u203a node "
				+ "mapping 'Service': label expression: SharedService has no feature 'nmae'"), cli.out());
		assertEquals("civitas viewpoints: 1 error in the specifications", cli.err().strip());
	}
}
