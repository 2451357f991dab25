package org.civitas.diagram.core.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civitas.diagram.core.expressions.Expression;
import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.spec.AbstractNodeMapping;
import org.civitas.diagram.spec.ContainerMapping;
import org.civitas.diagram.spec.DiagramDescription;
import org.civitas.diagram.spec.DiagramElementMapping;
import org.civitas.diagram.spec.EdgeMapping;
import org.civitas.diagram.spec.Filter;
import org.civitas.diagram.spec.Layer;
import org.civitas.diagram.spec.NodeMapping;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * A diagram description checked and ready to draw: domain classes resolved and every
 * expression compiled, so that drawing never parses or resolves anything and cannot fail on a
 * misspelt name. Built only by {@link SpecificationChecker}.
 */
public final class DiagramType {

	private final String viewpoint;
	private final DiagramDescription description;
	private final URI specification;
	private final EClass rootClass;
	private final ExpressionEngine engine;
	private final Map<DiagramElementMapping, EClass> domainClasses;
	private final Map<String, Expression> expressions;
	private final Map<String, DiagramElementMapping> mappings;
	private final Set<String> structuralFeatures;

	DiagramType(String viewpoint, DiagramDescription description, URI specification, EClass rootClass,
			ExpressionEngine engine, Map<DiagramElementMapping, EClass> domainClasses,
			Map<String, Expression> expressions, Map<String, DiagramElementMapping> mappings,
			Set<String> structuralFeatures) {
		this.viewpoint = viewpoint;
		this.description = description;
		this.specification = specification;
		this.rootClass = rootClass;
		this.engine = engine;
		this.domainClasses = domainClasses;
		this.expressions = expressions;
		this.mappings = mappings;
		this.structuralFeatures = structuralFeatures;
	}

	/** Name of the viewpoint holding the description. */
	public String viewpoint() {
		return viewpoint;
	}

	/** Name of the description, as representations store it. */
	public String name() {
		return description.getName();
	}

	/** Label shown to users. */
	public String label() {
		return labelOf(description);
	}

	/** The specification element. */
	public DiagramDescription description() {
		return description;
	}

	/** The file the specification was read from; icons are relative to it. */
	public URI specification() {
		return specification;
	}

	/** Class of the diagram's root element. */
	public EClass rootClass() {
		return rootClass;
	}

	/** The engine the expressions were compiled with. */
	public ExpressionEngine engine() {
		return engine;
	}

	/** Whether a diagram of this type can be drawn on the element. */
	public boolean appliesTo(EObject root) {
		return rootClass.isInstance(root);
	}

	/** The compiled form of an expression of this description, or {@code null} for an empty one. */
	public Expression expression(String text) {
		return text == null || text.isBlank() ? null : expressions.get(text);
	}

	/** The class of the elements a mapping shows; {@code null} for relation-based edges. */
	public EClass domainClass(DiagramElementMapping mapping) {
		return domainClasses.get(mapping);
	}

	/** The mapping with this name, in any layer, or {@code null}. */
	public DiagramElementMapping mapping(String name) {
		return mappings.get(name);
	}

	/**
	 * Names of the features that decide which elements appear and where: those read by
	 * candidate, precondition, grouping, edge-finding and placement expressions. A change of any
	 * other non-containment feature changes only labels and styles.
	 */
	public Set<String> structuralFeatures() {
		return structuralFeatures;
	}

	/** The layers active with these additional layers switched on: the default one first, then in specification order. */
	public List<Layer> activeLayers(Iterable<String> additionalLayers) {
		List<Layer> layers = new ArrayList<>();
		layers.add(description.getDefaultLayer());
		Set<String> on = new HashSet<>();
		additionalLayers.forEach(on::add);
		for (Layer layer : description.getAdditionalLayers()) {
			if (on.contains(layer.getName())) {
				layers.add(layer);
			}
		}
		return layers;
	}

	/** Names of the additional layers a new diagram starts with. */
	public List<String> defaultLayers() {
		return description.getAdditionalLayers().stream().filter(Layer::isActiveByDefault).map(Layer::getName)
				.toList();
	}

	/** Names of the filters a new diagram starts with. */
	public List<String> defaultFilters() {
		return description.getFilters().stream().filter(Filter::isActiveByDefault).map(Filter::getName).toList();
	}

	/** Top-level node and container mappings of the active layers, in order. */
	public List<AbstractNodeMapping> topLevelMappings(List<Layer> layers) {
		List<AbstractNodeMapping> topLevel = new ArrayList<>();
		for (Layer layer : layers) {
			topLevel.addAll(layer.getContainerMappings());
			topLevel.addAll(layer.getNodeMappings());
		}
		return topLevel;
	}

	/** Edge mappings of the active layers, in order. */
	public List<EdgeMapping> edgeMappings(List<Layer> layers) {
		return layers.stream().flatMap(layer -> layer.getEdgeMappings().stream()).toList();
	}

	/** Mappings nested in a container: containers first, as they are drawn behind. */
	public static List<AbstractNodeMapping> childMappings(AbstractNodeMapping mapping) {
		if (mapping instanceof ContainerMapping container) {
			List<AbstractNodeMapping> children = new ArrayList<>(container.getSubContainerMappings());
			children.addAll(container.getSubNodeMappings());
			return children;
		}
		return Collections.emptyList();
	}

	/** Bordered node mappings of a node or container. */
	public static List<NodeMapping> borderedMappings(AbstractNodeMapping mapping) {
		return mapping.getBorderedNodeMappings();
	}

	/** Every mapping of the description by name, in specification order. */
	public Map<String, DiagramElementMapping> mappings() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
	}

	/** The label of a specification element: its label, or its name when it has none. */
	public static String labelOf(org.civitas.diagram.spec.DescriptionElement element) {
		String label = element.getLabel();
		return label == null || label.isBlank() ? element.getName() : label;
	}
}
