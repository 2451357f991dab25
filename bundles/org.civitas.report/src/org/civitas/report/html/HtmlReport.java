package org.civitas.report.html;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.civitas.report.Block;
import org.civitas.report.Report;
import org.civitas.report.Tone;
import org.civitas.report.chart.ChartPictures;
import org.eclipse.osgi.util.NLS;

/**
 * A report as one self-contained HTML file: styles and pictures inside it (pictures as data
 * URIs), no reference to anything outside, a table of contents, an anchor per section and per
 * element, and print styles (a section per page, rows never split). Written as XHTML, so that it
 * is well-formed XML too: the PDF is made from the same text.
 */
public final class HtmlReport {

	/** Size of charts in CSS pixels. */
	private static final int CHART_WIDTH = 720;
	private static final int CHART_HEIGHT = 360;

	/**
	 * How the file is meant to be read.
	 *
	 * @param forPdf pictures as PNG rather than SVG, PDF bookmarks, the page size set
	 * @param paper {@code A4} or {@code letter}
	 */
	public record Options(boolean forPdf, String paper) {
		public static final Options BROWSER = new Options(false, "A4"); //$NON-NLS-1$
	}

	private final Options options;
	private final StringBuilder out = new StringBuilder(1 << 16);
	/** Anchors of elements that the report has: links go only to those. */
	private final Set<String> anchors = new HashSet<>();

	private HtmlReport(Options options) {
		this.options = options;
	}

	/** The report as the text of an HTML file. */
	public static String of(Report report, Options options) {
		return new HtmlReport(options).write(report);
	}

