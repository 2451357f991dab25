package org.civitas.portfolio.ui.diagram;

import static org.civitas.portfolio.ui.diagram.DiagramDriver.canvasOf;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.open;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.civitas.diagram.core.scene.Figure.Group;
import org.civitas.diagram.core.scene.Figure.Kind;
import org.civitas.diagram.core.scene.Figure.Outline;
import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.civitas.diagram.ui.editor.DiagramEditor;
import org.civitas.examples.ExampleProjectInstaller;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.Screenshots;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The screenshots of the diagram editor in {@code docs/images/editor}, one per example diagram,
 * taken from the running product with the whole diagram in view and the first node of a model
 * element selected (so the Properties view shows it). Not a test: its name keeps it out of the normal run. Run
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify -pl releng/org.civitas.codegen,features/org.civitas.product.feature,tests/org.civitas.portfolio.ui.tests -am \
 *     -Dtest=DiagramScreenshots -Dsurefire.failIfNoSpecifiedTests=false "-Dcivitas.test.vmargs=-Xmx1g -Dcivitas.screenshots=$PWD/docs/images"
 * </pre>
 */
@ExtendWith(UiTestExtension.class)
class DiagramScreenshots {

	private static final Path FOLDER = Path.of(System.getProperty("civitas.screenshots", "target/screenshots"))
			.resolve("editor");

	/** Clicks the first node drawn for a model element, so that the Properties view shows it. */
	private static void selectFirstElement(DiagramCanvas canvas) {
		canvas.scene().figures().stream().filter(Group.class::isInstance).map(Group.class::cast)
				.flatMap(DiagramScreenshots::withChildren)
				.filter(group -> group.kind() == Kind.NODE && group.element() != null).findFirst()
				.flatMap(group -> group.children().stream().filter(Outline.class::isInstance).map(Outline.class::cast)
						.findFirst())
				.ifPresent(shape -> {
					int[] at = canvas.toView(shape.x() + shape.width() / 2, shape.y() + shape.height() / 2);
					Gestures.clickAt(canvas, at[0], at[1], SWT.NONE);
				});
	}

	private static Stream<Group> withChildren(Group group) {
		return Stream.concat(Stream.of(group), group.children().stream().filter(Group.class::isInstance)
				.map(Group.class::cast).flatMap(DiagramScreenshots::withChildren));
	}

	@Test
	void editorOnEveryExampleDiagram() throws Exception {
		Shell shell = WorkbenchDriver.shell();
		shell.setBounds(0, 0, 1440, 900);
		shell.layout(true, true);
		IProject examples = ResourcesPlugin.getWorkspace().getRoot()
				.getProject(ExampleProjectInstaller.EXAMPLE_PROJECT_NAME);
		if (!examples.exists()) {
			ExampleProjectInstaller.install(ResourcesPlugin.getWorkspace(), null);
		}
		for (IResource member : examples.members()) {
			if (member instanceof IFile file && "diagram".equals(file.getFileExtension())) {
				DiagramEditor editor = open(file);
				DiagramCanvas canvas = canvasOf(editor);
				UiDriver.processEvents();
				canvas.zoomToFit();
				selectFirstElement(canvas);
				UiDriver.waitForJobs();
				String name = file.getFullPath().removeFileExtension().lastSegment();
				Screenshots.capture(shell, FOLDER.resolve(name + ".png"));
				WorkbenchDriver.page().closeEditor(editor, false);
			}
		}
	}
}
