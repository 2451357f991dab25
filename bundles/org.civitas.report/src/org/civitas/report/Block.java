package org.civitas.report;

import java.util.List;

import org.civitas.report.chart.ChartSpec;

/**
 * A piece of a section's content. A renderer (HTML, PDF) knows every kind; sections only
 * describe, they never format.
 */
public sealed interface Block {

	/** A heading inside a section. */
	record Heading(String text) implements Block {
	}

	/**
	 * A paragraph of text.
	 *
	 * @param emptyPart whether it stands for an empty part of the model ("No KPIs are defined"),
	 *            shown quieter than prose
	 */
	record Paragraph(String text, boolean emptyPart) implements Block {
	}

	/** Key figures shown as tiles: the numbers a board reads first. */
	record KeyFigures(List<KeyFigure> figures) implements Block {
		public KeyFigures {
			figures = List.copyOf(figures);
		}
	}

	/**
	 * One key figure.
	 *
	 * @param label what it is ("Total NPV")
	 * @param value the figure, formatted ("$ 4.2 M")
	 * @param note a line under it, may be empty
	 * @param tone how it reads
	 */
	record KeyFigure(String label, String value, String note, Tone tone) {
	}

	/** A list of items, each a line, with the tone of each (the decisions needed). */
	record Items(List<Cell> items) implements Block {
		public Items {
			items = List.copyOf(items);
		}
	}

	/**
	 * A table.
	 *
	 * @param caption what it shows, may be empty
	 * @param headers the column headers
	 * @param numeric per column, whether it holds numbers (aligned right)
	 * @param rows the rows, as many cells as headers
	 * @param grid whether the columns are equally wide, as in a heat map
	 */
	record Table(String caption, List<String> headers, List<Boolean> numeric, List<List<Cell>> rows, boolean grid)
			implements Block {
		public Table {
			headers = List.copyOf(headers);
			numeric = List.copyOf(numeric);
			rows = rows.stream().map(List::copyOf).toList();
		}

		/** A table whose columns are as wide as their content needs. */
		public Table(String caption, List<String> headers, List<Boolean> numeric, List<List<Cell>> rows) {
			this(caption, headers, numeric, rows, false);
		}
	}

	/**
	 * A cell of a table, or an item of a list.
	 *
	 * @param text what it says
	 * @param tone its colour and weight
	 * @param anchor an element this cell is the place of (others link to it), or {@code null}
	 * @param link an element this cell links to, or {@code null}
	 */
	record Cell(String text, Tone tone, String anchor, String link) {

		public static Cell of(String text) {
			return new Cell(text, Tone.NEUTRAL, null, null);
		}

		public static Cell of(String text, Tone tone) {
			return new Cell(text, tone, null, null);
		}
	}

	/** A chart, drawn by the report's chart library from its specification. */
	record Chart(ChartSpec spec) implements Block {
	}

	/**
	 * A picture the section draws itself, such as a diagram: SVG for the HTML file, PNG for the PDF.
	 *
	 * @param caption what it shows
	 * @param svg the picture as an SVG document
	 * @param png the same picture as PNG
	 * @param width its width in CSS pixels
	 */
	record Figure(String caption, String svg, byte[] png, int width) implements Block {
	}
}
