package org.civitas.diagram.core.scene;

import java.util.List;

import org.civitas.diagram.core.style.TextMetrics;
import org.civitas.diagram.spec.ArrowKind;
import org.civitas.diagram.spec.LineStyle;
import org.civitas.diagram.spec.NodeShape;

/**
 * What a diagram is drawn from: a tree of simple figures in diagram coordinates. The editor
 * paints it, SVG and PNG export write it; none of them decides anything about the diagram, so
 * what the screen shows and what export writes cannot drift apart.
 */
public sealed interface Figure permits Figure.Group, Figure.Outline, Figure.Text, Figure.Line, Figure.Picture {

	/** Kinds of group, written into SVG exports as their class. */
	enum Kind {
		NODE, CONTAINER, LIST_ITEM, BORDERED, EDGE, DECORATION, GRID, TIMELINE;

		/** The name used in SVG classes: lower case with dashes. */
		public String cssName() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	/**
	 * Figures standing for one diagram element, or one part of a backdrop.
	 *
	 * @param id      the diagram element's id, or a name for backdrop parts
	 * @param mapping the mapping that drew it, or {@code null}
	 * @param element the model element's id, or {@code null}
	 * @param tooltip text for hovering, or {@code null}
	 */
	record Group(Kind kind, String id, String mapping, String element, String tooltip, List<Figure> children)
			implements Figure {
	}

	/** A closed outline: a node's shape, a cell, a badge. Colours are {@code #RRGGBB}; {@code null} draws nothing. */
	record Outline(NodeShape shape, double x, double y, double width, double height, String fill, String stroke,
			double strokeWidth, LineStyle dash) implements Figure {
	}

	/** Where a text's x is: its left end, its middle or its right end. */
	enum Anchor {
		START, MIDDLE, END
	}

	/**
	 * Lines of text.
	 *
	 * @param top        top of the first line
	 * @param lineHeight distance between baselines
	 * @param ascent     distance from the top of a line to its baseline
	 */
	record Text(List<String> lines, double x, double top, Anchor anchor, int size, boolean bold, boolean italic,
			String colour, double lineHeight, double ascent) implements Figure {

		/** Where one of the lines starts, measured as every renderer measures text. */
		public double startOf(String line) {
			double width = TextMetrics.INSTANCE.width(line, size, bold, italic);
			return switch (anchor) {
			case MIDDLE -> x - width / 2;
			case END -> x - width;
			default -> x;
			};
		}

		/** The baseline of the line with this index. */
		public double baselineOf(int index) {
			return top + ascent + index * lineHeight;
		}
	}

	/** An open polyline with optional arrow heads at its ends. */
	record Line(List<Point> points, String colour, double width, LineStyle dash, ArrowKind start, ArrowKind end)
			implements Figure {
	}

	/** A PNG image, as bytes. */
	record Picture(double x, double y, double width, double height, String mediaType, byte[] data) implements Figure {
	}

	/** A point in diagram coordinates. */
	record Point(double x, double y) {
	}
}
