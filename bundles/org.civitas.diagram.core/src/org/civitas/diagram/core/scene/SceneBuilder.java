package org.civitas.diagram.core.scene;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.civitas.diagram.core.layout.Backdrop;
import org.civitas.diagram.core.layout.NodeSizes;
import org.civitas.diagram.core.scene.Figure.Anchor;
import org.civitas.diagram.core.scene.Figure.Group;
import org.civitas.diagram.core.scene.Figure.Kind;
import org.civitas.diagram.core.scene.Figure.Line;
import org.civitas.diagram.core.scene.Figure.Outline;
import org.civitas.diagram.core.scene.Figure.Picture;
import org.civitas.diagram.core.scene.Figure.Point;
import org.civitas.diagram.core.scene.Figure.Text;
import org.civitas.diagram.core.style.EdgeLook;
import org.civitas.diagram.core.style.NodeLook;
import org.civitas.diagram.core.style.TextMetrics;
import org.civitas.diagram.core.sync.Evaluation;
import org.civitas.diagram.core.view.DiagramView;
import org.civitas.diagram.core.view.EdgeView;
import org.civitas.diagram.core.view.NodeView;
import org.civitas.diagram.spec.ArrowKind;
import org.civitas.diagram.spec.Decoration;
import org.civitas.diagram.spec.DecorationPosition;
import org.civitas.diagram.spec.LabelPosition;
import org.civitas.diagram.spec.Layer;
import org.civitas.diagram.spec.LineStyle;
import org.civitas.diagram.spec.NodeShape;
import org.civitas.diagram.spec.PredicateDecoration;
import org.civitas.diagram.spec.ValidationDecoration;
import org.civitas.validation.Finding;
import org.civitas.validation.Severity;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIConverter;

/**
 * Turns a laid-out diagram view into a {@link Scene}: shapes, labels, icons, routes, arrow
 * heads, decorations and the grid or timeline behind, back to front. It decides everything
 * about how the diagram looks; renderers only draw.
 */
public final class SceneBuilder {

	private static final double MARGIN = 20;
	private static final double BADGE = 14;
	private static final String GRID_LINE = "#CBD5E0"; //$NON-NLS-1$
	private static final String HEADER_TEXT = "#2D3748"; //$NON-NLS-1$
	private static final String LANE_FILL = "#F7FAFC"; //$NON-NLS-1$

	private final NodeSizes sizes;
	private final TextMetrics metrics;
	private final ElementProblems problems;
	private final Map<String, byte[]> icons = new HashMap<>();

	public SceneBuilder(NodeSizes sizes, ElementProblems problems) {
		this.sizes = sizes;
		this.metrics = sizes.metrics();
		this.problems = problems;
	}

	/** The scene of a laid-out view with the backdrop its layout computed. */
	public Scene build(DiagramView view, Backdrop backdrop) {
		List<Figure> figures = new ArrayList<>();
		if (backdrop instanceof Backdrop.Grid grid) {
			figures.add(grid(grid));
		} else if (backdrop instanceof Backdrop.Timeline timeline) {
			figures.add(timeline(timeline));
		}
		List<Figure> decorations = new ArrayList<>();
		for (NodeView node : view.roots()) {
			figures.add(node(view, node, decorations));
		}
		Routes.Router routes = new Routes.Router(view.allNodes());
		for (EdgeView edge : view.edges()) {
			figures.add(edge(edge, routes));
		}
		figures.addAll(decorations);
		double[] bounds = Bounds.of(figures);
		return new Scene(view.representation().getName(), bounds[0] - MARGIN, bounds[1] - MARGIN,
				bounds[2] - bounds[0] + 2 * MARGIN, bounds[3] - bounds[1] + 2 * MARGIN, figures,
				view.evaluation().problems().all());
	}

