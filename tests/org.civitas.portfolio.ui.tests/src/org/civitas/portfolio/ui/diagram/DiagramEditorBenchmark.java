package org.civitas.portfolio.ui.diagram;

import static org.civitas.portfolio.ui.diagram.DiagramDriver.canvasOf;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.clickMenu;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.open;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.toolItem;

import java.util.Arrays;
import java.util.Optional;

import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.Viewpoints;
import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.civitas.diagram.ui.editor.DiagramEditor;
import org.civitas.diagram.ui.editor.DiagramFiles;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.civitas.portfolio.model.synthetic.SyntheticPortfolio;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How the diagram editor feels on a large diagram: the service dependencies diagram of a
 * generated portfolio of 1,000 services and 1,500 dependencies. It prints, as medians: opening
 * the editor until the first paint is on screen; a full repaint at 100% and with the whole
 * diagram in view; one pan step (40 pixels) at both zooms, against the 16 ms of a 60 Hz frame;
 * and Arrange All until the new layout is painted. A benchmark that prints figures, not a test:
 * its name keeps it out of the normal test run. Run it with
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1200x24" ./mvnw -B verify -pl releng/org.civitas.codegen,features/org.civitas.product.feature,tests/org.civitas.portfolio.ui.tests -am \
 *     -Dtest=DiagramEditorBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@ExtendWith(UiTestExtension.class)
class DiagramEditorBenchmark {

	private static final int SERVICES = 1_000;
	private static final int DEPENDENCIES = 1_500;
	private static final int RUNS = 5;
	private static final int FRAMES = 40;
	private static final int PAN_STEP = 40;

	@Test
	void openPaintPanAndArrangeALargeDiagram() throws Exception {
		IFile diagram = generatedDiagram();
		System.out.println("Diagram editor on the dependencies of " + SERVICES + " services, " + DEPENDENCIES
				+ " dependencies (medians; open and Arrange All after one warm-up)");
		double[] opening = new double[RUNS];
		DiagramEditor editor = null;
		for (int run = -1; run < RUNS; run++) {
			if (editor != null) {
				WorkbenchDriver.page().closeEditor(editor, false);
				UiDriver.processEvents();
			}
			long started = System.nanoTime();
			editor = open(diagram);
			DiagramCanvas canvas = canvasOf(editor);
			canvas.redraw();
			canvas.update();
			if (run >= 0) {
				opening[run] = millisSince(started);
			}
		}
		DiagramCanvas canvas = canvasOf(editor);
		canvas.setZoom(1);
		double repaintActual = repaint(canvas);
		double panActual = pan(canvas);
		canvas.zoomToFit();
		UiDriver.processEvents();
		double zoomFit = canvas.zoom();
		double repaintFit = repaint(canvas);
		double panFit = pan(canvas);

		double[] arranging = new double[RUNS];
		for (int run = -1; run < RUNS; run++) {
			long started = System.nanoTime();
			Gestures.click(toolItem(editor, "Arrange All"));
			UiDriver.processEvents();
			canvas.update();
			if (run >= 0) {
				arranging[run] = millisSince(started);
			}
			clickMenu("Edit", "Undo Arrange All");
		}
		WorkbenchDriver.page().closeEditor(editor, false);

		print("open until first paint", median(opening));
		print("full repaint at 100%", repaintActual);
		print(String.format("full repaint at %.0f%% (all in view)", zoomFit * 100), repaintFit);
		print("pan step at 100%", panActual);
		print(String.format("pan step at %.0f%%", zoomFit * 100), panFit);
		print("Arrange All until painted", median(arranging));
	}

	/** A project holding the generated model and its dependencies diagram, laid out. */
	private static IFile generatedDiagram() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("diagram-benchmark");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile model = project.getFile("dependencies.portfolio");
		Portfolio portfolio = SyntheticPortfolio.dependencyGraph(SERVICES, DEPENDENCIES, 42);
		Resource resource = new PortfolioResourceFactory()
				.createResource(URI.createFileURI(model.getLocation().toFile().getAbsolutePath()));
		new ResourceSetImpl().getResources().add(resource);
		resource.getContents().add(portfolio);
		resource.save(null);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		DiagramType dependencies = Viewpoints.contributed(ExpressionEngine.withContributedServices())
				.find("portfolio", "dependencies").orElseThrow();
		Optional<IFile> existing = DiagramFiles.find(model, dependencies, portfolio);
		return existing.isPresent() ? existing.get() : DiagramFiles.create(model, dependencies, portfolio, "Dependencies");
	}

	private static double repaint(DiagramCanvas canvas) {
		double[] frames = new double[FRAMES];
		for (int frame = 0; frame < FRAMES; frame++) {
			long started = System.nanoTime();
			canvas.redraw();
			canvas.update();
			frames[frame] = millisSince(started);
		}
		return median(frames);
	}

	/** Steps down, then back up when the diagram ends, painting each step before the next. */
	private static double pan(DiagramCanvas canvas) {
		double[] frames = new double[FRAMES];
		int direction = 1;
		for (int frame = 0; frame < FRAMES; frame++) {
			double before = canvas.viewport()[1];
			long started = System.nanoTime();
			canvas.scrollBy(0, direction * PAN_STEP);
			canvas.update();
			frames[frame] = millisSince(started);
			if (canvas.viewport()[1] == before) {
				direction = -direction;
			}
		}
		return median(frames);
	}

	private static double millisSince(long started) {
		return (System.nanoTime() - started) / 1e6;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void print(String figure, double millis) {
		System.out.println(String.format("  %-40s %9.1f ms", figure, millis));
	}
}
