package org.civitas.portfolio.ui.diagram;

import static org.civitas.portfolio.ui.diagram.DiagramDriver.canvasOf;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.clickMenu;
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
import org.civitas.testing.ui.UiStalls;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How the diagram editor feels on a large diagram: the service dependencies diagram of a
 * generated portfolio of 1,000 services and 1,500 dependencies. It prints, as medians: opening
 * the editor until the first paint is on screen; a full repaint at 100% and at the smallest zoom
 * (through the event loop, and the drawing alone); one pan step (40 pixels) at both zooms,
 * against the 16 ms of a 60 Hz frame; and Arrange All until the new layout is painted, with the
 * longest the user interface stood still meanwhile (the layout is computed in the background). A benchmark that prints figures, not a test:
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
			editor = (DiagramEditor) IDE.openEditor(WorkbenchDriver.page(), diagram, DiagramEditor.ID);
			DiagramEditor opened = editor;
			// The model is read in the background; the canvas comes when it is read.
			DiagramCanvas canvas = UiDriver.waitFor("the canvas", () -> Optional.ofNullable(canvasOf(opened)));
			// It may have painted while the events were dispatched: the figure is the end of a paint of the diagram.
			long painted = paintedAfter(canvas, canvas::redraw);
			if (run >= 0) {
				opening[run] = (painted - started) / 1e6;
			}
		}
		DiagramCanvas canvas = canvasOf(editor);
		canvas.setZoom(1);
		double[] repaintActual = repaint(canvas);
		double panActual = pan(canvas);
		canvas.zoomToFit();
		UiDriver.processEvents();
		double zoomFit = canvas.zoom();
		double[] repaintFit = repaint(canvas);
		double panFit = pan(canvas);

		DiagramEditor arranged = editor;
		double[] arranging = new double[RUNS];
		double[] arrangingStall = new double[RUNS];
		for (int run = -1; run < RUNS; run++) {
			long started = System.nanoTime();
			long[] painted = { 0 };
			PaintListener listener = event -> painted[0] = System.nanoTime();
			canvas.addPaintListener(listener);
			double stall;
			try {
				stall = UiStalls.longest(() -> Gestures.click(toolItem(arranged, "Arrange All")),
						() -> Job.getJobManager().find(arranged).length == 0 && painted[0] != 0);
			} finally {
				canvas.removePaintListener(listener);
			}
			if (run >= 0) {
				arranging[run] = (painted[0] - started) / 1e6;
				arrangingStall[run] = stall;
			}
			clickMenu("Edit", "Undo Arrange All");
		}
		WorkbenchDriver.page().closeEditor(editor, false);

		print("open until first paint", median(opening));
		print("full repaint at 100%", repaintActual[0]);
		print("  of which drawing the scene", repaintActual[1]);
		print(String.format("full repaint at %.0f%% (smallest zoom)", zoomFit * 100), repaintFit[0]);
		print("  of which drawing the scene", repaintFit[1]);
		print("pan step at 100%", panActual);
		print(String.format("pan step at %.0f%%", zoomFit * 100), panFit);
		print("Arrange All until painted", median(arranging));
		print("  of which the user interface stood still, at most", median(arrangingStall));
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

	/**
	 * A full repaint: from the request to the end of the canvas's paint, through the event loop
	 * as on screen; and the drawing alone, into an image of the canvas's size.
	 */
	private static double[] repaint(DiagramCanvas canvas) {
		double[] frames = new double[FRAMES];
		double[] drawing = new double[FRAMES];
		Rectangle area = canvas.getClientArea();
		Image image = new Image(canvas.getDisplay(), area.width, area.height);
		GC gc = new GC(image);
		try {
			for (int frame = 0; frame < FRAMES; frame++) {
				long started = System.nanoTime();
				frames[frame] = (paintedAfter(canvas, canvas::redraw) - started) / 1e6;
				started = System.nanoTime();
				canvas.paint(gc, area);
				drawing[frame] = millisSince(started);
			}
		} finally {
			gc.dispose();
			image.dispose();
		}
		return new double[] { median(frames), median(drawing) };
	}

	/** One pan step, from the scroll to the end of the paint it causes; down, then back up when the diagram ends. */
	private static double pan(DiagramCanvas canvas) {
		double[] frames = new double[FRAMES];
		int[] direction = { 1 };
		for (int frame = 0; frame < FRAMES; frame++) {
			double before = canvas.viewport()[1];
			long started = System.nanoTime();
			frames[frame] = (paintedAfter(canvas, () -> canvas.scrollBy(0, direction[0] * PAN_STEP)) - started) / 1e6;
			if (canvas.viewport()[1] == before) {
				direction[0] = -direction[0];
			}
		}
		return median(frames);
	}

	/** Runs the request, then the event loop until the canvas has painted; returns when it finished painting. */
	private static long paintedAfter(DiagramCanvas canvas, Runnable request) {
		long[] painted = { 0 };
		PaintListener listener = event -> painted[0] = System.nanoTime();
		canvas.addPaintListener(listener);
		try {
			request.run();
			UiDriver.waitUntil("the canvas paints", () -> {
				canvas.getDisplay().readAndDispatch();
				return painted[0] != 0;
			});
		} finally {
			canvas.removePaintListener(listener);
		}
		return painted[0];
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
