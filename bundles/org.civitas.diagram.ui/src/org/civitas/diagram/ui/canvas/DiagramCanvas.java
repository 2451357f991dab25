package org.civitas.diagram.ui.canvas;

import java.util.List;
import java.util.function.BiConsumer;

import org.civitas.diagram.core.scene.Bounds;
import org.civitas.diagram.core.scene.Figure;
import org.civitas.diagram.core.scene.Scene;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * A scrollable, zoomable view of a scene: double-buffered and anti-aliased, zoom from 25% to
 * 400% with Ctrl and the mouse wheel (around the pointer), scrolling with the scroll bars and
 * the wheel, panning by dragging with the middle button or with the space bar held. A repaint
 * paints only the figures it uncovers, so scrolling a large diagram stays smooth. The canvas
 * shows a scene and an overlay (selection, feedback); it decides nothing about either.
 */
public final class DiagramCanvas extends Canvas {

	/** Smallest zoom. */
	public static final double MIN_ZOOM = 0.25;
	/** Largest zoom. */
	public static final double MAX_ZOOM = 4;
	private static final double WHEEL_ZOOM_STEP = 1.1;
	/** How far strokes and arrow heads may reach beyond a figure's geometry, in diagram units. */
	private static final double STROKE_REACH = 8;

	private final ScenePainter painter;
	private final ListenerList<Runnable> viewportListeners = new ListenerList<>();
	private Scene scene;
	private double[][] figureBounds = new double[0][];
	private BiConsumer<GC, DiagramCanvas> overlay = (gc, canvas) -> {
	};
	private double zoom = 1;
	private double originX;
	private double originY;
	private double scrollX;
	private double scrollY;
	private boolean spaceHeld;
	private int[] panFrom;

