package org.civitas.diagram.core.render;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

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
 * Writes a scene as SVG 1.1. Each diagram element is a {@code <g>} whose class says what it is
 * ({@code node}, {@code container}, {@code edge}, {@code decoration}...) and whose
 * {@code data-mapping} and {@code data-element} attributes name its mapping and model element,
 * with its tooltip as {@code <title>}: a board member hovering in a browser sees what the
 * editor would show, and scripts can find elements by their model identity.
 */
public final class SvgWriter {

	private static final String FONTS = TextMetrics.FAMILY + ", Verdana, Arial, sans-serif"; //$NON-NLS-1$

	private final StringBuilder svg = new StringBuilder();

	private SvgWriter() {
	}

	/** Writes the scene to the stream as UTF-8. */
	public static void write(Scene scene, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(toSvg(scene));
		writer.flush();
	}

	/** The scene as an SVG document. */
	public static String toSvg(Scene scene) {
		SvgWriter writer = new SvgWriter();
		writer.document(scene);
		return writer.svg.toString();
	}

	private void document(Scene scene) {
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"") //$NON-NLS-1$
				.append(" width=\"").append(number(scene.width())).append('"') //$NON-NLS-1$
				.append(" height=\"").append(number(scene.height())).append('"') //$NON-NLS-1$
				.append(" viewBox=\"").append(number(scene.x())).append(' ').append(number(scene.y())).append(' ') //$NON-NLS-1$
				.append(number(scene.width())).append(' ').append(number(scene.height())).append('"')
				.append(" font-family=\"").append(FONTS).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
		svg.append("<title>").append(escape(scene.title())).append("</title>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		svg.append("<rect x=\"").append(number(scene.x())).append("\" y=\"").append(number(scene.y())) //$NON-NLS-1$ //$NON-NLS-2$
				.append("\" width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n"); //$NON-NLS-1$
		for (Figure figure : scene.figures()) {
			figure(figure, 0);
		}
		svg.append("</svg>\n"); //$NON-NLS-1$
	}

	private void figure(Figure figure, int depth) {
		if (figure instanceof Group group) {
			group(group, depth);
		} else if (figure instanceof Outline outline) {
			indent(depth);
			outline(outline);
		} else if (figure instanceof Text text) {
			text(text, depth);
		} else if (figure instanceof Line line) {
			line(line, depth);
		} else if (figure instanceof Picture picture) {
			indent(depth);
			svg.append("<image x=\"").append(number(picture.x())).append("\" y=\"").append(number(picture.y())) //$NON-NLS-1$ //$NON-NLS-2$
					.append("\" width=\"").append(number(picture.width())).append("\" height=\"") //$NON-NLS-1$ //$NON-NLS-2$
					.append(number(picture.height())).append("\" href=\"data:").append(picture.mediaType()) //$NON-NLS-1$
					.append(";base64,").append(Base64.getEncoder().encodeToString(picture.data())).append("\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private void group(Group group, int depth) {
		indent(depth);
		svg.append("<g class=\"").append(group.kind().cssName()).append('"'); //$NON-NLS-1$
		attribute("data-id", group.id()); //$NON-NLS-1$
		attribute("data-mapping", group.mapping()); //$NON-NLS-1$
		attribute("data-element", group.element()); //$NON-NLS-1$
		svg.append(">\n"); //$NON-NLS-1$
		if (group.tooltip() != null && !group.tooltip().isBlank()) {
			indent(depth + 1);
			svg.append("<title>").append(escape(group.tooltip())).append("</title>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (Figure child : group.children()) {
			figure(child, depth + 1);
		}
		indent(depth);
		svg.append("</g>\n"); //$NON-NLS-1$
	}

	private void outline(Outline outline) {
		switch (outline.shape()) {
		case RECTANGLE -> svg.append("<rect x=\"").append(number(outline.x())).append("\" y=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.append(number(outline.y())).append("\" width=\"").append(number(outline.width())) //$NON-NLS-1$
				.append("\" height=\"").append(number(outline.height())).append('"'); //$NON-NLS-1$
		case ROUNDED_RECTANGLE -> svg.append("<rect x=\"").append(number(outline.x())).append("\" y=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.append(number(outline.y())).append("\" width=\"").append(number(outline.width())) //$NON-NLS-1$
				.append("\" height=\"").append(number(outline.height())).append("\" rx=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.append(number(Outlines.CORNER)).append('"');
		case ELLIPSE -> svg.append("<ellipse cx=\"").append(number(outline.x() + outline.width() / 2)) //$NON-NLS-1$
				.append("\" cy=\"").append(number(outline.y() + outline.height() / 2)).append("\" rx=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.append(number(outline.width() / 2)).append("\" ry=\"").append(number(outline.height() / 2)) //$NON-NLS-1$
				.append('"');
		default -> svg.append("<path d=\"") //$NON-NLS-1$
				.append(path(Outlines.of(outline.shape(), outline.x(), outline.y(), outline.width(), outline.height())))
				.append('"');
		}
		paint(outline.fill(), outline.stroke(), outline.strokeWidth(), outline.dash());
		svg.append("/>\n"); //$NON-NLS-1$
	}

	private void text(Text text, int depth) {
		String anchor = switch (text.anchor()) {
		case MIDDLE -> "middle"; //$NON-NLS-1$
		case END -> "end"; //$NON-NLS-1$
		default -> "start"; //$NON-NLS-1$
		};
		List<String> lines = text.lines();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isEmpty()) {
				continue;
			}
			indent(depth);
			svg.append("<text x=\"").append(number(text.x())).append("\" y=\"") //$NON-NLS-1$ //$NON-NLS-2$
					.append(number(text.top() + text.ascent() + i * text.lineHeight())).append("\" font-size=\"") //$NON-NLS-1$
					.append(text.size()).append("\" fill=\"").append(text.colour()).append('"') //$NON-NLS-1$
					.append(" text-anchor=\"").append(anchor).append('"'); //$NON-NLS-1$
			if (text.bold()) {
				svg.append(" font-weight=\"bold\""); //$NON-NLS-1$
			}
			if (text.italic()) {
				svg.append(" font-style=\"italic\""); //$NON-NLS-1$
			}
			svg.append('>').append(escape(lines.get(i))).append("</text>\n"); //$NON-NLS-1$
		}
	}

	private void line(Line line, int depth) {
		indent(depth);
		svg.append("<polyline points=\""); //$NON-NLS-1$
		for (int i = 0; i < line.points().size(); i++) {
			Point point = line.points().get(i);
			svg.append(i == 0 ? "" : " ").append(number(point.x())).append(',').append(number(point.y())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		svg.append('"');
		paint(null, line.colour(), line.width(), line.dash());
		svg.append("/>\n"); //$NON-NLS-1$
		List<Point> points = line.points();
		if (points.size() >= 2) {
			head(line, line.end(), points.get(points.size() - 1), points.get(points.size() - 2), depth);
			head(line, line.start(), points.get(0), points.get(1), depth);
		}
	}

	private void head(Line line, ArrowKind kind, Point tip, Point from, int depth) {
		java.awt.Shape head = Outlines.arrow(kind, tip, from, line.width());
		if (head == null) {
			return;
		}
		indent(depth);
		svg.append("<path class=\"arrow\" d=\"").append(path(head)).append('"'); //$NON-NLS-1$
		paint(Outlines.filled(kind) ? line.colour() : null, line.colour(), line.width(), LineStyle.SOLID);
		svg.append("/>\n"); //$NON-NLS-1$
	}

	private void paint(String fill, String stroke, double width, LineStyle dash) {
		svg.append(" fill=\"").append(fill == null ? "none" : fill).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
		if (stroke == null || width <= 0) {
			return;
		}
		svg.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(number(width)).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
		String pattern = Dashes.svg(dash, width);
		if (pattern != null) {
			svg.append(" stroke-dasharray=\"").append(pattern).append('"'); //$NON-NLS-1$
		}
	}

	private static String path(java.awt.Shape shape) {
		StringBuilder d = new StringBuilder();
		double[] coordinates = new double[6];
		for (PathIterator segments = shape.getPathIterator(null); !segments.isDone(); segments.next()) {
			int type = segments.currentSegment(coordinates);
			switch (type) {
			case PathIterator.SEG_MOVETO -> d.append('M').append(pair(coordinates, 0));
			case PathIterator.SEG_LINETO -> d.append('L').append(pair(coordinates, 0));
			case PathIterator.SEG_QUADTO -> d.append('Q').append(pair(coordinates, 0)).append(' ').append(pair(coordinates, 2));
			case PathIterator.SEG_CUBICTO -> d.append('C').append(pair(coordinates, 0)).append(' ')
					.append(pair(coordinates, 2)).append(' ').append(pair(coordinates, 4));
			default -> d.append('Z');
			}
		}
		return d.toString();
	}

	private static String pair(double[] coordinates, int index) {
		return number(coordinates[index]) + ',' + number(coordinates[index + 1]);
	}

	private void attribute(String name, String value) {
		if (value != null) {
			svg.append(' ').append(name).append("=\"").append(escape(value)).append('"'); //$NON-NLS-1$
		}
	}

	private void indent(int depth) {
		svg.append("  ".repeat(depth)); //$NON-NLS-1$
	}

	/** Two decimals at most, with a dot whatever the locale. */
	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> escaped.append("&lt;"); //$NON-NLS-1$
			case '>' -> escaped.append("&gt;"); //$NON-NLS-1$
			case '&' -> escaped.append("&amp;"); //$NON-NLS-1$
			case '"' -> escaped.append("&quot;"); //$NON-NLS-1$
			default -> {
				// XML 1.0 cannot carry most control characters, even escaped.
				if (c >= 0x20 || c == '\n' || c == '\t') {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.toString();
	}
}
