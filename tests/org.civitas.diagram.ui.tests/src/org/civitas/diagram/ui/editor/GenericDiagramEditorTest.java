package org.civitas.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.civitas.diagram.core.scene.Figure;
import org.civitas.diagram.core.scene.Figure.Group;
import org.civitas.diagram.core.scene.Figure.Outline;
import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;

/**
 * The diagram editor knows diagrams only through their specification: on a library of shelves
 * and books (this fragment's viewpoint, nothing of portfolios) it draws, creates from the
 * palette, moves, switches a layer and a filter, deletes and undoes, and saves the model and
 * the diagram together.
 */
@ExtendWith(UiTestExtension.class)
class GenericDiagramEditorTest {

	private IProject project;
	private DiagramEditor editor;
	private DiagramCanvas canvas;

	@BeforeEach
	void openTheShelves() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("library-" + System.nanoTime());
		project.create(null);
		project.open(null);
		copyFixture("city.library");
		IFile diagram = copyFixture("city.shelves.diagram");
		editor = (DiagramEditor) IDE.openEditor(WorkbenchDriver.page(), diagram, DiagramEditor.ID);
		UiDriver.waitUntil("the editor to show the shelves or why it cannot", () -> shown() != null || problem() != null);
		assertNull(problem(), "the editor shows a problem instead of the diagram");
		canvas = shown();
	}

	private DiagramCanvas shown() {
		return Widgets.findAll(WorkbenchDriver.partControl(editor), DiagramCanvas.class, found -> true).stream()
				.findFirst().orElse(null);
	}

	private String problem() {
		return Widgets.findAll(WorkbenchDriver.partControl(editor), Label.class,
				label -> "diagram.editor.problem".equals(label.getData(UiDriver.WIDGET_ID_KEY))).stream()
				.map(Label::getText).findFirst().orElse(null);
	}

	@AfterEach
	void close() throws Exception {
		WorkbenchDriver.page().closeAllEditors(false);
		project.delete(true, null);
	}

	private IFile copyFixture(String name) throws Exception {
		IFile file = project.getFile(name);
		// The host's class loader loads this fragment's classes; findEntries looks into its fragments too.
		try (InputStream content = FrameworkUtil.getBundle(getClass()).findEntries("data", name, false).nextElement().openStream()) {
			file.create(content, true, null);
		}
		return file;
	}

	private Resource model() {
		return editor.getEditingDomain().getResourceSet().getResources().stream()
				.filter(resource -> resource.getURI().lastSegment().equals("city.library")).findFirst().orElseThrow();
	}

	private EObject element(String id) {
		return model().getEObject(id);
	}

	@SuppressWarnings("unchecked")
	private static EList<EObject> books(EObject shelf) {
		return (EList<EObject>) shelf.eGet(shelf.eClass().getEStructuralFeature("books"));
	}

	private Group drawn(String elementId) {
		return find(canvas.scene().figures(), elementId);
	}

	private static Group find(List<Figure> figures, String elementId) {
		for (Figure figure : figures) {
			if (figure instanceof Group group) {
				if (elementId.equals(group.element()) && group.kind() != Figure.Kind.DECORATION && group.kind() != Figure.Kind.EDGE) {
					return group;
				}
				Group inside = find(group.children(), elementId);
				if (inside != null) {
					return inside;
				}
			}
		}
		return null;
	}

	private boolean anEdgeIsDrawn() {
		return canvas.scene().figures().stream().anyMatch(figure -> figure instanceof Group group && group.kind() == Figure.Kind.EDGE);
	}

	/** {x, y, width, height} of an element's shape, in diagram coordinates. */
	private double[] bounds(String elementId) {
		Group group = drawn(elementId);
		assertNotNull(group, "not drawn: " + elementId);
		Outline shape = (Outline) group.children().stream().filter(Outline.class::isInstance).findFirst().orElseThrow();
		return new double[] { shape.x(), shape.y(), shape.width(), shape.height() };
	}

	private int[] onCanvas(double x, double y) {
		return canvas.toView(x, y);
	}

	private ToolItem paletteTool(String name) {
		return UiDriver.waitFor("the palette tool " + name, () -> Widgets
				.findAll(WorkbenchDriver.partControl(editor), ToolBar.class, bar -> true).stream()
				.flatMap(bar -> List.of(bar.getItems()).stream())
				.filter(item -> name.equals(item.getData("org.civitas.diagram.ui.tool"))).findFirst());
	}

	private static void clickMenu(String... path) {
		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), path));
	}

	@Test
	void drawsTheLibraryFromItsSpecification() {
		assertEquals("Shelves \u2014 City Library", editor.getPartName(), "the tab names the diagram kind and the model");
		for (String id : List.of("novels", "history", "dune", "messiah", "spqr")) {
			assertNotNull(drawn(id), id + " is not drawn");
		}
		assertFalse(anEdgeIsDrawn(), "sequels are on a layer that is off by default");
	}

	@Test
	void aBookFromThePaletteMovedThenUndone() {
		Gestures.click(paletteTool("newBook"));
		double[] shelf = bounds("history");
		int[] inside = onCanvas(shelf[0] + shelf[2] - 6, shelf[1] + shelf[3] - 6);
		Gestures.clickAt(canvas, inside[0], inside[1], SWT.NONE);
		EObject history = element("history");
		assertEquals(2, books(history).size(), "the palette's book went onto the clicked shelf");
		EObject created = books(history).get(1);
		assertEquals("Untitled", created.eGet(created.eClass().getEStructuralFeature("title")));

		double[] before = bounds("spqr");
		canvas.reveal(before[0], before[1], before[2], before[3]);
		int[] from = onCanvas(before[0] + before[2] / 2, before[1] + before[3] / 2);
		Gestures.drag(canvas, from[0], from[1], from[0] + 120, from[1] + 60, SWT.NONE);
		assertTrue(bounds("spqr")[0] > before[0], "the book was dragged to the right");
		clickMenu("Edit", "Undo Move");
		assertEquals(before[0], bounds("spqr")[0], 0.5);
		assertEquals(before[1], bounds("spqr")[1], 0.5);
	}

	@Test
	void aLayerAndAFilterFromTheDiagramsMenu() {
		Gestures.click(Widgets.menuItem(canvas.getMenu(), "Layers and Filters", "Sequels"));
		assertTrue(anEdgeIsDrawn(), "the Sequels layer draws Dune's sequel");
		Gestures.click(Widgets.menuItem(canvas.getMenu(), "Layers and Filters", "Hide lent books"));
		assertNull(drawn("messiah"), "the lent book is filtered out");
		assertNotNull(drawn("dune"));
		clickMenu("Edit", "Undo Filter Hide lent books");
		assertNotNull(drawn("messiah"));
		clickMenu("Edit", "Undo Show Layer Sequels");
		assertFalse(anEdgeIsDrawn());
	}

	@Test
	void deletedFromTheModelUndoneThenSavedWithTheDiagram() throws Exception {
		double[] dune = bounds("dune");
		canvas.reveal(dune[0], dune[1], dune[2], dune[3]);
		int[] at = onCanvas(dune[0] + dune[2] / 2, dune[1] + dune[3] / 2);
		Gestures.clickAt(canvas, at[0], at[1], SWT.NONE);
		clickMenu("Edit", "Delete");
		assertNull(element("dune"), "Delete removes the book from the library");
		assertNull(drawn("dune"));
		clickMenu("Edit", "Undo Delete from Model");
		assertNotNull(element("dune"));
		assertNotNull(drawn("dune"));

		Gestures.drag(canvas, at[0], at[1], at[0] + 100, at[1], SWT.NONE);
		WorkbenchDriver.save();
		assertFalse(editor.isDirty());
		String diagram = new String(project.getFile("city.shelves.diagram").getContents(true).readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(diagram.contains("element=\"dune\""), "the diagram file holds the drawn books: " + diagram);
	}
}