	public DiagramCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
		painter = new ScenePainter(getDisplay());
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(event -> paint(event.gc, new Rectangle(event.x, event.y, event.width, event.height)));
		addListener(SWT.Resize, event -> updateScrollBars());
		getHorizontalBar().addListener(SWT.Selection, event -> scrollTo(getHorizontalBar().getSelection(), scrollY));
		getVerticalBar().addListener(SWT.Selection, event -> scrollTo(scrollX, getVerticalBar().getSelection()));
		addListener(SWT.MouseVerticalWheel, event -> {
			if ((event.stateMask & SWT.MOD1) != 0) {
				event.doit = false;
				zoomAround(zoom * (event.count > 0 ? WHEEL_ZOOM_STEP : 1 / WHEEL_ZOOM_STEP), event.x, event.y);
			}
		});
		addListener(SWT.KeyDown, event -> {
			if (event.character == ' ' && !spaceHeld) {
				spaceHeld = true;
				setCursor(getDisplay().getSystemCursor(SWT.CURSOR_HAND));
			}
		});
		addListener(SWT.KeyUp, event -> {
			if (event.character == ' ') {
				spaceHeld = false;
				setCursor((Cursor) null);
			}
		});
		addListener(SWT.MouseDown, this::startPan);
		addListener(SWT.MouseMove, this::pan);
		addListener(SWT.MouseUp, event -> panFrom = null);
		addDisposeListener(event -> painter.dispose());
	}

	/** Shows a scene, keeping the zoom and what is under the view where it is. */
	public void setScene(Scene newScene) {
		if (scene != null) {
			// The drawing area grows to the left or top when something moves there; follow it.
			scrollX += (originX - newScene.x()) * zoom;
			scrollY += (originY - newScene.y()) * zoom;
		}
		scene = newScene;
		originX = newScene.x();
		originY = newScene.y();
		List<Figure> figures = newScene.figures();
		figureBounds = new double[figures.size()][];
		for (int i = 0; i < figures.size(); i++) {
			figureBounds[i] = Bounds.of(List.of(figures.get(i)));
		}
		updateScrollBars();
		redraw();
	}

	public Scene scene() {
		return scene;
	}

	/** Paints over the scene, in view coordinates (use {@link #toView} to place things). */
	public void setOverlay(BiConsumer<GC, DiagramCanvas> overlay) {
		this.overlay = overlay;
		redraw();
	}

	public double zoom() {
		return zoom;
	}

	/** Zooms around the centre of the view. */
	public void setZoom(double wanted) {
		Rectangle area = getClientArea();
		zoomAround(wanted, area.width / 2, area.height / 2);
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
		viewportListeners.forEach(Runnable::run);
	}

	/** Zooms keeping the diagram point under the view point ({@code x}, {@code y}) where it is. */
	public void zoomAround(double wanted, int x, int y) {
		double next = clamp(wanted);
		double[] point = toDiagram(x, y);
		zoom = next;
		scrollX = (point[0] - originX) * zoom - x;
		scrollY = (point[1] - originY) * zoom - y;
		updateScrollBars();
		redraw();
		viewportListeners.forEach(Runnable::run);
	}

	/** Diagram coordinates of a point of the view. */
	public double[] toDiagram(int x, int y) {
		return new double[] { (x + scrollX) / zoom + originX, (y + scrollY) / zoom + originY };
	}

	/** View coordinates of a point of the diagram. */
	public int[] toView(double x, double y) {
		return new int[] { (int) Math.round((x - originX) * zoom - scrollX),
				(int) Math.round((y - originY) * zoom - scrollY) };
	}

	/** The part of the diagram in view: {x, y, width, height} in diagram coordinates. */
	public double[] viewport() {
		Rectangle area = getClientArea();
		double[] topLeft = toDiagram(0, 0);
		return new double[] { topLeft[0], topLeft[1], area.width / zoom, area.height / zoom };
	}

	/** Scrolls so that the diagram point is at the top left of the view, as far as the diagram allows. */
	public void showAt(double x, double y) {
		scrollTo((x - originX) * zoom, (y - originY) * zoom);
	}

	/** Scrolls as little as needed to bring a diagram rectangle into view. */
	public void reveal(double x, double y, double width, double height) {
		double[] view = viewport();
		double left = view[0];
		double top = view[1];
		if (x < left) {
			left = x - STROKE_REACH;
		} else if (x + width > view[0] + view[2]) {
			left = Math.min(x - STROKE_REACH, x + width + STROKE_REACH - view[2]);
		}
		if (y < top) {
			top = y - STROKE_REACH;
		} else if (y + height > view[1] + view[3]) {
			top = Math.min(y - STROKE_REACH, y + height + STROKE_REACH - view[3]);
		}
		showAt(left, top);
	}

	/** Scrolls by a number of view pixels. */
	public void scrollBy(double dx, double dy) {
		scrollTo(scrollX + dx, scrollY + dy);
	}

	/** Runs when the part of the diagram in view changes (scrolling, zooming, resizing). */
	public void addViewportListener(Runnable listener) {
		viewportListeners.add(listener);
	}

	/** Whether a mouse gesture is panning the view, and so means nothing else. */
	public boolean isPanning(Event event) {
		return panFrom != null || event.button == 2 || spaceHeld;
	}

	private void startPan(Event event) {
		if (event.button == 2 || event.button == 1 && spaceHeld) {
			panFrom = new int[] { event.x, event.y };
		}
	}

	private void pan(Event event) {
		if (panFrom != null) {
			scrollBy(panFrom[0] - event.x, panFrom[1] - event.y);
			panFrom = new int[] { event.x, event.y };
		}
	}

	private void scrollTo(double x, double y) {
		double previousX = scrollX;
		double previousY = scrollY;
		scrollX = x;
		scrollY = y;
		updateScrollBars();
		if (scrollX != previousX || scrollY != previousY) {
			redraw();
			viewportListeners.forEach(Runnable::run);
		}
	}

	/** Paints the figures that reach into the damaged area, then the overlay. */
	public void paint(GC gc, Rectangle damaged) {
		gc.setBackground(getBackground());
		gc.fillRectangle(damaged);
		if (scene == null) {
			return;
		}
		double[] from = toDiagram(damaged.x, damaged.y);
		double[] to = toDiagram(damaged.x + damaged.width, damaged.y + damaged.height);
		Transform transform = new Transform(getDisplay());
		try {
			transform.translate((float) -scrollX, (float) -scrollY);
			transform.scale((float) zoom, (float) zoom);
			transform.translate((float) -originX, (float) -originY);
			gc.setTransform(transform);
			List<Figure> figures = scene.figures();
			for (int i = 0; i < figures.size(); i++) {
				double[] box = figureBounds[i];
				if (box[2] + STROKE_REACH >= from[0] && box[0] - STROKE_REACH <= to[0]
						&& box[3] + STROKE_REACH >= from[1] && box[1] - STROKE_REACH <= to[1]) {
					painter.paint(gc, figures.get(i));
				}
			}
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
		overlay.accept(gc, this);
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
