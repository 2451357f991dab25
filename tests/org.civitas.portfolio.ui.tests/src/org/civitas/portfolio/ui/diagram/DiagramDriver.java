package org.civitas.portfolio.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.scene.Figure.Group;
import org.civitas.diagram.core.scene.Figure.Outline;
import org.civitas.diagram.core.scene.Figure;
import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.civitas.diagram.ui.editor.DiagramEditor;
import org.civitas.examples.ExampleProjectInstaller;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.ide.IDE;

/** What the diagram tests do to a diagram editor and read from its drawing, as a user would find things. */
final class DiagramDriver {

	private DiagramDriver() {
	}

	/** The example project as installed, whatever an earlier test did to it. */
	static IProject freshExamples() throws CoreException {
		IProject examples = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProjectInstaller.EXAMPLE_PROJECT_NAME);
		if (examples.exists()) {
			examples.delete(true, true, null);
		}
		ExampleProjectInstaller.install(ResourcesPlugin.getWorkspace(), null);
		examples.refreshLocal(IResource.DEPTH_INFINITE, null);
		return examples;
	}

	static DiagramEditor open(IFile file) throws Exception {
		DiagramEditor editor = (DiagramEditor) IDE.openEditor(WorkbenchDriver.page(), file, DiagramEditor.ID);
		awaitShown(editor);
		return editor;
	}

	/** Waits until the editor has read its model and shows the diagram, or why it cannot. */
	static void awaitShown(DiagramEditor editor) {
		UiDriver.waitUntil("the diagram editor to show its diagram or its problem", () -> canvasOf(editor) != null
				|| !Widgets.findAll(WorkbenchDriver.partControl(editor), Label.class,
						label -> "diagram.editor.problem".equals(label.getData(UiDriver.WIDGET_ID_KEY))).isEmpty());
	}

	/** The editor's drawing surface, or {@code null} when it shows a problem instead. */
	static DiagramCanvas canvasOf(DiagramEditor editor) {
		List<DiagramCanvas> found = Widgets.findAll(WorkbenchDriver.partControl(editor), DiagramCanvas.class,
				canvas -> true);
		return found.isEmpty() ? null : found.get(0);
	}

	/** A palette item, by the name of its tool in the specification. */
	static ToolItem tool(DiagramEditor editor, String toolName) {
		return UiDriver.waitFor("the palette tool " + toolName, () -> items(editor)
				.filter(item -> toolName.equals(item.getData("org.civitas.diagram.ui.tool"))).findFirst());
	}

	/** An item of the editor's tool bar, by the name its tooltip gives it (the buttons are icons). */
	static ToolItem toolItem(DiagramEditor editor, String name) {
		return UiDriver.waitFor("the tool bar item " + name, () -> items(editor).filter(item -> item.getToolTipText() != null
				&& (item.getToolTipText().equals(name) || item.getToolTipText().startsWith(name + " (")
						|| item.getToolTipText().startsWith(name + ":"))).findFirst());
	}

	private static java.util.stream.Stream<ToolItem> items(DiagramEditor editor) {
		return Widgets.findAll(WorkbenchDriver.partControl(editor), ToolBar.class, bar -> true).stream()
				.flatMap(bar -> List.of(bar.getItems()).stream());
	}

	/** The field that edits a label in place on the diagram. */
	static Text directEditField(Control canvas) {
		return UiDriver.waitFor("the label field on the diagram", () -> Widgets
				.findAll(canvas, Text.class, text -> text.getData("org.civitas.diagram.ui.directEdit") != null).stream()
				.findFirst());
	}

	/** Types a label into the field open on the diagram and applies it with Enter. */
	static void name(Control canvas, String label) {
		Text field = directEditField(canvas);
		Gestures.type(field, label);
		Gestures.pressEnter(field);
	}

	static void clickMenu(String... path) {
		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), path));
	}

	/** The scene group drawing a model element (not its decorations), or {@code null}. */
	static Group groupOf(DiagramCanvas canvas, EObject element) {
		return find(canvas.scene().figures(), ElementIds.idOf(element));
	}

	private static Group find(List<Figure> figures, String elementId) {
		for (Figure figure : figures) {
			if (figure instanceof Group group) {
				if (elementId.equals(group.element()) && group.kind() != Figure.Kind.DECORATION) {
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

	/** The decoration badge of the validation findings on an element's node, or {@code null}. */
	static Group problemBadgeOf(DiagramCanvas canvas, EObject element) {
		String id = ElementIds.idOf(element);
		return canvas.scene().figures().stream().filter(Group.class::isInstance).map(Group.class::cast)
				.filter(group -> group.kind() == Figure.Kind.DECORATION && id.equals(group.element())
						&& group.id().endsWith("#problems"))
				.findFirst().orElse(null);
	}

	/** Where an element's shape is drawn: {x, y, width, height} in diagram coordinates. */
	static double[] bounds(DiagramCanvas canvas, EObject element) {
		Group group = groupOf(canvas, element);
		assertNotNull(group, "not drawn: " + ElementIds.idOf(element));
		Outline shape = (Outline) group.children().stream().filter(Outline.class::isInstance).findFirst().orElseThrow();
		return new double[] { shape.x(), shape.y(), shape.width(), shape.height() };
	}

	/** The centre of an element's shape on the canvas, scrolled into view. */
	static int[] centre(DiagramCanvas canvas, EObject element) {
		double[] box = bounds(canvas, element);
		canvas.reveal(box[0], box[1], box[2], box[3]);
		return canvas.toView(box[0] + box[2] / 2, box[1] + box[3] / 2);
	}
}
