package org.civitas.diagram.ui.canvas;

import java.awt.geom.PathIterator;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.civitas.diagram.core.scene.Figure.Group;
import org.civitas.diagram.core.scene.Figure.Line;
import org.civitas.diagram.core.scene.Figure.Outline;
import org.civitas.diagram.core.scene.Figure.Picture;
import org.civitas.diagram.core.scene.Figure.Point;
import org.civitas.diagram.core.scene.Figure.Text;
import org.civitas.diagram.core.scene.Figure;
import org.civitas.diagram.core.scene.Outlines;
import org.civitas.diagram.core.style.TextMetrics;
import org.civitas.diagram.spec.ArrowKind;
import org.civitas.diagram.spec.LineStyle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.RGB;

/**
 * Paints the engine's scene on an SWT graphics context, figure by figure, exactly as SVG and
 * PNG export write it: the same outlines and arrow heads (from {@link Outlines}), the same
 * text positions (from {@link TextMetrics}), so the editor shows what export writes. Colours,
 * fonts and images are created once and kept until {@link #dispose()}.
 */
public final class ScenePainter {

	private final Device device;
	private final Map<String, Color> colours = new HashMap<>();
	private final Map<Integer, Font> fonts = new HashMap<>();
	private final Map<byte[], Image> images = new IdentityHashMap<>();

	public ScenePainter(Device device) {
		this.device = device;
	}

	/** Paints figures in diagram coordinates; the caller sets the transform for zoom and scrolling. */
	public void paint(GC gc, List<Figure> figures) {
		for (Figure figure : figures) {
			paint(gc, figure);
		}
	}

	/** Paints one figure in diagram coordinates, anti-aliased. */
	public void paint(GC gc, Figure figure) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		if (figure instanceof Group group) {
			paint(gc, group.children());
		} else if (figure instanceof Outline outline) {
			paint(gc, Outlines.of(outline.shape(), outline.x(), outline.y(), outline.width(), outline.height()),
					outline.fill(), outline.stroke(), outline.strokeWidth(), outline.dash());
		} else if (figure instanceof Text text) {
			text(gc, text);
		} else if (figure instanceof Line line) {
			line(gc, line);
		} else if (figure instanceof Picture picture) {
			Image image = images.computeIfAbsent(picture.data(),
					data -> new Image(device, new ImageData(new ByteArrayInputStream(data))));
			gc.drawImage(image, 0, 0, image.getBounds().width, image.getBounds().height, (int) Math.round(picture.x()),
					(int) Math.round(picture.y()), (int) Math.round(picture.width()), (int) Math.round(picture.height()));
		}
	}

	private void paint(GC gc, java.awt.Shape shape, String fill, String stroke, double width, LineStyle dash) {
		Path path = path(shape);
		try {
			if (fill != null) {
				gc.setBackground(colour(fill));
				gc.fillPath(path);
			}
			if (stroke != null && width > 0) {
				gc.setForeground(colour(stroke));
				gc.setLineWidth((int) Math.max(1, Math.round(width)));
				gc.setLineStyle(switch (dash) {
				case DASHED -> SWT.LINE_DASH;
				case DOTTED -> SWT.LINE_DOT;
				default -> SWT.LINE_SOLID;
				});
				gc.drawPath(path);
			}
		} finally {
			path.dispose();
		}
	}

	private void line(GC gc, Line line) {
		List<Point> points = line.points();
		paint(gc, Outlines.polyline(points), null, line.colour(), line.width(), line.dash());
		if (points.size() >= 2) {
			head(gc, line, line.end(), points.get(points.size() - 1), points.get(points.size() - 2));
			head(gc, line, line.start(), points.get(0), points.get(1));
		}
	}

	private void head(GC gc, Line line, ArrowKind kind, Point tip, Point from) {
		java.awt.Shape head = Outlines.arrow(kind, tip, from, line.width());
		if (head != null) {
			paint(gc, head, Outlines.filled(kind) ? line.colour() : null, line.colour(), line.width(), LineStyle.SOLID);
		}
	}

	private void text(GC gc, Text text) {
		gc.setFont(font(text.size(), text.bold(), text.italic()));
		gc.setForeground(colour(text.colour()));
		int ascent = gc.getFontMetrics().getAscent();
		List<String> lines = text.lines();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			gc.drawString(line, (int) Math.round(text.startOf(line)), (int) Math.round(text.baselineOf(i) - ascent), true);
		}
	}

	/** The SWT path of a Java2D outline. */
	private Path path(java.awt.Shape shape) {
		Path path = new Path(device);
		float[] coordinates = new float[6];
		for (PathIterator segments = shape.getPathIterator(null); !segments.isDone(); segments.next()) {
			switch (segments.currentSegment(coordinates)) {
			case PathIterator.SEG_MOVETO -> path.moveTo(coordinates[0], coordinates[1]);
			case PathIterator.SEG_LINETO -> path.lineTo(coordinates[0], coordinates[1]);
			case PathIterator.SEG_QUADTO -> path.quadTo(coordinates[0], coordinates[1], coordinates[2], coordinates[3]);
			case PathIterator.SEG_CUBICTO -> path.cubicTo(coordinates[0], coordinates[1], coordinates[2], coordinates[3],
					coordinates[4], coordinates[5]);
			default -> path.close();
			}
		}
		return path;
	}

	private Color colour(String hex) {
		return colours.computeIfAbsent(hex, key -> new Color(device, new RGB(Integer.parseInt(key.substring(1, 3), 16),
				Integer.parseInt(key.substring(3, 5), 16), Integer.parseInt(key.substring(5, 7), 16))));
	}

	/** Diagram text sizes are pixels, as Java2D measures them; SWT sizes fonts in points at the screen's resolution. */
	private Font font(int size, boolean bold, boolean italic) {
		int style = (bold ? SWT.BOLD : SWT.NORMAL) | (italic ? SWT.ITALIC : SWT.NORMAL);
		return fonts.computeIfAbsent(size * 4 + (bold ? 1 : 0) + (italic ? 2 : 0), key -> {
			float points = size * 72f / device.getDPI().y;
			org.eclipse.swt.graphics.FontData data = new org.eclipse.swt.graphics.FontData(TextMetrics.FAMILY, 1, style);
			data.height = points;
			return new Font(device, data);
		});
	}

	/** Releases the colours, fonts and images created for painting. */
	public void dispose() {
		colours.values().forEach(Color::dispose);
		fonts.values().forEach(Font::dispose);
		images.values().forEach(Image::dispose);
		colours.clear();
		fonts.clear();
		images.clear();
	}
}
