package org.civitas.diagram.core.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.civitas.diagram.core.scene.Figure;
import org.civitas.diagram.core.scene.Figure.Group;
import org.civitas.diagram.core.scene.Figure.Line;
import org.civitas.diagram.core.scene.Figure.Outline;
import org.civitas.diagram.core.scene.Figure.Picture;
import org.civitas.diagram.core.scene.Figure.Point;
import org.civitas.diagram.core.scene.Figure.Text;
import org.civitas.diagram.core.scene.Outlines;
import org.civitas.diagram.core.scene.Scene;
import org.civitas.diagram.core.style.TextMetrics;
import org.civitas.diagram.spec.ArrowKind;
import org.civitas.diagram.spec.LineStyle;

/**
 * Writes a scene as a PNG image with Java2D, which needs no display. Large diagrams are scaled
 * down so the image stays within {@link #MAX_PIXELS}, since a board pack needs a picture, not
 * an out-of-memory error.
 */
public final class PngWriter {

	/** The most pixels an image may have: 16 million, such as 4,000 by 4,000, 64 MB while drawing. */
	public static final long MAX_PIXELS = 16_000_000L;

	/**
	 * Deflate effort: diagrams are large flat areas that compress well at low effort, and high
	 * effort costs seconds on a large image for a few percent of size.
	 */
	private static final float COMPRESSION_QUALITY = 0.8f;

	private final Graphics2D graphics;

	private PngWriter(Graphics2D graphics) {
		this.graphics = graphics;
	}

	/**
	 * Writes the scene at {@code scale} (2 for sharp images on high-density screens), or at the
	 * largest scale within {@link #MAX_PIXELS}.
	 *
	 * @return the scale used
	 */
	public static double write(Scene scene, double scale, OutputStream out) throws IOException {
		double used = Math.min(scale, Math.sqrt(MAX_PIXELS / Math.max(1, scene.width() * scene.height())));
		int width = Math.max(1, (int) Math.ceil(scene.width() * used));
		int height = Math.max(1, (int) Math.ceil(scene.height() * used));
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.scale(used, used);
			graphics.translate(-scene.x(), -scene.y());
			PngWriter writer = new PngWriter(graphics);
			for (Figure figure : scene.figures()) {
				writer.draw(figure);
			}
		} finally {
			graphics.dispose();
		}
		encode(image, out);
		return used;
	}

	private static void encode(BufferedImage image, OutputStream out) throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png"); //$NON-NLS-1$
		if (!writers.hasNext()) {
			throw new IOException(Messages.PngWriter_noEncoder);
		}
		ImageWriter writer = writers.next();
		ImageWriteParam parameters = writer.getDefaultWriteParam();
		if (parameters.canWriteCompressed()) {
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(COMPRESSION_QUALITY);
		}
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), parameters);
		} finally {
			writer.dispose();
		}
	}

	private void draw(Figure figure) throws IOException {
		if (figure instanceof Group group) {
			for (Figure child : group.children()) {
				draw(child);
			}
		} else if (figure instanceof Outline outline) {
			java.awt.Shape shape = Outlines.of(outline.shape(), outline.x(), outline.y(), outline.width(),
					outline.height());
			paint(shape, outline.fill(), outline.stroke(), outline.strokeWidth(), outline.dash());
		} else if (figure instanceof Text text) {
			drawText(text);
		} else if (figure instanceof Line line) {
			drawLine(line);
		} else if (figure instanceof Picture picture) {
			BufferedImage icon = ImageIO.read(new ByteArrayInputStream(picture.data()));
			if (icon != null) {
				graphics.drawImage(icon, (int) Math.round(picture.x()), (int) Math.round(picture.y()),
						(int) Math.round(picture.width()), (int) Math.round(picture.height()), null);
			}
		}
	}

	private void paint(java.awt.Shape shape, String fill, String stroke, double width, LineStyle dash) {
		if (fill != null) {
			graphics.setColor(Color.decode(fill));
			graphics.fill(shape);
		}
		if (stroke != null && width > 0) {
			graphics.setColor(Color.decode(stroke));
			graphics.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
					Dashes.pattern(dash, width), 0));
			graphics.draw(shape);
		}
	}

	private void drawText(Text text) {
		Font font = TextMetrics.INSTANCE.font(text.size(), text.bold(), text.italic());
		graphics.setFont(font);
		graphics.setColor(Color.decode(text.colour()));
		List<String> lines = text.lines();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			graphics.drawString(line, (float) text.startOf(line), (float) text.baselineOf(i));
		}
	}

	private void drawLine(Line line) {
		List<Point> points = line.points();
		paint(Outlines.polyline(points), null, line.colour(), line.width(), line.dash());
		if (points.size() >= 2) {
			head(line, line.end(), points.get(points.size() - 1), points.get(points.size() - 2));
			head(line, line.start(), points.get(0), points.get(1));
		}
	}

	private void head(Line line, ArrowKind kind, Point tip, Point from) {
		java.awt.Shape head = Outlines.arrow(kind, tip, from, line.width());
		if (head != null) {
			paint(head, Outlines.filled(kind) ? line.colour() : null, line.colour(), line.width(), LineStyle.SOLID);
		}
	}
}
