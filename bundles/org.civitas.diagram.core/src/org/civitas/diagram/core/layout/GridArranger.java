package org.civitas.diagram.core.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civitas.diagram.core.sync.Evaluation;
import org.civitas.diagram.core.view.DiagramView;
import org.civitas.diagram.core.view.NodeView;
import org.civitas.diagram.spec.AxisValue;
import org.civitas.diagram.spec.GridAxis;
import org.civitas.diagram.spec.GridLayout;

/**
 * Places top-level nodes in the cells of a matrix by two values of their elements, such as
 * likelihood and impact. Nodes sharing a cell are stacked in it; columns and rows grow to fit
 * their fullest cell. An element whose values name no cell is not dropped: it is gathered in a
 * strip beside the grid and reported.
 */
final class GridArranger {

	private static final double GAP = 8;
	private static final double HEADER = 28;
	private static final double AXIS_TITLE = 22;

	private final NodeSizes sizes;

	GridArranger(NodeSizes sizes) {
		this.sizes = sizes;
	}

	Backdrop.Grid arrange(DiagramView view, GridLayout grid) {
		List<AxisValue> columns = grid.getColumns().getValues();
		List<AxisValue> rows = grid.getRows().getValues();
		Map<String, Integer> columnIndex = index(columns);
		Map<String, Integer> rowIndex = index(rows);
		List<List<List<NodeView>>> cells = new ArrayList<>();
		for (int row = 0; row < rows.size(); row++) {
			List<List<NodeView>> cellsOfRow = new ArrayList<>();
			for (int column = 0; column < columns.size(); column++) {
				cellsOfRow.add(new ArrayList<>());
			}
			cells.add(cellsOfRow);
		}
		List<NodeView> unplaced = new ArrayList<>();
		Evaluation evaluation = view.evaluation();
		for (NodeView node : view.roots()) {
			String column = value(evaluation, grid.getColumns(), node.mapping().getGridColumnExpression(), node);
			String row = value(evaluation, grid.getRows(), node.mapping().getGridRowExpression(), node);
			Integer c = columnIndex.get(column);
			Integer r = rowIndex.get(row);
			if (c == null || r == null) {
				unplaced.add(node);
				evaluation.problems().add(node.mapping().getName(), node.element(),
						Messages.format(Messages.Grid_noCell, axisTitle(grid.getColumns()), column,
								axisTitle(grid.getRows()), row));
			} else {
				cells.get(r).get(c).add(node);
			}
		}
		double rowHeaderWidth = 0;
		for (AxisValue row : rows) {
			rowHeaderWidth = Math.max(rowHeaderWidth, headerWidth(row));
		}
		rowHeaderWidth += 2 * GAP;
		double[] widths = new double[columns.size()];
		double[] heights = new double[rows.size()];
		for (int c = 0; c < columns.size(); c++) {
			widths[c] = Math.max(headerWidth(columns.get(c)) + 2 * GAP, 90);
		}
		for (int r = 0; r < rows.size(); r++) {
			heights[r] = 60;
			for (int c = 0; c < columns.size(); c++) {
				double stacked = GAP;
				for (NodeView node : cells.get(r).get(c)) {
					widths[c] = Math.max(widths[c], node.node().getWidth() + 2 * GAP);
					stacked += node.node().getHeight() + GAP;
				}
				heights[r] = Math.max(heights[r], stacked);
			}
		}
		double left = AXIS_TITLE + rowHeaderWidth;
		double top = AXIS_TITLE + HEADER;
		List<Backdrop.Band> columnBands = new ArrayList<>();
		double totalHeight = sum(heights);
		double totalWidth = sum(widths);
		double x = left;
		for (int c = 0; c < columns.size(); c++) {
			columnBands.add(new Backdrop.Band(x, widths[c], headerOf(columns.get(c)), AXIS_TITLE, HEADER + totalHeight));
			x += widths[c];
		}
		List<Backdrop.Band> rowBands = new ArrayList<>();
		double y = top;
		for (int r = 0; r < rows.size(); r++) {
			rowBands.add(new Backdrop.Band(y, heights[r], headerOf(rows.get(r)), AXIS_TITLE, rowHeaderWidth + totalWidth));
			double cellX = left;
			for (int c = 0; c < columns.size(); c++) {
				double cellY = y + GAP;
				for (NodeView node : cells.get(r).get(c)) {
					node.node().setX(cellX + (widths[c] - node.node().getWidth()) / 2);
					node.node().setY(cellY);
					cellY += node.node().getHeight() + GAP;
				}
				cellX += widths[c];
			}
			y += heights[r];
		}
		Backdrop.Band unplacedBand = null;
		if (!unplaced.isEmpty()) {
			double stripX = left + totalWidth + 3 * GAP;
			double stripWidth = 0;
			double stripY = top + GAP;
			for (NodeView node : unplaced) {
				node.node().setX(stripX + GAP);
				node.node().setY(stripY);
				stripY += node.node().getHeight() + GAP;
				stripWidth = Math.max(stripWidth, node.node().getWidth() + 2 * GAP);
			}
			unplacedBand = new Backdrop.Band(stripX, stripWidth, Messages.Layout_unplaced, top, stripY - top);
		}
		return new Backdrop.Grid(axisTitle(grid.getColumns()), axisTitle(grid.getRows()), columnBands, rowBands,
				cellColours(view, grid, columns, rows), unplacedBand);
	}

	private String[][] cellColours(DiagramView view, GridLayout grid, List<AxisValue> columns, List<AxisValue> rows) {
		String[][] colours = new String[rows.size()][columns.size()];
		if (grid.getCellColorExpression() == null || grid.getCellColorExpression().isBlank()) {
			return colours;
		}
		Evaluation evaluation = view.evaluation();
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				Map<String, Object> variables = new HashMap<>();
				variables.put("column", columns.get(c).getValue()); //$NON-NLS-1$
				variables.put("row", rows.get(r).getValue()); //$NON-NLS-1$
				variables.put("root", evaluation.root()); //$NON-NLS-1$
				colours[r][c] = evaluation.text(grid.getCellColorExpression(), variables, grid.getColumns().getLabel(),
						null);
			}
		}
		return colours;
	}

	private static String value(Evaluation evaluation, GridAxis axis, String override, NodeView node) {
		String expression = override == null || override.isBlank() ? axis.getExpression() : override;
		Object value = evaluation.value(expression, evaluation.variables(node.element()), node.mapping().getName(),
				node.element());
		return value == null ? null : value.toString();
	}

	private static Map<String, Integer> index(List<AxisValue> values) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < values.size(); i++) {
			index.put(values.get(i).getValue(), i);
		}
		return index;
	}

	private double headerWidth(AxisValue value) {
		return sizes.metrics().width(headerOf(value), 11, true, false);
	}

	private static String headerOf(AxisValue value) {
		return value.getLabel() == null || value.getLabel().isBlank() ? value.getValue() : value.getLabel();
	}

	private static String axisTitle(GridAxis axis) {
		return axis.getLabel() == null ? "" : axis.getLabel(); //$NON-NLS-1$
	}

	private static double sum(double[] values) {
		double total = 0;
		for (double value : values) {
			total += value;
		}
		return total;
	}
}
