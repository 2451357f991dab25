package org.civitas.report.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a chart shows, independent of how it is drawn: {@link ChartPictures} draws it with
 * JFreeChart. Every chart has a title and axis labels, so that it reads on its own.
 */
public sealed interface ChartSpec {

	String title();

	/**
	 * A named row of values, one per category or per point of the x axis; {@code null} for none.
	 *
	 * @param colour its colour as {@code #rrggbb}, or {@code null} for the palette's
	 */
	record Series(String name, List<Double> values, String colour) {
		public Series {
			values = Collections.unmodifiableList(new ArrayList<>(values));
		}
	}

	/** Bars per category, a bar per series; {@code stacked} piles the series up. */
	record Bars(String title, String categoryAxis, String valueAxis, List<String> categories, List<Series> series,
			boolean stacked) implements ChartSpec {
		public Bars {
			categories = List.copyOf(categories);
			series = List.copyOf(series);
		}
	}

	/** Lines over the x axis's labels (years, dates); optional horizontal marks (a target, a threshold). */
	record Lines(String title, String xAxis, String valueAxis, List<String> xLabels, List<Series> series, List<Mark> marks)
			implements ChartSpec {
		public Lines {
			xLabels = List.copyOf(xLabels);
			series = List.copyOf(series);
			marks = List.copyOf(marks);
		}
	}

	/**
	 * A horizontal line across a chart at a value.
	 *
	 * @param colour as {@code #rrggbb}
	 */
	record Mark(String label, double value, String colour) {
	}

	/** Labelled points on two axes, coloured by group (services by fit, coloured by TIME class). */
	record Points(String title, String xAxis, String yAxis, double xFrom, double xTo, double yFrom, double yTo,
			List<Point> points, List<Group> groups) implements ChartSpec {
		public Points {
			points = List.copyOf(points);
			groups = List.copyOf(groups);
		}
	}

	/** A point, in the group of that name. */
	record Point(String label, double x, double y, String group) {
	}

	/**
	 * A group of points, with its colour as {@code #rrggbb}.
	 */
	record Group(String name, String colour) {
	}
}
