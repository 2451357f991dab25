package org.civitas.diagram.core.style;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures labels the same way for layout, for the screen and for export, so that a label that
 * fits in the editor fits in the SVG and the PNG too. It uses Java2D's font metrics, which work
 * without a display.
 */
public final class TextMetrics {

	/** The font family diagrams use; exports name it first and fall back to similar ones. */
	public static final String FAMILY = "DejaVu Sans"; //$NON-NLS-1$

	/** The one instance: measuring has no state but its font cache. */
	public static final TextMetrics INSTANCE = new TextMetrics();

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
	private static final double LINE_SPACING = 1.25;

	/** Enough for the distinct words and labels of several large diagrams. */
	private static final int MAX_CACHED_WIDTHS = 50_000;

	private final Map<Integer, Font> fonts = new ConcurrentHashMap<>();
	/**
	 * Widths already measured, by font and text: Java2D takes tens of microseconds per
	 * measurement, and diagrams measure the same words over and over.
	 */
	private final Map<String, Double> widths = new ConcurrentHashMap<>();
	private final String family;

	private TextMetrics() {
		String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
		family = Arrays.asList(installed).contains(FAMILY) ? FAMILY : Font.SANS_SERIF;
	}

	/** The font for a label of this size and weight. */
	public Font font(int size, boolean bold, boolean italic) {
		int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
		return fonts.computeIfAbsent(size * 4 + style, key -> new Font(family, style, size));
	}

	/** Width of one line of text. */
	public double width(String text, int size, boolean bold, boolean italic) {
		if (text.isEmpty()) {
			return 0;
		}
		String key = (size * 4 + (bold ? 1 : 0) + (italic ? 2 : 0)) + "\u0000" + text; //$NON-NLS-1$
		Double known = widths.get(key);
		if (known != null) {
			return known;
		}
		if (widths.size() > MAX_CACHED_WIDTHS) {
			widths.clear();
		}
		double measured = font(size, bold, italic).getStringBounds(text, CONTEXT).getWidth();
		widths.put(key, measured);
		return measured;
	}

	/** Distance between the baselines of two lines. */
	public double lineHeight(int size) {
		return Math.ceil(size * LINE_SPACING);
	}

	/** Distance from the top of a line to its baseline, with the line's spare height shared above and below. */
	public double ascent(int size) {
		LineMetrics metrics = font(size, false, false).getLineMetrics("Hg", CONTEXT); //$NON-NLS-1$
		return metrics.getAscent() + (lineHeight(size) - metrics.getAscent() - metrics.getDescent()) / 2;
	}

	/**
	 * The text broken into lines no wider than {@code maxWidth} where it has spaces, keeping its
	 * own line breaks; a word wider than the limit stays whole on its line.
	 */
	public List<String> wrap(String text, int size, boolean bold, boolean italic, double maxWidth) {
		List<String> lines = new ArrayList<>();
		double space = width(" ", size, bold, italic); //$NON-NLS-1$
		for (String paragraph : text.split("\n", -1)) { //$NON-NLS-1$
			StringBuilder line = new StringBuilder();
			double lineWidth = 0;
			for (String word : paragraph.split(" ")) { //$NON-NLS-1$
				if (word.isEmpty()) {
					continue;
				}
				// Words are measured once each and added up: kerning across a space is nil.
				double wordWidth = width(word, size, bold, italic);
				if (line.length() > 0 && lineWidth + space + wordWidth > maxWidth) {
					lines.add(line.toString());
					line.setLength(0);
					lineWidth = 0;
				}
				if (line.length() > 0) {
					line.append(' ');
					lineWidth += space;
				}
				line.append(word);
				lineWidth += wordWidth;
			}
			lines.add(line.toString());
		}
		return lines;
	}
}
