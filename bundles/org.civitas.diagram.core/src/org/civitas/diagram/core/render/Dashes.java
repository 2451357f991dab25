package org.civitas.diagram.core.render;

import org.civitas.diagram.spec.LineStyle;

/** Dash patterns of line styles, scaled with the line width, the same in every renderer. */
final class Dashes {

	private Dashes() {
	}

	/** Lengths of dashes and gaps, or {@code null} for a solid line. */
	static float[] pattern(LineStyle style, double width) {
		float scale = (float) Math.max(1, width);
		return switch (style) {
		case DASHED -> new float[] { 6 * scale, 4 * scale };
		case DOTTED -> new float[] { 1.5f * scale, 3 * scale };
		default -> null;
		};
	}

	/** The pattern as an SVG {@code stroke-dasharray}, or {@code null} for a solid line. */
	static String svg(LineStyle style, double width) {
		float[] pattern = pattern(style, width);
		return pattern == null ? null : SvgWriter.number(pattern[0]) + ' ' + SvgWriter.number(pattern[1]);
	}
}
