package org.civitas.diagram.ui.canvas;

import org.civitas.diagram.core.scene.Scene;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * A scrollable, zoomable view of a scene: double-buffered, anti-aliased, zoom from 25% to 400%
 * with Ctrl and the mouse wheel (around the pointer), scrolling with the scroll bars and the
 * wheel. It shows a scene; it decides nothing about it.
 */
public final class DiagramCanvas extends Canvas {

	/** Smallest zoom. */
	public static final double MIN_ZOOM = 0.25;
	/** Largest zoom. */
	public static final double MAX_ZOOM = 4;
	private static final double WHEEL_ZOOM_STEP = 1.1;

	private final ScenePainter painter;
	private Scene scene;
	private double zoom = 1;
	private double scrollX;
	private double scrollY;

	public DiagramCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
		painter = new ScenePainter(getDisplay());
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(this::paint);
		addListener(SWT.Resize, event -> updateScrollBars());
		getHorizontalBar().addListener(SWT.Selection, event -> {
			scrollX = getHorizontalBar().getSelection();
			redraw();
		});
		getVerticalBar().addListener(SWT.Selection, event -> {
			scrollY = getVerticalBar().getSelection();
			redraw();
		});
		addListener(SWT.MouseVerticalWheel, event -> {
			if ((event.stateMask & SWT.MOD1) != 0) {
				event.doit = false;
				zoomAround(zoom * (event.count > 0 ? WHEEL_ZOOM_STEP : 1 / WHEEL_ZOOM_STEP), event.x, event.y);
			}
		});
		addDisposeListener(event -> painter.dispose());
	}

	/** Shows a scene, keeping zoom and scroll position. */
	public void setScene(Scene scene) {
		this.scene = scene;
		updateScrollBars();
		redraw();
	}

	public Scene scene() {
		return scene;
	}

	public double zoom() {
		return zoom;
	}

	/** Zooms around the centre of the view. */
	public void setZoom(double zoom) {
		Rectangle area = getClientArea();
		zoomAround(zoom, area.width / 2, area.height / 2);
	}

	/** Zooms so that the whole diagram fits the view, at most to 100%. */
	public void zoomToFit() {
		if (scene == null) {
			return;
		}
		Rectangle area = getClientArea();
		double fit = Math.min(area.width / scene.width(), area.height / scene.height());
		zoom = clamp(Math.min(1, fit));
		scrollX = 0;
		scrollY = 0;
		updateScrollBars();
		redraw();
	}

	/** Zooms keeping the diagram point under the view point ({@code x}, {@code y}) where it is. */
	private void zoomAround(double wanted, int x, int y) {
		double next = clamp(wanted);
		double diagramX = (x + scrollX) / zoom;
		double diagramY = (y + scrollY) / zoom;
		zoom = next;
		scrollX = diagramX * zoom - x;
		scrollY = diagramY * zoom - y;
		updateScrollBars();
		redraw();
	}

	/** Diagram coordinates of a point of the view, as a mouse event gives it. */
	public double[] toDiagram(MouseEvent event) {
		return new double[] { (event.x + scrollX) / zoom + origin()[0], (event.y + scrollY) / zoom + origin()[1] };
	}

	private double[] origin() {
		return scene == null ? new double[] { 0, 0 } : new double[] { scene.x(), scene.y() };
	}

	private void paint(PaintEvent event) {
		GC gc = event.gc;
		gc.setBackground(getBackground());
		gc.fillRectangle(event.x, event.y, event.width, event.height);
		if (scene == null) {
			return;
		}
		Transform transform = new Transform(getDisplay());
		try {
			transform.translate((float) -scrollX, (float) -scrollY);
			transform.scale((float) zoom, (float) zoom);
			transform.translate((float) -scene.x(), (float) -scene.y());
			gc.setTransform(transform);
			painter.paint(gc, scene.figures());
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
	}

	private void updateScrollBars() {
		Rectangle area = getClientArea();
		double width = scene == null ? 0 : scene.width() * zoom;
		double height = scene == null ? 0 : scene.height() * zoom;
		scrollX = Math.max(0, Math.min(scrollX, width - area.width));
		scrollY = Math.max(0, Math.min(scrollY, height - area.height));
		configure(getHorizontalBar(), width, area.width, scrollX);
		configure(getVerticalBar(), height, area.height, scrollY);
	}

	private static void configure(ScrollBar bar, double content, int visible, double position) {
		int maximum = (int) Math.ceil(content);
		bar.setValues((int) Math.round(position), 0, Math.max(maximum, 1), Math.max(1, Math.min(visible, maximum)),
				Math.max(1, visible / 20), Math.max(1, visible));
		bar.setVisible(content > visible);
	}

	private static double clamp(double zoom) {
		return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
	}
}
