package org.civitas.portfolio.ui.diagram;

import static org.civitas.portfolio.ui.diagram.DiagramDriver.canvasOf;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.open;

import java.nio.file.Path;

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
 * taken from the running product with the whole diagram in view and its first node selected
 * (so the Properties view shows it). Not a test: its name keeps it out of the normal run. Run
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
				Gestures.focus(canvas);
				Gestures.pressKey(SWT.NONE, SWT.TAB);
				UiDriver.waitForJobs();
				String name = file.getFullPath().removeFileExtension().lastSegment();
				Screenshots.capture(shell, FOLDER.resolve(name + ".png"));
				WorkbenchDriver.page().closeEditor(editor, false);
			}
		}
	}
}
