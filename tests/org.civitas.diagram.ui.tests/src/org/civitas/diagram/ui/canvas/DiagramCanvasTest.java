package org.civitas.diagram.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.civitas.diagram.core.scene.Figure;
import org.civitas.diagram.core.scene.Figure.Group;
import org.civitas.diagram.core.scene.Figure.Kind;
import org.civitas.diagram.core.scene.Figure.Outline;
import org.civitas.diagram.core.scene.Scene;
import org.civitas.diagram.spec.LineStyle;
import org.civitas.diagram.spec.NodeShape;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The canvas keeps what the user looks at under control: zoom around the pointer and within
 * 25% to 400%, fit, a drawing that grows to the left without the view jumping, and repaints
 * that paint what they uncover.
 */
@ExtendWith(UiTestExtension.class)
class DiagramCanvasTest {

	private Shell shell;
	private DiagramCanvas canvas;

	@BeforeEach
	void canvas() {
		shell = new Shell(UiDriver.display());
		shell.setLayout(new FillLayout());
		canvas = new DiagramCanvas(shell);
		shell.setSize(500, 400);
		shell.open();
		canvas.setScene(grid(0, 0, 20, 20));
		UiDriver.processEvents();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	/** Boxes of 80 by 40 pixels, 100 apart, in {@code columns} by {@code rows}, starting at (x, y). */
	private static Scene grid(double x, double y, int columns, int rows) {
		List<Figure> figures = new ArrayList<>();
		for (int column = 0; column < columns; column++) {
			for (int row = 0; row < rows; row++) {
				figures.add(new Group(Kind.NODE, column + "," + row, "Box", null, null, List.of(new Outline(
						NodeShape.RECTANGLE, x + column * 100, y + row * 100, 80, 40, "#EDF2F7", "#4A5568", 1, LineStyle.SOLID))));
			}
		}
		return new Scene("grid", x - 20, y - 20, columns * 100 + 40, rows * 100 + 40, figures, List.of());
	}

	@Test
	void zoomKeepsThePointUnderThePointer() {
		canvas.showAt(300, 300);
		double[] before = canvas.toDiagram(200, 150);
		canvas.zoomAround(2, 200, 150);
		assertEquals(2, canvas.zoom());
		assertArrayEquals(before, canvas.toDiagram(200, 150), 1e-6);
		canvas.zoomAround(0.5, 200, 150);
		assertArrayEquals(before, canvas.toDiagram(200, 150), 1e-6);
	}

	@Test
	void zoomStaysBetweenAQuarterAndFourTimes() {
		canvas.setZoom(100);
		assertEquals(DiagramCanvas.MAX_ZOOM, canvas.zoom());
		canvas.setZoom(0.001);
		assertEquals(DiagramCanvas.MIN_ZOOM, canvas.zoom());
	}

	@Test
	void fitShowsTheWholeDrawingButNeverEnlargesIt() {
		canvas.setScene(grid(0, 0, 3, 2));
		canvas.zoomToFit();
		assertEquals(1, canvas.zoom(), "a small drawing stays at 100%");

		canvas.setScene(grid(0, 0, 8, 4));
		canvas.zoomToFit();
		double[] view = canvas.viewport();
		Scene scene = canvas.scene();
		assertTrue(view[0] <= scene.x() + 1e-6 && view[0] + view[2] >= scene.x() + scene.width() - 1e-6,
				"the whole width is in view");
		assertTrue(view[1] <= scene.y() + 1e-6 && view[1] + view[3] >= scene.y() + scene.height() - 1e-6,
				"the whole height is in view");
	}

	@Test
	void aDrawingGrowingToTheLeftDoesNotMoveWhatIsInView() {
		canvas.showAt(500, 500);
		int[] before = canvas.toView(600, 600);
		canvas.setScene(grid(-300, -200, 23, 22));
		assertArrayEquals(before, canvas.toView(600, 600));
	}

	@Test
	void aRepaintPaintsWhatItUncovers() {
		canvas.showAt(0, 0);
		Rectangle area = canvas.getClientArea();
		Image image = new Image(canvas.getDisplay(), area.width, area.height);
		GC gc = new GC(image);
		try {
			canvas.paint(gc, area);
		} finally {
			gc.dispose();
		}
		int[] box = canvas.toView(140, 120);
		int[] gap = canvas.toView(190, 150);
		int boxPixel = image.getImageData().getPixel(box[0], box[1]);
		int gapPixel = image.getImageData().getPixel(gap[0], gap[1]);
		image.dispose();
		assertTrue(boxPixel != gapPixel, "a box is painted where the scene has one, and not between boxes");
	}
}
