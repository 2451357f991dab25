package org.civitas.diagram.core.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.civitas.diagram.core.sync.Evaluation;
import org.civitas.diagram.spec.AbstractNodeMapping;
import org.civitas.diagram.spec.ArrowKind;
import org.civitas.diagram.spec.ConditionalEdgeStyle;
import org.civitas.diagram.spec.ConditionalNodeStyle;
import org.civitas.diagram.spec.ContainerMapping;
import org.civitas.diagram.spec.EdgeMapping;
import org.civitas.diagram.spec.EdgeRouting;
import org.civitas.diagram.spec.EdgeStyle;
import org.civitas.diagram.spec.EdgeStyleCustomization;
import org.civitas.diagram.spec.LabelPosition;
import org.civitas.diagram.spec.Layer;
import org.civitas.diagram.spec.LineStyle;
import org.civitas.diagram.spec.NodeShape;
import org.civitas.diagram.spec.NodeStyle;
import org.civitas.diagram.spec.NodeStyleCustomization;
import org.civitas.diagram.spec.SpecFactory;
import org.civitas.diagram.spec.StyleCustomization;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Resolves the look of diagram elements. Styles are partial: the mapping's style sets some
 * attributes, the first conditional style whose predicate holds overrides those it sets, then
 * the customizations of active layers, in layer order, override theirs (so switching on a
 * "colour by lifecycle" layer recolours nodes without restating their shape). What is still
 * unset takes the engine's defaults.
 */
public final class StyleResolver {

	private final Evaluation evaluation;
	private final List<StyleCustomization> customizations = new ArrayList<>();

	public StyleResolver(Evaluation evaluation, List<Layer> activeLayers) {
		this.evaluation = evaluation;
		for (Layer layer : activeLayers) {
			customizations.addAll(layer.getStyleCustomizations());
		}
	}

	/** The look of a node or container of {@code mapping} for {@code element}, with these variables. */
	public NodeLook node(AbstractNodeMapping mapping, EObject element, Map<String, Object> variables) {
		NodeStyle merged = SpecFactory.eINSTANCE.createNodeStyle();
		overlay(merged, mapping.getStyle());
		overlay(merged, first(mapping.getConditionalStyles(), ConditionalNodeStyle::getPredicateExpression,
				ConditionalNodeStyle::getStyle, mapping.getName(), element, variables));
		for (StyleCustomization customization : customizations) {
			if (customization instanceof NodeStyleCustomization nodes && nodes.getMappings().contains(mapping)) {
				overlay(merged, first(nodes.getConditionalStyles(), ConditionalNodeStyle::getPredicateExpression,
						ConditionalNodeStyle::getStyle, mapping.getName(), element, variables));
			}
		}
		boolean container = mapping instanceof ContainerMapping;
		Double width = evaluation.number(merged.getWidthExpression(), variables, mapping.getName(), element);
		Double height = evaluation.number(merged.getHeightExpression(), variables, mapping.getName(), element);
		return new NodeLook(
				merged.isSetShape() ? merged.getShape() : container ? NodeShape.RECTANGLE : NodeShape.ROUNDED_RECTANGLE,
				or(merged.getFillColor(), container ? "#F7FAFC" : "#FFFFFF"), //$NON-NLS-1$ //$NON-NLS-2$
				or(merged.getBorderColor(), "#4A5568"), //$NON-NLS-1$
				merged.getBorderWidth() == null ? 1 : merged.getBorderWidth(),
				merged.isSetBorderLineStyle() ? merged.getBorderLineStyle() : LineStyle.SOLID,
				or(merged.getLabelColor(), "#1A202C"), //$NON-NLS-1$
				merged.getLabelSize() == null ? 11 : merged.getLabelSize(),
				merged.getLabelBold() == null ? container : merged.getLabelBold(),
				merged.getLabelItalic() != null && merged.getLabelItalic(),
				merged.isSetLabelPosition() ? merged.getLabelPosition()
						: container ? LabelPosition.TOP : LabelPosition.CENTER,
				merged.getIcon(), positive(width), positive(height));
	}

	/** The look of an edge of {@code mapping}; variables hold {@code self}, {@code source} and {@code target}. */
	public EdgeLook edge(EdgeMapping mapping, EObject element, Map<String, Object> variables, boolean layered) {
		EdgeStyle merged = SpecFactory.eINSTANCE.createEdgeStyle();
		overlay(merged, mapping.getStyle());
		overlay(merged, first(mapping.getConditionalStyles(), ConditionalEdgeStyle::getPredicateExpression,
				ConditionalEdgeStyle::getStyle, mapping.getName(), element, variables));
		for (StyleCustomization customization : customizations) {
			if (customization instanceof EdgeStyleCustomization edges && edges.getMappings().contains(mapping)) {
				overlay(merged, first(edges.getConditionalStyles(), ConditionalEdgeStyle::getPredicateExpression,
						ConditionalEdgeStyle::getStyle, mapping.getName(), element, variables));
			}
		}
		Double width = evaluation.number(merged.getWidthExpression(), variables, mapping.getName(), element);
		EdgeRouting defaultRouting = layered ? EdgeRouting.ORTHOGONAL : EdgeRouting.STRAIGHT;
		return new EdgeLook(
				or(merged.getLineColor(), "#4A5568"), //$NON-NLS-1$
				positive(width) != null ? width : merged.getLineWidth() == null ? 1 : merged.getLineWidth(),
				merged.isSetLineStyle() ? merged.getLineStyle() : LineStyle.SOLID,
				merged.isSetSourceArrow() ? merged.getSourceArrow() : ArrowKind.NONE,
				merged.isSetTargetArrow() ? merged.getTargetArrow() : ArrowKind.ARROW,
				merged.isSetRouting() ? merged.getRouting() : defaultRouting,
				or(merged.getLabelColor(), "#4A5568"), //$NON-NLS-1$
				merged.getLabelSize() == null ? 9 : merged.getLabelSize());
	}

	/** The style of the first conditional whose predicate holds, or {@code null}. */
	private <C, S> S first(List<C> conditionals, Function<C, String> predicate, Function<C, S> style, String mapping,
			EObject element, Map<String, Object> variables) {
		for (C conditional : conditionals) {
			if (evaluation.test(predicate.apply(conditional), variables, mapping, element)) {
				return style.apply(conditional);
			}
		}
		return null;
	}

	/** Copies every attribute {@code style} sets onto {@code merged}. */
	private static void overlay(EObject merged, EObject style) {
		if (style == null) {
			return;
		}
		for (EAttribute attribute : style.eClass().getEAllAttributes()) {
			if (style.eIsSet(attribute)) {
				merged.eSet(attribute, style.eGet(attribute));
			}
		}
	}

	private static String or(String value, String fallback) {
		return value == null ? fallback : value;
	}

	private static Double positive(Double value) {
		return value == null || value <= 0 ? null : value;
	}
}
