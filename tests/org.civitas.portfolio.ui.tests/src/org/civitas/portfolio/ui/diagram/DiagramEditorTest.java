package org.civitas.portfolio.ui.diagram;

import static org.civitas.portfolio.ui.diagram.DiagramDriver.bounds;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.canvasOf;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.centre;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.clickMenu;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.directEditField;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.groupOf;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.open;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.problemBadgeOf;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.tool;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.toolItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civitas.diagram.core.Drawings;
import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.files.RepresentationFiles;
import org.civitas.diagram.core.render.SvgWriter;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.scene.ElementProblems;
import org.civitas.diagram.core.scene.Figure.Group;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.Viewpoints;
import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.civitas.diagram.ui.editor.DiagramEditor;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.ModalDialogs;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.civitas.emf.document.ModelDocument;
import org.civitas.emf.document.ModelDocuments;
import org.civitas.emf.document.WorkspaceFiles;
import org.civitas.validation.Finding;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.RuleExtensions;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.civitas.validation.ui.LiveValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An architect works on the example diagrams with the mouse and the keyboard: every example
 * diagram opens; a service comes from the palette and shows in the model tree; a subscription
 * is drawn between an agency and a service; labels are edited in place; nodes are deleted,
 * arranged and layers switched, each undone and redone from the Edit menu; an exported SVG
 * has the structure of the command line's.
 */
@ExtendWith(UiTestExtension.class)
class DiagramEditorTest {

	private static final String MODEL = "state-email-consolidation";
	private IProject examples;

	@BeforeEach
	void freshExamples() throws Exception {
		examples = DiagramDriver.freshExamples();
	}

	@Test
	void everyExampleDiagramOpensAndDraws() throws Exception {
		List<String> opened = new ArrayList<>();
		for (IResource member : examples.members()) {
			if (member instanceof IFile file && "diagram".equals(file.getFileExtension())) {
				DiagramEditor editor = open(file);
				DiagramCanvas canvas = canvasOf(editor);
				assertNotNull(canvas, file.getName() + " shows no drawing");
				assertFalse(canvas.scene().figures().isEmpty(), file.getName() + " draws nothing");
				assertFalse(editor.isDirty(), file.getName() + " is dirty just by opening");
				opened.add(file.getName());
				WorkbenchDriver.page().closeEditor(editor, false);
			}
		}
		assertEquals(15, opened.size(), "example diagrams opened: " + opened);
	}

	@Test
	void theOutlineShowsADiagramWhosePortfolioWasReadInTheBackground() throws Exception {
		open(diagram("service-map"));
		ContentOutline outline = (ContentOutline) WorkbenchDriver.view(IPageLayout.ID_OUTLINE);
		UiDriver.waitUntil("the Outline to show the diagram in miniature",
				() -> outline.getCurrentPage() instanceof IContentOutlinePage page && page.getControl() instanceof Canvas);
	}