	private Group node(DiagramView view, NodeView node, List<Figure> decorations) {
		NodeLook look = node.look();
		double x = node.absoluteX();
		double y = node.absoluteY();
		double width = node.node().getWidth();
		double height = node.node().getHeight();
		List<Figure> figures = new ArrayList<>();
		Kind kind;
		if (node.isListItem()) {
			kind = Kind.LIST_ITEM;
			double bullet = Math.min(8, height - 4);
			figures.add(new Outline(look.shape(), x, y + (metrics.lineHeight(look.labelSize()) - bullet) / 2, bullet,
					bullet, look.fill(), look.border(), 1, LineStyle.SOLID));
			figures.add(text(sizes.lines(node, width), x + NodeSizes.bullet(), y, Anchor.START, look));
		} else if (node.onBorder()) {
			kind = Kind.BORDERED;
			figures.add(outline(look, x, y, width, height));
		} else {
			kind = node.isContainer() ? Kind.CONTAINER : Kind.NODE;
			boolean below = look.labelPosition() == LabelPosition.BELOW && !node.isContainer();
			double shapeHeight = below ? NodeSizes.SHAPE_ABOVE_LABEL : height;
			figures.add(outline(look, x, y, width, shapeHeight));
			labelAndIcon(view, node, x, y, width, height, figures);
			if (node.isList() && !node.collapsed() && !node.children().isEmpty()) {
				double separator = y + sizes.titleHeight(node) - NodeSizes.PADDING_Y / 2;
				figures.add(new Line(List.of(new Point(x, separator), new Point(x + width, separator)), look.border(),
						Math.max(1, look.borderWidth()) / 2.0, LineStyle.SOLID, ArrowKind.NONE, ArrowKind.NONE));
			}
		}
		for (NodeView child : node.children()) {
			figures.add(node(view, child, decorations));
		}
		for (NodeView bordered : node.bordered()) {
			figures.add(node(view, bordered, decorations));
		}
		decorate(view, node, x, y, width, decorations);
		return new Group(kind, node.node().getId(), node.mapping().getName(), node.node().getElement(),
				node.tooltip(), figures);
	}

	private static Outline outline(NodeLook look, double x, double y, double width, double height) {
		return new Outline(look.shape(), x, y, width, height, look.fill(), look.borderWidth() == 0 ? null : look.border(),
				look.borderWidth(), look.borderLineStyle());
	}

	private void labelAndIcon(DiagramView view, NodeView node, double x, double y, double width, double height,
			List<Figure> figures) {
		NodeLook look = node.look();
		List<String> lines = sizes.lines(node, width);
		double textHeight = lines.size() * metrics.lineHeight(look.labelSize());
		double top = switch (look.labelPosition()) {
		case TOP -> y + NodeSizes.PADDING_Y;
		case BELOW -> y + NodeSizes.SHAPE_ABOVE_LABEL + NodeSizes.PADDING_Y / 2;
		default -> y + (height - textHeight) / 2;
		};
		double iconSpace = look.icon() == null ? 0 : NodeSizes.ICON;
		byte[] icon = look.icon() == null ? null : icon(view, look.icon());
		if (icon != null) {
			double iconTop = look.labelPosition() == LabelPosition.BELOW ? y + (NodeSizes.SHAPE_ABOVE_LABEL - 16) / 2
					: top + (metrics.lineHeight(look.labelSize()) - 16) / 2;
			double iconLeft = look.labelPosition() == LabelPosition.BELOW ? x + (width - 16) / 2
					: x + NodeSizes.PADDING_X;
			figures.add(new Picture(iconLeft, iconTop, 16, 16, "image/png", icon)); //$NON-NLS-1$
		}
		double middle = look.labelPosition() == LabelPosition.BELOW ? x + width / 2 : x + (width + iconSpace) / 2;
		figures.add(text(lines, middle, top, Anchor.MIDDLE, look));
	}

	private Text text(List<String> lines, double x, double top, Anchor anchor, NodeLook look) {
		return new Text(lines, x, top, anchor, look.labelSize(), look.bold(), look.italic(), look.labelColor(),
				metrics.lineHeight(look.labelSize()), metrics.ascent(look.labelSize()));
	}

	/** Icon bytes, read once per file; a missing file (already reported when the specification was checked) gives none. */
	private byte[] icon(DiagramView view, String path) {
		return icons.computeIfAbsent(path, key -> {
			URI location = URI.createURI(path).resolve(view.type().specification());
			try (InputStream in = URIConverter.INSTANCE.createInputStream(location)) {
				return in.readAllBytes();
			} catch (IOException missing) {
				return null;
			}
		});
	}

