package org.civitas.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardXYItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts drawn by JFreeChart: as an SVG document (JFreeSVG) for HTML, and as a PNG image for PDF,
 * from one specification, in the report's quiet style (white background, grey grid, the
 * report's fonts and colours).
 */
public final class ChartPictures {

	/** The colours of series without their own, in order. */
	private static final List<Color> PALETTE = List.of(new Color(0x2f6db5), new Color(0xd98c1f), new Color(0x3f8f4f),
			new Color(0x8e44ad), new Color(0xc0392b), new Color(0x7f8c8d));
	private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
	private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
	private static final Color GRID = new Color(0xdddddd);

	private ChartPictures() {
	}

	/** The chart as a standalone SVG document of that size. */
	public static String svg(ChartSpec spec, int width, int height) {
		SVGGraphics2D graphics = new SVGGraphics2D(width, height);
		chart(spec).draw(graphics, new Rectangle(width, height));
		return graphics.getSVGElement();
	}

	/** The chart as a PNG image, {@code scale} times the size (2 for print). */
	public static byte[] png(ChartSpec spec, int width, int height, int scale) {
		BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.scale(scale, scale);
			chart(spec).draw(graphics, new Rectangle(width, height));
		} finally {
			graphics.dispose();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes); //$NON-NLS-1$
		} catch (IOException inMemory) {
			throw new UncheckedIOException(inMemory);
		}
		return bytes.toByteArray();
	}

	static JFreeChart chart(ChartSpec spec) {
		JFreeChart chart;
		if (spec instanceof ChartSpec.Bars bars) {
			chart = bars(bars);
		} else if (spec instanceof ChartSpec.Lines lines) {
			chart = lines(lines);
		} else {
			chart = points((ChartSpec.Points) spec);
		}
		chart.setBackgroundPaint(Color.WHITE);
		chart.getTitle().setFont(TITLE);
		if (chart.getLegend() != null) {
			chart.getLegend().setItemFont(TEXT);
			chart.getLegend().setFrame(BlockBorder.NONE);
		}
		return chart;
	}

	private static JFreeChart bars(ChartSpec.Bars spec) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (ChartSpec.Series series : spec.series()) {
			for (int i = 0; i < spec.categories().size(); i++) {
				data.addValue(series.values().get(i), series.name(), spec.categories().get(i));
			}
		}
		JFreeChart chart = spec.stacked()
				? ChartFactory.createStackedBarChart(spec.title(), spec.categoryAxis(), spec.valueAxis(), data)
				: ChartFactory.createBarChart(spec.title(), spec.categoryAxis(), spec.valueAxis(), data);
		CategoryPlot plot = chart.getCategoryPlot();
		style(plot);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		colour(spec.series(), (index, colour) -> renderer.setSeriesPaint(index, colour));
		if (spec.categories().size() > 6) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		// Counts read as counts: 1, 2, 3, not 0.1, 0.2.
		if (spec.series().stream().flatMap(series -> series.values().stream()).allMatch(v -> v == null || v == Math.rint(v))) {
			plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		}
		if (spec.series().size() < 2) {
			chart.removeLegend();
		}
		return chart;
	}

	private static JFreeChart lines(ChartSpec.Lines spec) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (ChartSpec.Series series : spec.series()) {
			for (int i = 0; i < spec.xLabels().size(); i++) {
				data.addValue(series.values().get(i), series.name(), spec.xLabels().get(i));
			}
		}
		JFreeChart chart = ChartFactory.createLineChart(spec.title(), spec.xAxis(), spec.valueAxis(), data);
		CategoryPlot plot = chart.getCategoryPlot();
		style(plot);
		LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
		renderer.setDefaultShapesVisible(true);
		colour(spec.series(), (index, colour) -> {
			renderer.setSeriesPaint(index, colour);
			renderer.setSeriesStroke(index, new BasicStroke(2f));
		});
		for (ChartSpec.Mark mark : spec.marks()) {
			ValueMarker marker = new ValueMarker(mark.value(), Color.decode(mark.colour()),
					new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
			marker.setLabel(mark.label());
			marker.setLabelFont(TEXT);
			marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
			marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
			plot.addRangeMarker(marker);
		}
		if (spec.xLabels().size() > 8) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		if (spec.series().size() < 2) {
			chart.removeLegend();
		}
		return chart;
	}

	private static JFreeChart points(ChartSpec.Points spec) {
		XYSeriesCollection data = new XYSeriesCollection();
		for (ChartSpec.Group group : spec.groups()) {
			XYSeries series = new XYSeries(group.name(), false, true);
			spec.points().stream().filter(point -> point.group().equals(group.name()))
					.forEach(point -> series.add(point.x(), point.y()));
			data.addSeries(series);
		}
		JFreeChart chart = ChartFactory.createScatterPlot(spec.title(), spec.xAxis(), spec.yAxis(), data,
				PlotOrientation.VERTICAL, true, false, false);
		XYPlot plot = chart.getXYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(GRID);
		plot.setRangeGridlinePaint(GRID);
		plot.getDomainAxis().setRange(spec.xFrom(), spec.xTo());
		plot.getRangeAxis().setRange(spec.yFrom(), spec.yTo());
		plot.getDomainAxis().setLabelFont(TEXT);
		plot.getRangeAxis().setLabelFont(TEXT);
		XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
		for (int i = 0; i < spec.groups().size(); i++) {
			renderer.setSeriesPaint(i, Color.decode(spec.groups().get(i).colour()));
			renderer.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
		}
		// Each point says which service it is.
		renderer.setDefaultItemLabelGenerator(new StandardXYItemLabelGenerator() {
			private static final long serialVersionUID = 1L;

			@Override
			public String generateLabel(XYDataset dataset, int series, int item) {
				String group = spec.groups().get(series).name();
				double x = dataset.getXValue(series, item);
				double y = dataset.getYValue(series, item);
				return spec.points().stream().filter(p -> p.group().equals(group) && p.x() == x && p.y() == y)
						.map(ChartSpec.Point::label).reduce((a, b) -> a + ", " + b).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
		return chart;
	}

	private static void style(CategoryPlot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(GRID);
		plot.setOutlineVisible(false);
		plot.getDomainAxis().setLabelFont(TEXT);
		plot.getDomainAxis().setTickLabelFont(TEXT);
		plot.getRangeAxis().setLabelFont(TEXT);
		plot.getRangeAxis().setTickLabelFont(TEXT);
	}

	private interface Colouring {
		void colour(int index, Color colour);
	}

	private static void colour(List<ChartSpec.Series> series, Colouring colouring) {
		for (int i = 0; i < series.size(); i++) {
			String own = series.get(i).colour();
			colouring.colour(i, own != null ? Color.decode(own) : PALETTE.get(i % PALETTE.size()));
		}
	}
}
