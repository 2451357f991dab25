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

	private final Map<Integer, Font> fonts = new ConcurrentHashMap<>();
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
		return text.isEmpty() ? 0 : font(size, bold, italic).getStringBounds(text, CONTEXT).getWidth();
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
		for (String paragraph : text.split("\n", -1)) { //$NON-NLS-1$
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) { //$NON-NLS-1$
				if (word.isEmpty()) {
					continue;
				}
				String candidate = line.length() == 0 ? word : line + " " + word; //$NON-NLS-1$
				if (line.length() > 0 && width(candidate, size, bold, italic) > maxWidth) {
					lines.add(line.toString());
					line.setLength(0);
					line.append(word);
				} else {
					line.setLength(0);
					line.append(candidate);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}
}