	private void decorate(DiagramView view, NodeView node, double x, double y, double width,
			List<Figure> decorations) {
		Evaluation evaluation = view.evaluation();
		for (Layer layer : view.layers()) {
			for (Decoration decoration : layer.getDecorations()) {
				if (!decoration.getMappings().isEmpty() && !decoration.getMappings().contains(node.mapping())
						|| node.element() == null) {
					continue;
				}
				Point corner = corner(decoration.getPosition(), x, y, width, node.node().getHeight());
				if (decoration instanceof ValidationDecoration) {
					List<Finding> findings = problems.of(node.element());
					if (!findings.isEmpty()) {
						Severity worst = findings.stream().map(Finding::severity).reduce((a, b) -> a.atLeast(b) ? a : b)
								.orElseThrow();
						String tooltip = findings.stream().map(Finding::message).collect(Collectors.joining("\n")); //$NON-NLS-1$
						decorations.add(badge(node, decoration, corner, worst == Severity.INFO ? "i" : "!", //$NON-NLS-1$ //$NON-NLS-2$
								colourOf(worst), tooltip));
					}
				} else if (decoration instanceof PredicateDecoration predicate) {
					Map<String, Object> variables = evaluation.variables(node.element());
					if (evaluation.test(predicate.getPredicateExpression(), variables, node.mapping().getName(),
							node.element())) {
						String tooltip = evaluation.text(predicate.getTooltipExpression(), variables,
								node.mapping().getName(), node.element());
						decorations.add(badge(node, decoration, corner, predicate.getGlyph(),
								predicate.getColor() == null ? "#3182CE" : predicate.getColor(), tooltip)); //$NON-NLS-1$
					}
				}
			}
		}
	}

	private Group badge(NodeView node, Decoration decoration, Point corner, String glyph, String colour,
			String tooltip) {
		double left = corner.x() - BADGE / 2;
		double top = corner.y() - BADGE / 2;
		List<Figure> figures = List.of(
				new Outline(NodeShape.ELLIPSE, left, top, BADGE, BADGE, colour, "#FFFFFF", 1, LineStyle.SOLID), //$NON-NLS-1$
				new Text(List.of(glyph), corner.x(), top + (BADGE - metrics.lineHeight(9)) / 2, Anchor.MIDDLE, 9, true,
						false, "#FFFFFF", metrics.lineHeight(9), metrics.ascent(9))); //$NON-NLS-1$
		return new Group(Kind.DECORATION, node.node().getId() + '#' + decoration.getName(), node.mapping().getName(),
				node.node().getElement(), tooltip, figures);
	}

	private static Point corner(DecorationPosition position, double x, double y, double width, double height) {
		return switch (position) {
		case NORTH_WEST -> new Point(x + 2, y + 2);
		case SOUTH_EAST -> new Point(x + width - 2, y + height - 2);
		case SOUTH_WEST -> new Point(x + 2, y + height - 2);
		default -> new Point(x + width - 2, y + 2);
		};
	}

	private static String colourOf(Severity severity) {
		return switch (severity) {
		case ERROR -> "#E53E3E"; //$NON-NLS-1$
		case WARNING -> "#DD6B20"; //$NON-NLS-1$
		default -> "#3182CE"; //$NON-NLS-1$
		};
	}

	private Group edge(EdgeView edge, Routes.Router routes) {
		EdgeLook look = edge.look();
		List<Point> route = routes.route(edge);
		List<Figure> figures = new ArrayList<>();
		figures.add(new Line(route, look.lineColor(), look.lineWidth(), look.lineStyle(), look.sourceArrow(),
				look.targetArrow()));
		if (!edge.label().isEmpty()) {
			Point middle = Routes.middle(route);
			List<String> lines = metrics.wrap(edge.label(), look.labelSize(), false, false, 160);
			double lineHeight = metrics.lineHeight(look.labelSize());
			double textWidth = 0;
			for (String line : lines) {
				textWidth = Math.max(textWidth, metrics.width(line, look.labelSize(), false, false));
			}
			double top = middle.y() - lines.size() * lineHeight / 2;
			figures.add(new Outline(NodeShape.RECTANGLE, middle.x() - textWidth / 2 - 2, top, textWidth + 4,
					lines.size() * lineHeight, "#FFFFFF", null, 0, LineStyle.SOLID)); //$NON-NLS-1$
			figures.add(new Text(lines, middle.x(), top, Anchor.MIDDLE, look.labelSize(), false, false, look.labelColor(),
					lineHeight, metrics.ascent(look.labelSize())));
		}
		return new Group(Kind.EDGE, edge.edge().getId(), edge.mapping().getName(), edge.edge().getElement(),
				edge.tooltip(), figures);
	}

