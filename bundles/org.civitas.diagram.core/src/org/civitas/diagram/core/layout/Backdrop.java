package org.civitas.diagram.core.layout;

import java.util.List;

/**
 * What a layout draws behind the nodes: the cells and headers of a grid, or the axis and lanes
 * of a timeline. Computed with the positions, from the same values, so nodes and their
 * backdrop always agree.
 */
public sealed interface Backdrop permits Backdrop.None, Backdrop.Grid, Backdrop.Timeline {

	/** Nothing behind the nodes: layered and free diagrams. */
	record None() implements Backdrop {
	}

	/**
	 * A matrix of cells.
	 *
	 * @param columnTitle title of the horizontal axis
	 * @param rowTitle    title of the vertical axis
	 * @param columns     columns, left to right
	 * @param rows        rows, top to bottom
	 * @param cellColours background of each cell as {@code cellColours[row][column]}, {@code null} for none
	 * @param unplaced    where elements without a cell are gathered, or {@code null} when all have one
	 */
	record Grid(String columnTitle, String rowTitle, List<Band> columns, List<Band> rows, String[][] cellColours,
			Band unplaced) implements Backdrop {
	}

	/**
	 * A time axis over lanes.
	 *
	 * @param axisTop  top of the axis
	 * @param ticks    marks on the axis, left to right
	 * @param lanes    lanes, top to bottom
	 * @param left     left edge of the time area
	 * @param right    right edge of the time area
	 * @param unplaced where elements without a start date are gathered, or {@code null} when all have one
	 */
	record Timeline(double axisTop, List<Tick> ticks, List<Band> lanes, double left, double right, Band unplaced)
			implements Backdrop {
	}

	/**
	 * A row, column or lane: its position along its axis, its extent, and its header.
	 *
	 * @param start  left of a column, top of a row or lane
	 * @param size   width of a column, height of a row or lane
	 * @param header the header text
	 * @param across the extent on the other axis: where the band's header sits (left or top) and how far it runs
	 */
	record Band(double start, double size, String header, double across, double length) {
	}

	/** A mark on a time axis, at {@code x}, with its label. */
	record Tick(double x, String label) {
	}
}
