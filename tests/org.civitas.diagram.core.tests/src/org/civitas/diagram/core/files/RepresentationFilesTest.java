package org.civitas.diagram.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.civitas.diagram.core.Drawings;
import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.PlanFixture;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.scene.ElementProblems;
import org.civitas.diagram.core.spec.DiagramType;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file per diagram, beside its model, listed without being loaded. */
class RepresentationFilesTest {

	@TempDir
	Path folder;

	@Test
	void aSavedDiagramLoadsWithItsLayoutAndState() throws IOException {
		PlanFixture fixture = new PlanFixture();
		EObject core = fixture.team("t-core", "Core");
		fixture.item(core, "i-design", "Design");
		DiagramType teams = PlanFixture.type("teams");
		Path model = folder.resolve("roll-out.plan");
		Path file = RepresentationFiles.newFile(model, "Teams");
		Representation representation = RepresentationFiles.create(teams, fixture.plan, "Teams", model, file);
		representation.getActiveLayers().add("sizes");
		Drawings.refresh(teams, representation, fixture.plan, ElementProblems.NONE);
		representation.getNodes().get(0).setPinned(true);

		RepresentationFiles.save(representation, file);
		Representation loaded = RepresentationFiles.load(file);

		assertEquals(folder.resolve("roll-out.teams.diagram"), file);
		assertEquals("roll-out.plan", loaded.getModel());
		assertEquals(ElementIds.idOf(fixture.plan), loaded.getRoot(), "a plan has no ID, so its URI fragment");
		assertEquals(List.of("sizes"), loaded.getActiveLayers());
		DNode team = loaded.getNodes().get(0);
		assertTrue(team.isPinned());
		assertEquals(representation.getNodes().get(0).getWidth(), team.getWidth());
		assertEquals("i-design", team.getChildren().get(0).getElement());
		assertTrue(Files.readString(file).contains("id=\"Team:t-core/Item:i-design\""),
				"identifiers are readable, so diagrams diff well");
	}

	@Test
	void listingReadsOnlyTheFirstElementOfEachFile() throws IOException {
		Path model = folder.resolve("roll-out.plan");
		Files.writeString(folder.resolve("roll-out.teams.diagram"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<diagram:Representation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:diagram="http://civitas.org/diagram/1.0" name="Teams" viewpoint="plan"
				    description="teams" model="roll-out.plan" root="p">
				  <nodes this part is broken and never read
				""");
		Files.writeString(folder.resolve("other.teams.diagram"), """
				<diagram:Representation xmlns:diagram="http://civitas.org/diagram/1.0" name="Other"
				    viewpoint="plan" description="teams" model="other.plan" root="q"/>
				""");
		Files.writeString(folder.resolve("notes.diagram"), "<notes/>");

		List<RepresentationSummary> listed = RepresentationFiles.list(model);

		assertEquals(1, listed.size());
		assertEquals("Teams", listed.get(0).name());
		assertEquals("teams", listed.get(0).description());
		assertEquals(folder.resolve("roll-out.teams.diagram"), listed.get(0).file());
	}

	@Test
	void aBrokenFileIsReportedWithItsNameAndLine() throws IOException {
		Path file = folder.resolve("broken.diagram");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<diagram:Representation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:diagram="http://civitas.org/diagram/1.0" name="Teams">
				  <nodes id="a" mapping="Team" x="ten"/>
				</diagram:Representation>
				""");

		IOException failure = assertThrows(IOException.class, () -> RepresentationFiles.load(file));

		assertTrue(failure.getMessage().startsWith(file + ":4:"), failure.getMessage());
		assertTrue(failure.getMessage().contains("ten"), failure.getMessage());
	}

	@Test
	void newFilesNeverOverwriteAnotherDiagram() throws IOException {
		Path model = folder.resolve("roll-out.plan");
		Files.writeString(folder.resolve("roll-out.risk-matrix.diagram"), "<x/>");

		assertEquals(folder.resolve("roll-out.risk-matrix-2.diagram"), RepresentationFiles.newFile(model, "Risk matrix"));
		assertEquals(folder.resolve("roll-out.diagram.diagram"), RepresentationFiles.newFile(model, "%%%"));
	}
}
