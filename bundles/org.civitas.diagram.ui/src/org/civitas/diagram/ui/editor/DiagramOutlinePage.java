package org.civitas.diagram.ui.editor;

import org.civitas.diagram.core.scene.Scene;
import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.civitas.diagram.ui.canvas.ScenePainter;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Outline of a diagram: the whole drawing in miniature, with the part in view framed.
 * Clicking or dragging in it moves the view there.
 */
final class DiagramOutlinePage extends Page implements IContentOutlinePage {

	private static final int MARGIN = 4;

	private final DiagramEditor editor;
	private Canvas thumbnail;
	/** The editor's canvas whose view the thumbnail frames. */
	private DiagramCanvas followed;
	private Image picture;
	private double scale;
	private double[] origin;
	private boolean dragging;

	DiagramOutlinePage(DiagramEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		thumbnail = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		thumbnail.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		thumbnail.addPaintListener(event -> paint(event.gc));
		thumbnail.addListener(SWT.Resize, event -> sceneChanged());
		thumbnail.addListener(SWT.MouseDown, event -> {
			dragging = true;
			moveViewTo(event);
		});
		thumbnail.addListener(SWT.MouseMove, event -> {
			if (dragging) {
				moveViewTo(event);
			}
		});
		thumbnail.addListener(SWT.MouseUp, event -> dragging = false);
		thumbnail.addDisposeListener(event -> disposePicture());
		sceneChanged();
	}

	/**
	 * Follows the pans and zooms of the editor's canvas; a new canvas comes when the editor has
	 * read its model (the page may be asked for while it reads) or read it again.
	 */
	private void follow(DiagramCanvas canvas) {
		if (canvas == followed) {
			return;
		}
		followed = canvas;
		canvas.addViewportListener(() -> {
			if (!thumbnail.isDisposed() && canvas == followed) {
				thumbnail.redraw();
			}
		});
	}

	/** Draws the miniature again, after the diagram changed. */
	void sceneChanged() {
		if (thumbnail == null || thumbnail.isDisposed() || editor.canvas() == null || editor.canvas().isDisposed()) {
			return;
		}
		follow(editor.canvas());
		disposePicture();
		Scene scene = editor.canvas().scene();
		Rectangle area = thumbnail.getClientArea();
		if (scene == null || area.width <= 2 * MARGIN || area.height <= 2 * MARGIN) {
			return;
		}
		scale = Math.min((area.width - 2.0 * MARGIN) / scene.width(), (area.height - 2.0 * MARGIN) / scene.height());
		origin = new double[] { scene.x(), scene.y() };
		int width = Math.max(1, (int) Math.ceil(scene.width() * scale));
		int height = Math.max(1, (int) Math.ceil(scene.height() * scale));
		picture = new Image(thumbnail.getDisplay(), width, height);
		GC gc = new GC(picture);
		ScenePainter painter = new ScenePainter(thumbnail.getDisplay());
		Transform transform = new Transform(thumbnail.getDisplay());
		try {
			gc.setBackground(thumbnail.getBackground());
			gc.fillRectangle(0, 0, width, height);
			transform.scale((float) scale, (float) scale);
			transform.translate((float) -scene.x(), (float) -scene.y());
			gc.setTransform(transform);
			painter.paint(gc, scene.figures());
		} finally {
			transform.dispose();
			painter.dispose();
			gc.dispose();
		}
		thumbnail.redraw();
	}

	private void paint(GC gc) {
		if (picture == null) {
			return;
		}
		gc.drawImage(picture, MARGIN, MARGIN);
		if (editor.canvas() == null || editor.canvas().isDisposed()) {
			return; // the model is being read again: no view to frame
		}
		double[] view = editor.canvas().viewport();
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_LIST_SELECTION));
		gc.setLineWidth(2);
		gc.drawRectangle(MARGIN + (int) Math.round((view[0] - origin[0]) * scale),
				MARGIN + (int) Math.round((view[1] - origin[1]) * scale), (int) Math.round(view[2] * scale),
				(int) Math.round(view[3] * scale));
	}

	/** Centres the editor's view on the diagram point under the mouse. */
	private void moveViewTo(Event event) {
		if (picture == null || editor.canvas() == null || editor.canvas().isDisposed()) {
			return;
		}
		double[] view = editor.canvas().viewport();
		double x = (event.x - MARGIN) / scale + origin[0];
		double y = (event.y - MARGIN) / scale + origin[1];
		editor.canvas().showAt(x - view[2] / 2, y - view[3] / 2);
	}

	private void disposePicture() {
		if (picture != null) {
			picture.dispose();
			picture = null;
		}
	}

	@Override
	public Control getControl() {
		return thumbnail;
	}

	@Override
	public void setFocus() {
		thumbnail.setFocus();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		// The miniature selects nothing; the diagram's selection is the editor's.
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		// As above.
	}

	@Override
	public ISelection getSelection() {
		return StructuredSelection.EMPTY;
	}

	@Override
	public void setSelection(ISelection selection) {
		// As above.
	}
}