	private Group grid(Backdrop.Grid grid) {
		List<Figure> figures = new ArrayList<>();
		List<Backdrop.Band> columns = grid.columns();
		List<Backdrop.Band> rows = grid.rows();
		if (columns.isEmpty() || rows.isEmpty()) {
			return new Group(Kind.GRID, "grid", null, null, null, figures); //$NON-NLS-1$
		}
		double left = columns.get(0).start();
		double top = rows.get(0).start();
		double headerLeft = rows.get(0).across();
		double headerTop = columns.get(0).across();
		for (int r = 0; r < rows.size(); r++) {
			Backdrop.Band row = rows.get(r);
			for (int c = 0; c < columns.size(); c++) {
				Backdrop.Band column = columns.get(c);
				String fill = grid.cellColours()[r][c];
				figures.add(new Outline(NodeShape.RECTANGLE, column.start(), row.start(), column.size(), row.size(),
						fill == null ? "#FFFFFF" : fill, GRID_LINE, 1, LineStyle.SOLID)); //$NON-NLS-1$
			}
			figures.add(header(row.header(), (headerLeft + left) / 2, row.start() + row.size() / 2, Anchor.MIDDLE));
		}
		for (Backdrop.Band column : columns) {
			figures.add(header(column.header(), column.start() + column.size() / 2, (headerTop + top) / 2,
					Anchor.MIDDLE));
		}
		Backdrop.Band last = columns.get(columns.size() - 1);
		figures.add(header(grid.columnTitle(), (left + last.start() + last.size()) / 2, headerTop / 2, Anchor.MIDDLE));
		figures.add(header(grid.rowTitle(), headerLeft, headerTop / 2 + headerTop, Anchor.START));
		if (grid.unplaced() != null) {
			figures.addAll(strip(grid.unplaced().start(), grid.unplaced().across(), grid.unplaced().size(),
					grid.unplaced().length(), grid.unplaced().header()));
		}
		return new Group(Kind.GRID, "grid", null, null, null, figures); //$NON-NLS-1$
	}

	private Group timeline(Backdrop.Timeline timeline) {
		List<Figure> figures = new ArrayList<>();
		double bottom = timeline.axisTop() + 34;
		boolean shaded = false;
		for (Backdrop.Band lane : timeline.lanes()) {
			figures.add(new Outline(NodeShape.RECTANGLE, 0, lane.start(), timeline.right(), lane.size(),
					shaded ? LANE_FILL : "#FFFFFF", GRID_LINE, 1, LineStyle.SOLID)); //$NON-NLS-1$
			figures.add(header(lane.header(), NodeSizes.PADDING_X, lane.start() + lane.size() / 2, Anchor.START));
			bottom = lane.start() + lane.size();
			shaded = !shaded;
		}
		double axis = timeline.axisTop() + 30;
		figures.add(new Line(List.of(new Point(timeline.left(), axis), new Point(timeline.right(), axis)), HEADER_TEXT, 1,
				LineStyle.SOLID, ArrowKind.NONE, ArrowKind.NONE));
		for (Backdrop.Tick tick : timeline.ticks()) {
			figures.add(new Line(List.of(new Point(tick.x(), axis - 4), new Point(tick.x(), bottom)), GRID_LINE, 1,
					LineStyle.DOTTED, ArrowKind.NONE, ArrowKind.NONE));
			figures.add(new Text(List.of(tick.label()), tick.x(), timeline.axisTop() + 8, Anchor.MIDDLE, 9, false, false,
					HEADER_TEXT, metrics.lineHeight(9), metrics.ascent(9)));
		}
		if (timeline.unplaced() != null) {
			Backdrop.Band strip = timeline.unplaced();
			figures.addAll(strip(timeline.left(), strip.start(), strip.length() - timeline.left(), strip.size(),
					strip.header()));
		}
		return new Group(Kind.TIMELINE, "timeline", null, null, null, figures); //$NON-NLS-1$
	}

	private List<Figure> strip(double x, double y, double width, double height, String header) {
		return List.of(new Outline(NodeShape.RECTANGLE, x, y, width, height, null, "#E53E3E", 1, LineStyle.DASHED), //$NON-NLS-1$
				new Text(List.of(header), x, y - metrics.lineHeight(10) - 2, Anchor.START, 10, true, false, "#E53E3E", //$NON-NLS-1$
						metrics.lineHeight(10), metrics.ascent(10)));
	}

	private Text header(String text, double x, double middle, Anchor anchor) {
		double lineHeight = metrics.lineHeight(11);
		return new Text(List.of(text), x, middle - lineHeight / 2, anchor, 11, true, false, HEADER_TEXT, lineHeight,
				metrics.ascent(11));
	}
}