	/** The anchor of an element's place in a report. */
	public static String anchorOf(String elementId) {
		return "element-" + elementId.replaceAll("[^A-Za-z0-9_-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private String write(Report report) {
		collectAnchors(report);
		out.append("<!DOCTYPE html>\n"); //$NON-NLS-1$
		out.append(options.forPdf() ? "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n" : "<html lang=\"en\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
		out.append("<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(escape(report.title())).append("</title>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"); //$NON-NLS-1$
		out.append("<style>\n").append(ReportStyles.css(options.forPdf(), options.paper())).append("</style>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		if (options.forPdf()) {
			out.append("<bookmarks>\n"); //$NON-NLS-1$
			for (Report.Section section : report.sections()) {
				out.append("<bookmark name=\"").append(escape(section.title())).append("\" href=\"#section-") //$NON-NLS-1$ //$NON-NLS-2$
						.append(escape(section.id())).append("\"/>\n"); //$NON-NLS-1$
			}
			out.append("</bookmarks>\n"); //$NON-NLS-1$
		}
		out.append("</head>\n<body>\n<header class=\"cover\">\n<h1>").append(escape(report.title())).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (String line : report.subtitle()) {
			out.append("<p class=\"subtitle\">").append(escape(line)).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.append("<nav class=\"contents\"><h2>").append(escape(Messages.HtmlReport_contents)).append("</h2>\n<ol>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (Report.Section section : report.sections()) {
			out.append("<li><a href=\"#section-").append(escape(section.id())).append("\">").append(escape(section.title())) //$NON-NLS-1$ //$NON-NLS-2$
					.append("</a></li>\n"); //$NON-NLS-1$
		}
		out.append("</ol>\n</nav>\n</header>\n"); //$NON-NLS-1$
		for (Report.Section section : report.sections()) {
			section(section);
		}
		out.append("</body>\n</html>\n"); //$NON-NLS-1$
		return out.toString();
	}

	private void collectAnchors(Report report) {
		for (Report.Section section : report.sections()) {
			for (Block block : section.blocks()) {
				if (block instanceof Block.Table table) {
					table.rows().forEach(row -> row.forEach(cell -> {
						if (cell.anchor() != null) {
							anchors.add(cell.anchor());
						}
					}));
				}
			}
		}
	}

	private void section(Report.Section section) {
		out.append("<section id=\"section-").append(escape(section.id())).append("\">\n<h2>").append(escape(section.title())) //$NON-NLS-1$ //$NON-NLS-2$
				.append("</h2>\n"); //$NON-NLS-1$
		if (!section.strategies().isEmpty()) {
			out.append("<p class=\"strategies\">").append(escape(NLS.bind(Messages.HtmlReport_strategies, //$NON-NLS-1$
					String.join(", ", section.strategies())))).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (Block block : section.blocks()) {
			block(block);
		}
		out.append("</section>\n"); //$NON-NLS-1$
	}

	private void block(Block block) {
		if (block instanceof Block.Heading heading) {
			out.append("<h3>").append(escape(heading.text())).append("</h3>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (block instanceof Block.Paragraph paragraph) {
			out.append(paragraph.emptyPart() ? "<p class=\"nothing\">" : "<p>").append(escape(paragraph.text())).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else if (block instanceof Block.KeyFigures figures) {
			keyFigures(figures.figures());
		} else if (block instanceof Block.Items items) {
			out.append("<ul class=\"items\">\n"); //$NON-NLS-1$
			for (Block.Cell item : items.items()) {
				out.append("<li class=\"").append(toneClass(item.tone())).append("\">"); //$NON-NLS-1$ //$NON-NLS-2$
				cellText(item);
				out.append("</li>\n"); //$NON-NLS-1$
			}
			out.append("</ul>\n"); //$NON-NLS-1$
		} else if (block instanceof Block.Table table) {
			table(table);
		} else if (block instanceof Block.Chart chart) {
			if (options.forPdf()) {
				picture(chart.spec().title(), null, ChartPictures.png(chart.spec(), CHART_WIDTH, CHART_HEIGHT, 2), CHART_WIDTH, true);
			} else {
				picture(chart.spec().title(), ChartPictures.svg(chart.spec(), CHART_WIDTH, CHART_HEIGHT), null, CHART_WIDTH, true);
			}
		} else if (block instanceof Block.Figure figure) {
			picture(figure.caption(), options.forPdf() ? null : figure.svg(), options.forPdf() ? figure.png() : null, figure.width(),
					false);
		}
	}

	private void keyFigures(List<Block.KeyFigure> figures) {
		out.append("<div class=\"tiles\">\n"); //$NON-NLS-1$
		for (Block.KeyFigure figure : figures) {
			out.append("<div class=\"tile ").append(toneClass(figure.tone())).append("\"><div class=\"label\">") //$NON-NLS-1$ //$NON-NLS-2$
					.append(escape(figure.label())).append("</div><div class=\"value\">").append(escape(figure.value())) //$NON-NLS-1$
					.append("</div>"); //$NON-NLS-1$
			if (!figure.note().isEmpty()) {
				out.append("<div class=\"note\">").append(escape(figure.note())).append("</div>"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			out.append("</div>\n"); //$NON-NLS-1$
		}
		out.append("</div>\n"); //$NON-NLS-1$
	}

	private void table(Block.Table table) {
		out.append(table.grid() ? "<table class=\"grid\">\n" : "<table>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!table.caption().isEmpty()) {
			out.append("<caption>").append(escape(table.caption())).append("</caption>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.append("<thead><tr>"); //$NON-NLS-1$
		for (int i = 0; i < table.headers().size(); i++) {
			out.append(numeric(table, i) ? "<th class=\"number\">" : "<th>").append(escape(table.headers().get(i))).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		out.append("</tr></thead>\n<tbody>\n"); //$NON-NLS-1$
		for (List<Block.Cell> row : table.rows()) {
			String anchor = row.stream().map(Block.Cell::anchor).filter(a -> a != null).findFirst().orElse(null);
			out.append(anchor == null ? "<tr>" : "<tr id=\"" + escape(anchor) + "\">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (int i = 0; i < row.size(); i++) {
				Block.Cell cell = row.get(i);
				String classes = (numeric(table, i) ? "number " : "") + toneClass(cell.tone()); //$NON-NLS-1$ //$NON-NLS-2$
				out.append("<td class=\"").append(classes.strip()).append("\">"); //$NON-NLS-1$ //$NON-NLS-2$
				cellText(cell);
				out.append("</td>"); //$NON-NLS-1$
			}
			out.append("</tr>\n"); //$NON-NLS-1$
		}
		out.append("</tbody>\n</table>\n"); //$NON-NLS-1$
	}

	private static boolean numeric(Block.Table table, int column) {
		return column < table.numeric().size() && table.numeric().get(column);
	}

	/** A cell's text, a link when it names an element the report has a place for. */
	private void cellText(Block.Cell cell) {
		if (cell.link() != null && anchors.contains(cell.link())) {
			out.append("<a href=\"#").append(escape(cell.link())).append("\">").append(escape(cell.text())).append("</a>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else {
			out.append(escape(cell.text()));
		}
	}

	private void picture(String caption, String svg, byte[] png, int width, boolean chart) {
		String source = svg != null ? "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)) //$NON-NLS-1$
				: "data:image/png;base64," + Base64.getEncoder().encodeToString(png); //$NON-NLS-1$
		out.append("<figure class=\"").append(chart ? "chart" : "diagram").append("\"><img src=\"").append(source) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.append("\" alt=\"").append(escape(caption)).append("\" style=\"width: ").append(Math.min(width, 960)) //$NON-NLS-1$ //$NON-NLS-2$
				.append("px\"/>"); //$NON-NLS-1$
		// A chart carries its title; a diagram is named under it.
		if (!chart) {
			out.append("<figcaption>").append(escape(caption)).append("</figcaption>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.append("</figure>\n"); //$NON-NLS-1$
	}

	private static String toneClass(Tone tone) {
		return "tone-" + tone.name().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	/** Text as XML character data and attribute values: {@code & < > "} escaped, control characters left out. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> escaped.append("&amp;"); //$NON-NLS-1$
			case '<' -> escaped.append("&lt;"); //$NON-NLS-1$
			case '>' -> escaped.append("&gt;"); //$NON-NLS-1$
			case '"' -> escaped.append("&quot;"); //$NON-NLS-1$
			default -> {
				if (c >= 0x20 || c == '\n' || c == '\t') {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.toString();
	}
}
