package org.civitas.diagram.core.layout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civitas.diagram.core.sync.Evaluation;
import org.civitas.diagram.core.view.DiagramView;
import org.civitas.diagram.core.view.NodeView;
import org.civitas.diagram.spec.TimelineLayout;

/**
 * Places top-level nodes on a time axis: each starts at its start date and spans to its end
 * date (at least as wide as its content), in lanes by the lane expression; within a lane,
 * nodes that would overlap go to separate rows. The axis is marked in months, quarters or
 * years depending on the span. Elements without a start date are gathered beside the timeline
 * and reported.
 */
final class TimelineArranger {

	private static final double GAP = 10;
	private static final double AXIS = 34;
	private static final double LANE_HEADER_MIN = 90;
	private static final double MARGIN_DAYS = 15;
	private static final double MIN_BAR = 24;
	private static final double MIN_TICK_SPACING = 72;

	private final NodeSizes sizes;

	TimelineArranger(NodeSizes sizes) {
		this.sizes = sizes;
	}

	private record Placed(NodeView node, LocalDate start, LocalDate end, String lane) {
	}

	Backdrop.Timeline arrange(DiagramView view, TimelineLayout timeline) {
		Evaluation evaluation = view.evaluation();
		List<Placed> placed = new ArrayList<>();
		List<NodeView> unplaced = new ArrayList<>();
		for (NodeView node : view.roots()) {
			Map<String, Object> variables = evaluation.variables(node.element());
			String mapping = node.mapping().getName();
			Date start = evaluation.date(timeline.getStartExpression(), variables, mapping, node.element());
			Date end = evaluation.date(timeline.getEndExpression(), variables, mapping, node.element());
			String lane = evaluation.text(timeline.getLaneExpression(), variables, mapping, node.element());
			if (start == null) {
				unplaced.add(node);
				evaluation.problems().add(mapping, node.element(), Messages.Timeline_noStart);
				continue;
			}
			LocalDate first = day(start);
			LocalDate last = end == null || day(end).isBefore(first) ? first : day(end);
			placed.add(new Placed(node, first, last, lane == null ? "" : lane)); //$NON-NLS-1$
		}
		double ppd = timeline.getPixelsPerDay();
		LocalDate from = placed.stream().map(Placed::start).min(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1))
				.minusDays((long) MARGIN_DAYS);
		LocalDate to = placed.stream().map(Placed::end).max(LocalDate::compareTo).orElse(from.plusDays(365))
				.plusDays((long) MARGIN_DAYS);
		Map<String, List<Placed>> lanes = new LinkedHashMap<>();
		for (Placed item : placed) {
			lanes.computeIfAbsent(item.lane(), key -> new ArrayList<>()).add(item);
		}
		double laneHeader = LANE_HEADER_MIN;
		for (String lane : lanes.keySet()) {
			laneHeader = Math.max(laneHeader, sizes.metrics().width(lane, 11, true, false) + 2 * GAP);
		}
		double left = laneHeader;
		double right = left + ChronoUnit.DAYS.between(from, to) * ppd;
		double y = AXIS;
		List<Backdrop.Band> laneBands = new ArrayList<>();
		for (Map.Entry<String, List<Placed>> lane : lanes.entrySet()) {
			List<Placed> items = new ArrayList<>(lane.getValue());
			items.sort((a, b) -> a.start().compareTo(b.start()));
			List<Double> rowEnds = new ArrayList<>();
			List<Double> rowHeights = new ArrayList<>();
			List<Integer> rowOf = new ArrayList<>();
			for (Placed item : items) {
				double x = left + ChronoUnit.DAYS.between(from, item.start()) * ppd;
				// A bar is exactly as long as its period, so the picture never overstates a
				// schedule; its label wraps instead. A milestone (no end) keeps its own width.
				double width = item.start().equals(item.end()) ? item.node().node().getWidth()
						: Math.max(MIN_BAR, ChronoUnit.DAYS.between(item.start(), item.end()) * ppd);
				item.node().node().setX(x);
				item.node().node().setWidth(width);
				sizes.fitHeight(item.node());
				right = Math.max(right, x + width + GAP);
				int row = 0;
				while (row < rowEnds.size() && rowEnds.get(row) + GAP > x) {
					row++;
				}
				if (row == rowEnds.size()) {
					rowEnds.add(0.0);
					rowHeights.add(0.0);
				}
				rowEnds.set(row, x + width);
				rowHeights.set(row, Math.max(rowHeights.get(row), item.node().node().getHeight()));
				rowOf.add(row);
			}
			double laneTop = y;
			double[] rowTops = new double[rowHeights.size()];
			double rowY = y + GAP;
			for (int row = 0; row < rowHeights.size(); row++) {
				rowTops[row] = rowY;
				rowY += rowHeights.get(row) + GAP;
			}
			for (int i = 0; i < items.size(); i++) {
				items.get(i).node().node().setY(rowTops[rowOf.get(i)]);
			}
			y = Math.max(rowY, laneTop + 40);
			laneBands.add(new Backdrop.Band(laneTop, y - laneTop, lane.getKey(), 0, right));
		}
		Backdrop.Band unplacedBand = null;
		if (!unplaced.isEmpty()) {
			double stripTop = y + 2 * GAP;
			double x = left;
			double height = 0;
			for (NodeView node : unplaced) {
				node.node().setX(x);
				node.node().setY(stripTop + GAP);
				x += node.node().getWidth() + GAP;
				height = Math.max(height, node.node().getHeight());
			}
			unplacedBand = new Backdrop.Band(stripTop, height + 2 * GAP, Messages.Layout_unplaced, 0, Math.max(right, x));
		}
		return new Backdrop.Timeline(0, ticks(from, to, left, ppd), widen(laneBands, right), left, right, unplacedBand);
	}

	private static List<Backdrop.Band> widen(List<Backdrop.Band> lanes, double right) {
		return lanes.stream().map(lane -> new Backdrop.Band(lane.start(), lane.size(), lane.header(), 0, right)).toList();
	}

	/** Marks every month, quarter, half-year or year: the finest whose labels do not collide at this scale. */
	private static List<Backdrop.Tick> ticks(LocalDate from, LocalDate to, double left, double ppd) {
		int step = 12;
		for (int candidate : new int[] { 1, 3, 6 }) {
			if (candidate * 30.4 * ppd >= MIN_TICK_SPACING) {
				step = candidate;
				break;
			}
		}
		List<Backdrop.Tick> ticks = new ArrayList<>();
		LocalDate tick = from.withDayOfMonth(1).plusMonths(1);
		while ((tick.getMonthValue() - 1) % step != 0) {
			tick = tick.plusMonths(1);
		}
		for (; !tick.isAfter(to); tick = tick.plusMonths(step)) {
			double x = left + ChronoUnit.DAYS.between(from, tick) * ppd;
			ticks.add(new Backdrop.Tick(x, label(tick, step)));
		}
		return ticks;
	}

	private static String label(LocalDate tick, int step) {
		return switch (step) {
		case 1 -> tick.getMonth().getDisplayName(TextStyle.SHORT, Locale.getDefault()) + ' ' + tick.getYear();
		case 3 -> "Q" + ((tick.getMonthValue() - 1) / 3 + 1) + ' ' + tick.getYear(); //$NON-NLS-1$
		case 6 -> "H" + ((tick.getMonthValue() - 1) / 6 + 1) + ' ' + tick.getYear(); //$NON-NLS-1$
		default -> String.valueOf(tick.getYear());
		};
	}

	private static LocalDate day(Date date) {
		return Instant.ofEpochMilli(date.getTime()).atZone(ZoneOffset.UTC).toLocalDate();
	}
}