	@Test
	void theTabNamesTheDiagramAndItsPortfolioAndFollowsARename() throws Exception {
		DiagramEditor editor = open(diagram("service-map"));
		assertEquals("Service portfolio map \u2014 Statewide E-mail Consolidation", editor.getPartName());
		ImageDescriptor icon = PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor("any.diagram");
		assertTrue(String.valueOf(icon).contains("diagram.svg"), "diagrams have their own icon, in tabs and the explorer: " + icon);
		assertTrue(editor.getTitleToolTip().startsWith("Service portfolio map")
				&& editor.getTitleToolTip().endsWith(diagram("service-map").getFullPath().makeRelative().toString()),
				"the tooltip names the kind and the file: " + editor.getTitleToolTip());
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), portfolio(),
				PortfolioPackage.Literals.NAMED__NAME, "E-mail for the whole state"));
		UiDriver.waitUntil("the tab to follow the portfolio's new name",
				() -> editor.getPartName().equals("Service portfolio map \u2014 E-mail for the whole state"));
	}

	@Test
	void serviceFromThePaletteShowsInTheModelTree() throws Exception {
		DiagramEditor editor = open(diagram("service-map"));
		DiagramCanvas canvas = canvasOf(editor);
		Gestures.click(tool(editor, "newService"));
		int[] empty = emptySpot(canvas);
		Gestures.clickAt(canvas, empty[0], empty[1], SWT.NONE);
		Text label = directEditField(canvas);
		Gestures.type(label, "Shared analytics");
		Gestures.pressEnter(label);

		Portfolio portfolio = portfolio();
		SharedService created = portfolio.getServices().stream()
				.filter(service -> "Shared analytics".equals(service.getName())).findFirst().orElseThrow();
		assertNotNull(groupOf(canvas, created), "the new service is not drawn");
		assertEquals(List.of(created), selected(editor), "the new service is not selected");
		List<Finding> findings = editor.getAdapter(LiveValidation.class).findingsFor(created);
		assertFalse(findings.isEmpty(), "the rules find nothing missing in a service that has nothing but a name");
		Group badge = problemBadgeOf(canvas, created);
		assertNotNull(badge, "the service's findings are not shown on the diagram");
		assertTrue(badge.tooltip().contains(findings.get(0).message()), badge.tooltip());

		PortfolioEditor model = (PortfolioEditor) IDE.openEditor(WorkbenchDriver.page(), modelFile(), PortfolioEditor.ID);
		UiDriver.waitUntil("the model tree shows the new service",
				() -> treeItemStartingWith(modelTree(model), "Shared analytics") != null);
		assertTrue(model.isDirty() && editor.isDirty(), "the model editor and the diagram share one unsaved state");
	}

	@Test
	void selectionFollowsBetweenTheDiagramAndTheModelTree() throws Exception {
		PortfolioEditor model = (PortfolioEditor) IDE.openEditor(WorkbenchDriver.page(), modelFile(), PortfolioEditor.ID);
		Tree tree = UiDriver.waitFor("the model tree", () -> Optional.ofNullable(modelTree(model)));
		DiagramEditor editor = open(diagram("service-map"));
		DiagramCanvas canvas = canvasOf(editor);
		EObject archive = element("archive");
		int[] at = centre(canvas, archive);
		Gestures.clickAt(canvas, at[0], at[1], SWT.NONE);
		UiDriver.waitUntil("the tree selects what the diagram selected", () -> tree.getSelectionCount() == 1
				&& tree.getSelection()[0].getData() == archive);

		WorkbenchDriver.page().activate(model);
		EObject parks = element("parks");
		Gestures.select(UiDriver.waitFor("the agency in the tree",
				() -> Optional.ofNullable(treeItemStartingWith(tree, "Parks and Recreation"))));
		UiDriver.waitUntil("the diagram selects what the tree selected", () -> selected(editor).equals(List.of(parks)));
	}

	@Test
	void doubleClickOnAServiceOpensItsContextOnceCreated() throws Exception {
		DiagramEditor map = open(diagram("service-map"));
		DiagramCanvas canvas = canvasOf(map);
		EObject email = element("email");
		int[] at = centre(canvas, email);
		Gestures.doubleClickAt(canvas, at[0], at[1]);
		DiagramEditor context = UiDriver.waitFor("the service's context diagram", () -> Optional
				.ofNullable(WorkbenchDriver.page().getActiveEditor()).filter(editor -> editor != map)
				.filter(DiagramEditor.class::isInstance).map(DiagramEditor.class::cast));
		String created = context.file().getName();
		assertTrue(created.startsWith(MODEL + ".service-context-"), created);
		assertNotNull(groupOf(canvasOf(context), email), "the context shows the service");
		assertNotNull(groupOf(canvasOf(context), element("health")), "and an agency subscribing to it");

		WorkbenchDriver.page().closeEditor(context, false);
		WorkbenchDriver.page().activate(map);
		Gestures.doubleClickAt(canvas, at[0], at[1]);
		DiagramEditor again = UiDriver.waitFor("the context diagram again", () -> Optional
				.ofNullable(WorkbenchDriver.page().getActiveEditor()).filter(editor -> editor != map)
				.filter(DiagramEditor.class::isInstance).map(DiagramEditor.class::cast));
		assertEquals(created, again.file().getName(), "the diagram made the first time is opened again");
	}

	@Test
	void oneSaveForThePortfolioAndItsDiagrams() throws Exception {
		PortfolioEditor model = (PortfolioEditor) IDE.openEditor(WorkbenchDriver.page(), modelFile(), PortfolioEditor.ID);
		IFile file = diagram("service-map");
		DiagramEditor editor = open(file);
		DiagramCanvas canvas = canvasOf(editor);
		EObject parks = element("parks");
		int[] from = centre(canvas, parks);
		Gestures.drag(canvas, from[0], from[1], from[0] + 100, from[1], SWT.NONE);
		DNode moved = (DNode) representation(editor).getNodes().stream()
				.filter(node -> "parks".equals(node.getElement())).findFirst().orElseThrow();
		assertTrue(model.isDirty() && editor.isDirty(), "both editors show the unsaved move");

		// A question would hold the test in its dialog: a watch closes any and notes what asked.
		List<String> asked = new ArrayList<>();
		boolean[] watched = { false };
		Display display = UiDriver.display();
		display.timerExec(2000, () -> {
			Arrays.stream(display.getShells()).filter(shell -> shell.isVisible() && shell != WorkbenchDriver.shell())
					.forEach(shell -> {
						asked.add(shell.getText());
						shell.close();
					});
			watched[0] = true;
		});
		WorkbenchDriver.page().closeEditor(editor, true);
		UiDriver.waitUntil("the dialog watch to run", () -> watched[0]);
		assertEquals(List.of(), asked, "closing one of two editors of a portfolio asks nothing");
		assertTrue(model.isDirty(), "the move waits in the portfolio's editor");

		WorkbenchDriver.page().activate(model);
		WorkbenchDriver.save();
		assertFalse(model.isDirty());
		String saved = Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
		assertTrue(Pattern.compile("element=\"parks\"\\s+x=\"" + Pattern.quote(String.valueOf(moved.getX())) + '"').matcher(saved).find(),
				"the diagram file has the move: " + saved);
	}

	@Test
	void aPortfolioChangedOnDiskIsReadAgainByItsCleanDiagram() throws Exception {
		DiagramEditor editor = open(diagram("service-map"));
		IFile model = modelFile();
		String text = new String(model.getContents().readAllBytes(), StandardCharsets.UTF_8);
		model.setContents(new ByteArrayInputStream(text.replace("E-mail archiving and legal hold", "Records archive")
				.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		UiDriver.waitUntil("the diagram shows the name from the file", () -> {
			DiagramCanvas canvas = canvasOf(editor);
			return canvas != null && !canvas.isDisposed() && SvgWriter.toSvg(canvas.scene()).contains("Records archive");
		});
		assertFalse(editor.isDirty());
		assertEquals("Records archive", ((SharedService) element("archive")).getName());
	}

	@Test
	void newDiagramOnTheServiceSelectedInTheTree() throws Exception {
		PortfolioEditor model = (PortfolioEditor) IDE.openEditor(WorkbenchDriver.page(), modelFile(), PortfolioEditor.ID);
		Tree tree = UiDriver.waitFor("the model tree", () -> Optional.ofNullable(modelTree(model)));
		Gestures.select(UiDriver.waitFor("the service in the tree",
				() -> Optional.ofNullable(treeItemStartingWith(tree, "E-mail archiving and legal hold"))));
		String[] offered = new String[1];
		ModalDialogs.drive(() -> clickMenu("File", "New", "Diagram"), "New Diagram", wizard -> {
			org.eclipse.swt.widgets.List kinds = Widgets.find(wizard, org.eclipse.swt.widgets.List.class,
					org.eclipse.swt.widgets.List::isVisible, "the kinds");
			offered[0] = kinds.getSelection()[0];
			Gestures.click(Widgets.byText(wizard, Button.class, "Finish"));
		});
		assertEquals("Service context of E-mail archiving and legal hold", offered[0],
				"the wizard proposes the diagram of the selected service");
		DiagramEditor created = UiDriver.waitFor("the new diagram", () -> Optional
				.ofNullable(WorkbenchDriver.page().getActiveEditor()).filter(DiagramEditor.class::isInstance)
				.map(DiagramEditor.class::cast));
		Group focus = groupOf(canvasOf(created), element("archive"));
		assertEquals("Focus", focus.mapping(), "the diagram is drawn on the service");
	}

	@Test
	void aBrokenDiagramFileIsNamedWithItsLineAndLeftAlone() throws Exception {
		IFile broken = examples.getFile("broken.diagram");
		String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<diagram:Representation xmlns:diagram=\"x\"\n  name=\"half <\n";
		broken.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		DiagramEditor editor = open(broken);
		assertNull(canvasOf(editor), "nothing is drawn from a broken file");
		Label problem = Widgets.byId(WorkbenchDriver.partControl(editor), Label.class, "diagram.editor.problem");
		assertTrue(problem.getText().contains("broken.diagram") && problem.getText().contains(":3"), problem.getText());
		assertFalse(editor.isDirty());
		WorkbenchDriver.page().closeEditor(editor, true);
		assertEquals(content, new String(broken.getContents().readAllBytes(), StandardCharsets.UTF_8));
	}

	@Test
	void aDamagedDiagramIsDrawnAsFarAsItCanBeAndTheStatusLineSaysWhatWasLeftOut() throws Exception {
		String content = new String(diagram("dependencies").getContents().readAllBytes(), StandardCharsets.UTF_8);
		String damaged = content.replaceFirst(" mapping=\"Service\"", " mapping=\"Bogus\"");
		IFile file = examples.getFile("damaged.dependencies.diagram");
		file.create(new ByteArrayInputStream(damaged.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);

		DiagramEditor editor = open(file);

		assertNotNull(canvasOf(editor), "the rest of the diagram is drawn");
		UiDriver.processEvents();
		String status = Widgets.findAll(WorkbenchDriver.shell(), org.eclipse.swt.custom.CLabel.class,
				label -> label.getText() != null && label.getText().contains("damaged.dependencies.diagram:")).stream()
				.map(org.eclipse.swt.custom.CLabel::getText).findFirst().orElse("");
		assertTrue(status.contains("names the mapping 'Bogus', which this kind of diagram does not have: it is left out"), status);
		assertFalse(editor.isDirty(), "opening changes nothing");
		WorkbenchDriver.page().closeEditor(editor, false);
		assertEquals(damaged, new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));
	}

	@Test
	void subscriptionDrawnFromAgencyToService() throws Exception {
		DiagramEditor editor = open(diagram("service-map"));
		DiagramCanvas canvas = canvasOf(editor);
		Portfolio portfolio = portfolio();
		EObject parks = element("parks");
		EObject archive = element("archive");
		int before = portfolio.getSubscriptions().size();
		Gestures.click(tool(editor, "newSubscription"));
		int[] from = centre(canvas, parks);
		int[] to = centre(canvas, archive);
		Gestures.drag(canvas, from[0], from[1], to[0], to[1], SWT.NONE);

		assertEquals(before + 1, portfolio.getSubscriptions().size());
		Subscription drawn = portfolio.getSubscriptions().get(before);
		assertEquals(parks, drawn.getConsumer());
		assertEquals(archive, drawn.getService());
		assertNotNull(groupOf(canvas, drawn), "the subscription is not drawn");
		clickMenu("Edit", "Undo Connect with Subscription");
		assertEquals(before, portfolio.getSubscriptions().size());
		assertNull(groupOf(canvas, drawn), "the undone subscription is still drawn");
	}

	@Test
	void labelEditedInPlaceThenUndoneAndRedone() throws Exception {
		DiagramEditor editor = open(diagram("service-map"));
		DiagramCanvas canvas = canvasOf(editor);
		SharedService archive = (SharedService) element("archive");
		int[] at = centre(canvas, archive);
		Gestures.clickAt(canvas, at[0], at[1], SWT.NONE);
		assertEquals(List.of(archive), selected(editor));
		Gestures.pressKey(SWT.NONE, SWT.F2);
		Text label = directEditField(canvas);
		assertEquals("E-mail archiving and legal hold", label.getText());
		Gestures.type(label, "Records archive");
		Gestures.pressEnter(label);
		assertEquals("Records archive", archive.getName());

		clickMenu("Edit", "Undo Rename");
		assertEquals("E-mail archiving and legal hold", archive.getName());
		clickMenu("Edit", "Redo Rename");
		assertEquals("Records archive", archive.getName());
	}

	@Test
	void theKeyboardSelectsAndMoves() throws Exception {
		DiagramEditor editor = open(diagram("service-map"));
		DiagramCanvas canvas = canvasOf(editor);
		EObject parks = element("parks");
		int[] at = centre(canvas, parks);
		Gestures.clickAt(canvas, at[0], at[1], SWT.NONE);
		double[] before = bounds(canvas, parks);
		Gestures.pressKey(SWT.NONE, SWT.ARROW_RIGHT);
		Gestures.pressKey(SWT.SHIFT, SWT.ARROW_DOWN);
		double[] after = bounds(canvas, parks);
		assertEquals(before[0] + 1, after[0], 0.01, "Right moves one pixel");
		assertEquals(before[1] + 10, after[1], 0.01, "Shift+Down moves one grid step");

		// Tab reaches a control as a traversal, which the X test extension cannot type: send that.
		Event tab = new Event();
		tab.detail = SWT.TRAVERSE_TAB_NEXT;
		tab.doit = true;
		canvas.notifyListeners(SWT.Traverse, tab);
		assertFalse(selected(editor).contains(parks), "Tab goes on to the next node");

		Gestures.pressKey(SWT.MOD1, 'a');
		UiDriver.waitUntil("Ctrl+A selects every element drawn", () -> selected(editor).containsAll(
				List.of(parks, element("archive"), element("email"), element("sub-health"))));
	}

	@Test
	void deletedFromTheModelAndBackWhereItWas() throws Exception {
		DiagramEditor editor = open(diagram("service-map"));
		DiagramCanvas canvas = canvasOf(editor);
		Portfolio portfolio = portfolio();
		EObject parks = element("parks");
		double[] placed = bounds(canvas, parks);
		int[] at = centre(canvas, parks);
		Gestures.clickAt(canvas, at[0], at[1], SWT.NONE);
		clickMenu("Edit", "Delete");
		assertFalse(portfolio.getOrganizations().contains(parks), "Delete removes the agency from the model");
		assertNull(groupOf(canvas, parks));

		clickMenu("Edit", "Undo Delete from Model");
		assertTrue(portfolio.getOrganizations().contains(parks));
		assertArrayEquals(placed, bounds(canvas, parks), 0.5);
	}

	@Test
	void nodeDraggedThenEverythingArrangedEachOneUndoableStep() throws Exception {
		DiagramEditor editor = open(diagram("service-map"));
		DiagramCanvas canvas = canvasOf(editor);
		Representation representation = representation(editor);
		EObject parks = element("parks");
		String arranged = positions(representation);
		double[] before = bounds(canvas, parks);
		int[] from = centre(canvas, parks);
		Gestures.drag(canvas, from[0], from[1], from[0] + 200, from[1] + 100, SWT.NONE);
		double[] after = bounds(canvas, parks);
		double zoom = canvas.zoom();
		assertEquals(before[0] + 200 / zoom, after[0], 10, "dragged to the right, on the grid");
		assertEquals(before[1] + 100 / zoom, after[1], 10, "dragged down, on the grid");
		assertEquals(0, after[0] % 10, "snapped to the grid");
		String dragged = positions(representation);

		Gestures.click(toolItem(editor, "Arrange All"));
		// Done when the layout is applied, which offers Arrange All again.
		UiDriver.waitUntil("Arrange All to apply its layout", () -> Job.getJobManager().find(editor).length == 0
				&& toolItem(editor, "Arrange All").isEnabled());
		assertEquals(arranged, positions(representation), "Arrange All lays the diagram out as it was generated");
		clickMenu("Edit", "Undo Arrange All");
		assertEquals(dragged, positions(representation));
		clickMenu("Edit", "Undo Move");
		assertEquals(arranged, positions(representation));
		assertArrayEquals(before, bounds(canvas, parks), 0.5);
	}

	@Test
	void arrangeAllComputesInTheBackgroundAndCanBeCancelled() throws Exception {
		DiagramEditor editor = open(diagram("service-map"));
		DiagramCanvas canvas = canvasOf(editor);
		Representation representation = representation(editor);
		EObject parks = element("parks");
		int[] from = centre(canvas, parks);
		Gestures.drag(canvas, from[0], from[1], from[0] + 200, from[1] + 100, SWT.NONE);
		String dragged = positions(representation);

		Job.getJobManager().suspend();
		try {
			Gestures.click(toolItem(editor, "Arrange All"));
			assertEquals(1, Job.getJobManager().find(editor).length, "the layout waits in the background");
			assertFalse(toolItem(editor, "Arrange All").isEnabled(), "one Arrange All at a time");
			assertEquals(dragged, positions(representation), "nothing moves before the layout is ready");
			Job.getJobManager().cancel(editor);
		} finally {
			Job.getJobManager().resume();
		}
		UiDriver.waitForJobs(editor);
		UiDriver.waitUntil("Arrange All to be offered again", () -> toolItem(editor, "Arrange All").isEnabled());
		assertEquals(dragged, positions(representation), "a cancelled Arrange All changes nothing");
		assertEquals("Move", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel(),
				"a cancelled Arrange All leaves nothing to undo");
	}

	@Test
	void layerSwitchedOnAndUndone() throws Exception {
		DiagramEditor editor = open(diagram("service-map"));
		DiagramCanvas canvas = canvasOf(editor);
		Representation representation = representation(editor);
		String drawn = SvgWriter.toSvg(canvas.scene());
		Gestures.click(Widgets.menuItem(canvas.getMenu(), "Layers and Filters", "Colour by lifecycle"));
		assertTrue(representation.getActiveLayers().contains("lifecycle"));
		assertNotEquals(drawn, SvgWriter.toSvg(canvas.scene()), "the layer changed nothing on the drawing");
		clickMenu("Edit", "Undo Show Layer Colour by lifecycle");
		assertFalse(representation.getActiveLayers().contains("lifecycle"));
		assertEquals(drawn, SvgWriter.toSvg(canvas.scene()));
	}

	@Test
	void exportedSvgHasTheCommandLinesStructure() throws Exception {
		IFile file = diagram("service-map");
		DiagramEditor editor = open(file);
		ModalDialogs.drive(() -> Gestures.click(toolItem(editor, "Export")), "Save As",
				dialog -> Gestures.click(Widgets.byText(dialog, Button.class, "OK")));
		IFile exported = file.getParent().getFile(new org.eclipse.core.runtime.Path(
				file.getFullPath().removeFileExtension().lastSegment() + ".svg"));
		UiDriver.waitUntil("the SVG file is written", exported::exists);
		String fromEditor = Files.readString(exported.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
		assertEquals(structure(commandLineSvg(file)), structure(fromEditor));
	}

	// Helpers

	private IFile diagram(String kind) {
		return examples.getFile(MODEL + '.' + kind + ".diagram");
	}

	private IFile modelFile() {
		return examples.getFile(MODEL + ".portfolio");
	}

	private ModelDocument document() {
		return ModelDocuments.find(WorkspaceFiles.uriOf(modelFile()));
	}

	private Portfolio portfolio() {
		return (Portfolio) document().getRoot();
	}

	private EObject element(String id) {
		return document().find(id);
	}

	private static Representation representation(DiagramEditor editor) {
		Resource resource = editor.getEditingDomain().getResourceSet()
				.getResource(WorkspaceFiles.uriOf(editor.file()), false);
		return (Representation) resource.getContents().get(0);
	}

	/** Every node's position, as text to compare. */
	private static String positions(Representation representation) {
		StringBuilder positions = new StringBuilder();
		representation.eAllContents().forEachRemaining(content -> {
			if (content instanceof DNode node) {
				positions.append(node.getId()).append('=').append(node.getX()).append(',').append(node.getY()).append(';');
			}
		});
		return positions.toString();
	}

	private static List<Object> selected(DiagramEditor editor) {
		return ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList();
	}

	/** A point of the canvas with nothing drawn under it, below the drawing. */
	private static int[] emptySpot(DiagramCanvas canvas) {
		canvas.setZoom(1);
		var scene = canvas.scene();
		canvas.showAt(scene.x(), scene.y() + scene.height() - 40);
		return canvas.toView(scene.x() + 30, scene.y() + scene.height() - 10);
	}

	private static Tree modelTree(PortfolioEditor editor) {
		List<Tree> trees = Widgets.findAll(WorkbenchDriver.partControl(editor), Tree.class, tree -> true);
		return trees.isEmpty() ? null : trees.get(0);
	}

	private static TreeItem treeItemStartingWith(Tree tree, String prefix) {
		List<TreeItem> items = new ArrayList<>(List.of(tree.getItems()));
		while (!items.isEmpty()) {
			TreeItem item = items.remove(0);
			if (item.getText().startsWith(prefix)) {
				return item;
			}
			Widgets.expand(item);
			items.addAll(List.of(item.getItems()));
		}
		return null;
	}

	/**
	 * What {@code civitas export} writes for the diagram file: read afresh, brought up to date,
	 * decorated with the default validation's findings, drawn.
	 */
	private static String commandLineSvg(IFile file) throws Exception {
		Representation representation = RepresentationFiles.load(file.getLocation().toFile().toPath());
		Resource model = new ResourceSetImpl().getResource(
				URI.createFileURI(file.getParent().getFile(new org.eclipse.core.runtime.Path(representation.getModel()))
						.getLocation().toOSString()),
				true);
		DiagramType type = Viewpoints.contributed(ExpressionEngine.withContributedServices())
				.find(representation.getViewpoint(), representation.getDescription()).orElseThrow();
		EObject root = ElementIds.resolve(model, representation.getRoot());
		ModelValidator validator = new ModelValidator(RuleExtensions.registry(Platform.getExtensionRegistry()),
				ValidationProfile.defaults());
		ElementProblems findings = ElementProblems.of(validator.validate(List.of(root), ValidationMode.BATCH));
		return SvgWriter.toSvg(Drawings.refresh(type, representation, root, findings).scene());
	}

	/** The groups of an SVG drawing, in order: their class and the element they draw. */
	private static List<String> structure(String svg) {
		List<String> groups = new ArrayList<>();
		Matcher group = Pattern.compile("<g class=\"([^\"]*)\"([^>]*)>").matcher(svg);
		Pattern element = Pattern.compile("data-element=\"([^\"]*)\"");
		while (group.find()) {
			Matcher drawn = element.matcher(group.group(2));
			groups.add(group.group(1) + ' ' + (drawn.find() ? drawn.group(1) : "-"));
		}
		return groups;
	}
}
