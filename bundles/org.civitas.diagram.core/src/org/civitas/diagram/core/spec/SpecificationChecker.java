package org.civitas.diagram.core.spec;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civitas.diagram.core.expressions.Expression;
import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.expressions.ExpressionException;
import org.civitas.diagram.spec.AbstractNodeMapping;
import org.civitas.diagram.spec.ConditionalEdgeStyle;
import org.civitas.diagram.spec.ConditionalNodeStyle;
import org.civitas.diagram.spec.ContainerMapping;
import org.civitas.diagram.spec.Decoration;
import org.civitas.diagram.spec.DescriptionElement;
import org.civitas.diagram.spec.DiagramDescription;
import org.civitas.diagram.spec.DiagramElementMapping;
import org.civitas.diagram.spec.DeleteTool;
import org.civitas.diagram.spec.DirectEditTool;
import org.civitas.diagram.spec.EdgeCreationTool;
import org.civitas.diagram.spec.EdgeMapping;
import org.civitas.diagram.spec.EdgeStyle;
import org.civitas.diagram.spec.EdgeStyleCustomization;
import org.civitas.diagram.spec.FeatureInitialization;
import org.civitas.diagram.spec.Filter;
import org.civitas.diagram.spec.GridAxis;
import org.civitas.diagram.spec.GridLayout;
import org.civitas.diagram.spec.Layer;
import org.civitas.diagram.spec.NavigationTool;
import org.civitas.diagram.spec.NodeCreationTool;
import org.civitas.diagram.spec.NodeMapping;
import org.civitas.diagram.spec.NodeStyle;
import org.civitas.diagram.spec.NodeStyleCustomization;
import org.civitas.diagram.spec.PredicateDecoration;
import org.civitas.diagram.spec.SpecPackage;
import org.civitas.diagram.spec.StyleCustomization;
import org.civitas.diagram.spec.TimelineLayout;
import org.civitas.diagram.spec.Tool;
import org.civitas.diagram.spec.Viewpoint;
import org.civitas.emf.xmi.LocatedXmiResource;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Checks a viewpoint the way a compiler checks code, before anything is drawn: every domain
 * class must resolve, every expression must parse and navigate features its element really
 * has, every reference between mappings must stay inside its diagram, every tool must name
 * features that can do what it asks, and colours must be colours. Each problem names the file,
 * the line and the path down to the element holding it, so a toolsmith goes straight to it.
 */
public final class SpecificationChecker {

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}"); //$NON-NLS-1$
	private static final Pattern SERVICE_CALL = Pattern.compile("([A-Za-z_]\\w*):([A-Za-z_]\\w*)\\s*\\("); //$NON-NLS-1$
	private static final String SELF = "self"; //$NON-NLS-1$
	private static final String ROOT = "root"; //$NON-NLS-1$

	private final ExpressionEngine engine;
	private final Map<String, Object> services;
	private final ClassResolver classes;
	private final String file;
	private final URI location;
	private final Function<EObject, Integer> lines;
	private final List<SpecificationProblem> problems = new ArrayList<>();

	// State of the description being checked.
	private boolean descriptionHasErrors;
	private EClass rootClass;
	private Map<DiagramElementMapping, EClass> domainClasses;
	private Map<String, Expression> expressions;
	private Set<String> structural;

	private SpecificationChecker(ExpressionEngine engine, Map<String, Object> services, EPackage.Registry packages,
			URI location) {
		this.engine = engine;
		this.services = services;
		this.classes = new ClassResolver(packages);
		this.location = location;
		this.file = location == null ? "" : location.lastSegment(); //$NON-NLS-1$
		this.lines = element -> element.eResource() instanceof LocatedXmiResource located ? located.lineOf(element) : 0;
	}

	/**
	 * Checks a viewpoint read from {@code location}.
	 *
	 * @param services the service objects the engine was built with, by namespace, to check calls
	 */
	public static LoadedViewpoint check(Viewpoint viewpoint, URI location, ExpressionEngine engine,
			Map<String, Object> services, EPackage.Registry packages) {
		SpecificationChecker checker = new SpecificationChecker(engine, services, packages, location);
		List<DiagramType> diagrams = checker.checkViewpoint(viewpoint);
		List<SpecificationProblem> problems = new ArrayList<>(checker.problems);
		problems.sort(Comparator.comparingInt(SpecificationProblem::line));
		return new LoadedViewpoint(viewpoint, location, diagrams, problems);
	}

	private List<DiagramType> checkViewpoint(Viewpoint viewpoint) {
		checkMultiplicities(viewpoint);
		checkUnique(viewpoint.getDiagrams(), viewpoint);
		List<DiagramType> diagrams = new ArrayList<>();
		for (DiagramDescription description : viewpoint.getDiagrams()) {
			DiagramType type = checkDescription(viewpoint, description);
			if (type != null) {
				diagrams.add(type);
			}
		}
		return diagrams;
	}

	/** Required features left empty, as EMF's own validation of the specification reports them. */
	private void checkMultiplicities(Viewpoint viewpoint) {
		// EMF names elements by their Java identity; the toolsmith reads them as the file does.
		Diagnostic diagnostic = new Diagnostician() {
			@Override
			public String getObjectLabel(EObject element) {
				return describe(element);
			}
		}.validate(viewpoint);
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.ERROR && !child.getData().isEmpty()
					&& child.getData().get(0) instanceof EObject element) {
				problems.add(new SpecificationProblem(true, file, lines.apply(element), pathOf(element),
						child.getMessage()));
			}
		}
	}

	private DiagramType checkDescription(Viewpoint viewpoint, DiagramDescription description) {
		descriptionHasErrors = problems.stream().anyMatch(problem -> problem.error() && isInside(problem, description));
		domainClasses = new HashMap<>();
		expressions = new HashMap<>();
		structural = new HashSet<>();
		if (!hasText(description.getDomainClass())) {
			// Without it the kind could never be drawn: say so rather than leave it out unseen.
			error(description, Messages.Checker_noDomainClass);
		}
		rootClass = resolveClass(description, description.getDomainClass(), null);
		if (rootClass == null) {
			return null;
		}
		Map<String, DiagramElementMapping> mappings = new LinkedHashMap<>();
		List<Layer> layers = new ArrayList<>();
		if (description.getDefaultLayer() != null) {
			layers.add(description.getDefaultLayer());
		}
		layers.addAll(description.getAdditionalLayers());
		checkUnique(layers, description);
		checkUnique(description.getFilters(), description);
		for (Layer layer : layers) {
			collectMappings(layer, mappings);
		}
		Map<String, EClassifier> rootVariables = Map.of(SELF, rootClass, ROOT, rootClass);
		checkExpression(description, SpecPackage.Literals.DIAGRAM_DESCRIPTION__PRECONDITION_EXPRESSION,
				rootVariables, false);
		checkExpression(description, SpecPackage.Literals.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION, rootVariables, false);
		for (Layer layer : layers) {
			for (AbstractNodeMapping mapping : topLevel(layer)) {
				checkNodeMapping(mapping, rootClass);
			}
			for (EdgeMapping edge : layer.getEdgeMappings()) {
				checkEdgeMapping(edge, mappings);
			}
			for (StyleCustomization customization : layer.getStyleCustomizations()) {
				checkCustomization(customization, mappings);
			}
			for (Decoration decoration : layer.getDecorations()) {
				checkMappingsInDiagram(decoration, decoration.getMappings(), mappings);
				if (decoration instanceof PredicateDecoration predicate) {
					checkForEachMapping(predicate, SpecPackage.Literals.PREDICATE_DECORATION__PREDICATE_EXPRESSION,
							decoration.getMappings(), mappings);
					checkForEachMapping(predicate, SpecPackage.Literals.PREDICATE_DECORATION__TOOLTIP_EXPRESSION,
							decoration.getMappings(), mappings);
					checkColour(predicate, SpecPackage.Literals.PREDICATE_DECORATION__COLOR);
				}
			}
			for (Tool tool : layer.getTools()) {
				checkTool(tool, mappings);
			}
		}
		for (Filter filter : description.getFilters()) {
			checkMappingsInDiagram(filter, filter.getMappings(), mappings);
			checkForEachMapping(filter, SpecPackage.Literals.FILTER__PREDICATE_EXPRESSION, filter.getMappings(),
					mappings);
		}
		checkLayout(description, layers);
		if (descriptionHasErrors) {
			return null;
		}
		return new DiagramType(((Viewpoint) description.eContainer()).getName(), description, location, rootClass,
				engine, domainClasses, expressions, mappings, Set.copyOf(structural));
	}

	private static boolean isInside(SpecificationProblem problem, DiagramDescription description) {
		return problem.path().startsWith(describe(description));
	}

	private static List<AbstractNodeMapping> topLevel(Layer layer) {
		List<AbstractNodeMapping> topLevel = new ArrayList<>(layer.getContainerMappings());
		topLevel.addAll(layer.getNodeMappings());
		return topLevel;
	}

	/** Registers every mapping of a layer by name, resolving domain classes; names must be unique in the diagram. */
	private void collectMappings(Layer layer, Map<String, DiagramElementMapping> mappings) {
		List<DiagramElementMapping> all = new ArrayList<>();
		for (AbstractNodeMapping mapping : topLevel(layer)) {
			collectNested(mapping, all);
		}
		all.addAll(layer.getEdgeMappings());
		for (DiagramElementMapping mapping : all) {
			if (mapping.getName() != null && mappings.putIfAbsent(mapping.getName(), mapping) != null) {
				error(mapping, Messages.format(Messages.Checker_duplicateMapping, mapping.getName()));
			}
			boolean relationBased = mapping instanceof EdgeMapping edge && !edge.isUseDomainElement();
			if (relationBased) {
				if (mapping.getDomainClass() != null && !mapping.getDomainClass().isBlank()) {
					warning(mapping, Messages.Checker_relationEdgeDomainClass);
				}
			} else if (mapping.getDomainClass() == null || mapping.getDomainClass().isBlank()) {
				error(mapping, Messages.Checker_noDomainClass);
			} else {
				EClass eClass = resolveClass(mapping, mapping.getDomainClass(), rootClass.getEPackage());
				if (eClass != null) {
					domainClasses.put(mapping, eClass);
				}
			}
		}
	}

	private static void collectNested(AbstractNodeMapping mapping, List<DiagramElementMapping> all) {
		all.add(mapping);
		for (AbstractNodeMapping child : DiagramType.childMappings(mapping)) {
			collectNested(child, all);
		}
		for (NodeMapping bordered : mapping.getBorderedNodeMappings()) {
			collectNested(bordered, all);
		}
	}

	private void checkNodeMapping(AbstractNodeMapping mapping, EClass context) {
		EClass type = domainClasses.get(mapping);
		if (type == null) {
			return;
		}
		checkExpression(mapping, SpecPackage.Literals.DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION,
				variables(context), true);
		checkExpression(mapping, SpecPackage.Literals.DIAGRAM_ELEMENT_MAPPING__PRECONDITION_EXPRESSION,
				variables(type), true);
		Map<String, EClassifier> labelVariables = new HashMap<>(variables(type));
		boolean grouping = mapping instanceof ContainerMapping container && hasText(container.getGroupByExpression());
		if (grouping) {
			labelVariables.put("group", EcorePackage.Literals.ESTRING); //$NON-NLS-1$
			checkExpression(mapping, SpecPackage.Literals.CONTAINER_MAPPING__GROUP_BY_EXPRESSION, variables(type), true);
		}
		checkExpression(mapping, SpecPackage.Literals.DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION, labelVariables, false);
		checkExpression(mapping, SpecPackage.Literals.DIAGRAM_ELEMENT_MAPPING__TOOLTIP_EXPRESSION, labelVariables,
				false);
		checkExpression(mapping, SpecPackage.Literals.ABSTRACT_NODE_MAPPING__GRID_COLUMN_EXPRESSION, variables(type),
				true);
		checkExpression(mapping, SpecPackage.Literals.ABSTRACT_NODE_MAPPING__GRID_ROW_EXPRESSION, variables(type), true);
		checkNodeStyle(mapping.getStyle(), labelVariables);
		for (ConditionalNodeStyle conditional : mapping.getConditionalStyles()) {
			checkExpression(conditional, SpecPackage.Literals.CONDITIONAL_NODE_STYLE__PREDICATE_EXPRESSION,
					labelVariables, false);
			checkNodeStyle(conditional.getStyle(), labelVariables);
		}
		for (NodeMapping bordered : mapping.getBorderedNodeMappings()) {
			checkNodeMapping(bordered, type);
		}
		for (AbstractNodeMapping child : DiagramType.childMappings(mapping)) {
			if (grouping) {
				checkGroupMember(mapping, type, child);
			} else {
				checkNodeMapping(child, type);
			}
		}
	}

	/** Inside a grouping container, children of the grouped class receive the group's members. */
	private void checkGroupMember(AbstractNodeMapping group, EClass groupedClass, AbstractNodeMapping child) {
		EClass childClass = domainClasses.get(child);
		if (childClass == null) {
			return;
		}
		if (!childClass.isSuperTypeOf(groupedClass) && !groupedClass.isSuperTypeOf(childClass)) {
			error(child, Messages.format(Messages.Checker_groupMemberClass, childClass.getName(), groupedClass.getName(),
					group.getName()));
			return;
		}
		if (hasText(child.getSemanticCandidatesExpression())) {
			warning(child, Messages.Checker_groupMemberCandidates);
		}
		checkNodeMapping(child, groupedClass);
	}

	private void checkNodeStyle(NodeStyle style, Map<String, EClassifier> variables) {
		if (style == null) {
			return;
		}
		checkColour(style, SpecPackage.Literals.NODE_STYLE__FILL_COLOR);
		checkColour(style, SpecPackage.Literals.NODE_STYLE__BORDER_COLOR);
		checkColour(style, SpecPackage.Literals.NODE_STYLE__LABEL_COLOR);
		checkExpression(style, SpecPackage.Literals.NODE_STYLE__WIDTH_EXPRESSION, variables, false);
		checkExpression(style, SpecPackage.Literals.NODE_STYLE__HEIGHT_EXPRESSION, variables, false);
		if (style.getLabelSize() != null && style.getLabelSize() <= 0) {
			error(style, Messages.format(Messages.Checker_notPositive, "labelSize", style.getLabelSize())); //$NON-NLS-1$
		}
		if (style.getBorderWidth() != null && style.getBorderWidth() < 0) {
			error(style, Messages.format(Messages.Checker_notPositive, "borderWidth", style.getBorderWidth())); //$NON-NLS-1$
		}
		if (hasText(style.getIcon())) {
			if (!style.getIcon().toLowerCase(Locale.ROOT).endsWith(".png")) { //$NON-NLS-1$
				error(style, Messages.format(Messages.Checker_iconNotPng, style.getIcon()));
			} else if (location != null
					&& !URIConverter.INSTANCE.exists(URI.createURI(style.getIcon()).resolve(location), null)) {
				error(style, Messages.format(Messages.Checker_missingIcon, style.getIcon()));
			}
		}
	}

	private void checkEdgeStyle(EdgeStyle style, Map<String, EClassifier> variables) {
		if (style == null) {
			return;
		}
		checkColour(style, SpecPackage.Literals.EDGE_STYLE__LINE_COLOR);
		checkColour(style, SpecPackage.Literals.EDGE_STYLE__LABEL_COLOR);
		checkExpression(style, SpecPackage.Literals.EDGE_STYLE__WIDTH_EXPRESSION, variables, false);
		if (style.getLineWidth() != null && style.getLineWidth() <= 0) {
			error(style, Messages.format(Messages.Checker_notPositive, "lineWidth", style.getLineWidth())); //$NON-NLS-1$
		}
	}

	private void checkEdgeMapping(EdgeMapping edge, Map<String, DiagramElementMapping> mappings) {
		checkMappingsInDiagram(edge, edge.getSourceMappings(), mappings);
		checkMappingsInDiagram(edge, edge.getTargetMappings(), mappings);
		EClass target = commonClass(edge.getTargetMappings());
		if (edge.isUseDomainElement()) {
			EClass type = domainClasses.get(edge);
			if (type == null) {
				return;
			}
			checkExpression(edge, SpecPackage.Literals.DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION,
					variables(rootClass), true);
			for (EStructuralFeature finder : List.of(SpecPackage.Literals.DIAGRAM_ELEMENT_MAPPING__PRECONDITION_EXPRESSION,
					SpecPackage.Literals.EDGE_MAPPING__SOURCE_FINDER_EXPRESSION,
					SpecPackage.Literals.EDGE_MAPPING__TARGET_FINDER_EXPRESSION)) {
				checkExpression(edge, finder, variables(type), true);
			}
			if (!hasText(edge.getSourceFinderExpression())) {
				error(edge, Messages.Checker_noSourceFinder);
			}
			checkEdgeExpressions(edge, type, commonClass(edge.getSourceMappings()), target);
		} else {
			for (AbstractNodeMapping source : edge.getSourceMappings()) {
				EClass sourceClass = domainClasses.get(source);
				if (sourceClass != null) {
					checkExpression(edge, SpecPackage.Literals.EDGE_MAPPING__TARGET_FINDER_EXPRESSION,
							variables(sourceClass), true);
				}
			}
			EClass source = commonClass(edge.getSourceMappings());
			checkEdgeExpressions(edge, source, source, target);
		}
	}

	private void checkEdgeExpressions(EdgeMapping edge, EClass self, EClass source, EClass target) {
		Map<String, EClassifier> variables = new HashMap<>(variables(self));
		variables.put("source", source); //$NON-NLS-1$
		variables.put("target", target); //$NON-NLS-1$
		checkExpression(edge, SpecPackage.Literals.DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION, variables, false);
		checkExpression(edge, SpecPackage.Literals.DIAGRAM_ELEMENT_MAPPING__TOOLTIP_EXPRESSION, variables, false);
		checkEdgeStyle(edge.getStyle(), variables);
		for (ConditionalEdgeStyle conditional : edge.getConditionalStyles()) {
			checkExpression(conditional, SpecPackage.Literals.CONDITIONAL_EDGE_STYLE__PREDICATE_EXPRESSION, variables,
					false);
			checkEdgeStyle(conditional.getStyle(), variables);
		}
	}

	/** The most specific class all mappings' elements share, or {@code null} (no static check) when they share none. */
	private EClass commonClass(List<? extends DiagramElementMapping> mappings) {
		EClass common = null;
		for (DiagramElementMapping mapping : mappings) {
			EClass type = domainClasses.get(mapping);
			if (type == null) {
				return null;
			}
			if (common == null || type.isSuperTypeOf(common)) {
				common = type;
			} else if (!common.isSuperTypeOf(type)) {
				return null;
			}
		}
		return common;
	}

	private void checkCustomization(StyleCustomization customization, Map<String, DiagramElementMapping> mappings) {
		if (customization instanceof NodeStyleCustomization nodes) {
			checkMappingsInDiagram(customization, nodes.getMappings(), mappings);
			EClass type = commonClass(nodes.getMappings());
			for (ConditionalNodeStyle conditional : nodes.getConditionalStyles()) {
				checkExpression(conditional, SpecPackage.Literals.CONDITIONAL_NODE_STYLE__PREDICATE_EXPRESSION,
						variables(type), false);
				checkNodeStyle(conditional.getStyle(), variables(type));
			}
		} else if (customization instanceof EdgeStyleCustomization edges) {
			checkMappingsInDiagram(customization, edges.getMappings(), mappings);
			for (EdgeMapping edge : edges.getMappings()) {
				EClass target = commonClass(edge.getTargetMappings());
				EClass source = commonClass(edge.getSourceMappings());
				Map<String, EClassifier> variables = new HashMap<>(
						variables(edge.isUseDomainElement() ? domainClasses.get(edge) : source));
				variables.put("source", source); //$NON-NLS-1$
				variables.put("target", target); //$NON-NLS-1$
				for (ConditionalEdgeStyle conditional : edges.getConditionalStyles()) {
					checkExpression(conditional, SpecPackage.Literals.CONDITIONAL_EDGE_STYLE__PREDICATE_EXPRESSION,
							variables, false);
					checkEdgeStyle(conditional.getStyle(), variables);
				}
			}
		}
	}

	/** Checks an expression against the class of each mapping it applies to; only its syntax when it applies to all. */
	private void checkForEachMapping(EObject owner, EStructuralFeature feature, List<DiagramElementMapping> applied,
			Map<String, DiagramElementMapping> mappings) {
		if (applied.isEmpty()) {
			checkExpression(owner, feature, null, false);
			return;
		}
		for (DiagramElementMapping mapping : applied) {
			EClass type = domainClasses.get(mapping);
			if (type != null) {
				checkExpression(owner, feature, variables(type), false);
			}
		}
	}

	private void checkMappingsInDiagram(EObject owner, List<? extends DiagramElementMapping> referenced,
			Map<String, DiagramElementMapping> mappings) {
		for (DiagramElementMapping mapping : referenced) {
			if (mapping.eIsProxy() || mappings.get(mapping.getName()) != mapping) {
				error(owner, Messages.format(Messages.Checker_mappingElsewhere, nameOrProxy(mapping)));
			}
		}
	}

	private static String nameOrProxy(DiagramElementMapping mapping) {
		return mapping.eIsProxy() ? String.valueOf(((InternalEObject) mapping).eProxyURI())
				: mapping.getName();
	}

	private void checkLayout(DiagramDescription description, List<Layer> layers) {
		List<AbstractNodeMapping> topLevel = layers.stream().flatMap(layer -> topLevel(layer).stream()).toList();
		if (description.getLayout() instanceof GridLayout grid) {
			for (GridAxis axis : List.of(grid.getColumns(), grid.getRows()).stream().filter(a -> a != null).toList()) {
				for (AbstractNodeMapping mapping : topLevel) {
					boolean overridden = axis == grid.getColumns() ? hasText(mapping.getGridColumnExpression())
							: hasText(mapping.getGridRowExpression());
					EClass type = domainClasses.get(mapping);
					if (!overridden && type != null) {
						checkExpression(axis, SpecPackage.Literals.GRID_AXIS__EXPRESSION, variables(type), true);
					}
				}
				if (axis.getValues().isEmpty()) {
					error(axis, Messages.Checker_emptyAxis);
				}
			}
			Map<String, EClassifier> cell = Map.of("column", EcorePackage.Literals.ESTRING, //$NON-NLS-1$
					"row", EcorePackage.Literals.ESTRING, ROOT, rootClass); //$NON-NLS-1$
			checkExpression(grid, SpecPackage.Literals.GRID_LAYOUT__CELL_COLOR_EXPRESSION, cell, false);
		} else if (description.getLayout() instanceof TimelineLayout timeline) {
			for (AbstractNodeMapping mapping : topLevel) {
				EClass type = domainClasses.get(mapping);
				if (type != null) {
					checkExpression(timeline, SpecPackage.Literals.TIMELINE_LAYOUT__START_EXPRESSION, variables(type), true);
					checkExpression(timeline, SpecPackage.Literals.TIMELINE_LAYOUT__END_EXPRESSION, variables(type), true);
					checkExpression(timeline, SpecPackage.Literals.TIMELINE_LAYOUT__LANE_EXPRESSION, variables(type), true);
				}
			}
			if (timeline.getPixelsPerDay() <= 0) {
				error(timeline, Messages.format(Messages.Checker_notPositive, "pixelsPerDay", timeline.getPixelsPerDay())); //$NON-NLS-1$
			}
		}
	}

	private void checkTool(Tool tool, Map<String, DiagramElementMapping> mappings) {
		if (tool instanceof NodeCreationTool creation) {
			checkNodeCreation(creation, mappings);
		} else if (tool instanceof EdgeCreationTool creation) {
			checkEdgeCreation(creation, mappings);
		} else if (tool instanceof DirectEditTool edit) {
			checkMappingsInDiagram(tool, edit.getMappings(), mappings);
			for (DiagramElementMapping mapping : edit.getMappings()) {
				EClass type = domainClasses.get(mapping);
				if (type != null && !(type.getEStructuralFeature(edit.getFeature()) instanceof EAttribute attribute
						&& attribute.getEAttributeType().getInstanceClass() == String.class)) {
					error(tool, Messages.format(Messages.Checker_notTextAttribute, edit.getFeature(), type.getName()));
				}
			}
		} else if (tool instanceof NavigationTool navigation) {
			checkMappingsInDiagram(tool, navigation.getMappings(), mappings);
			checkNavigation(navigation);
		} else if (tool instanceof DeleteTool delete) {
			checkMappingsInDiagram(tool, delete.getMappings(), mappings);
		}
	}

	private void checkNavigation(NavigationTool navigation) {
		DiagramDescription target = navigation.getDiagram();
		if (target == null || target.eIsProxy()) {
			return;
		}
		List<EClass> targetRoot = target.getDomainClass() == null ? List.of()
				: classes.resolve(target.getDomainClass(), rootClass.getEPackage());
		for (DiagramElementMapping mapping : navigation.getMappings()) {
			EClass type = domainClasses.get(mapping);
			if (type != null && targetRoot.size() == 1 && !targetRoot.get(0).isSuperTypeOf(type)) {
				error(navigation, Messages.format(Messages.Checker_navigationClass, target.getName(),
						targetRoot.get(0).getName(), type.getName()));
			}
		}
	}

	private void checkNodeCreation(NodeCreationTool tool, Map<String, DiagramElementMapping> mappings) {
		AbstractNodeMapping mapping = tool.getMapping();
		if (mapping == null) {
			return;
		}
		checkMappingsInDiagram(tool, List.of(mapping), mappings);
		EClass created = domainClasses.get(mapping);
		if (hasText(tool.getElementClass())) {
			created = resolveClass(tool, tool.getElementClass(), rootClass.getEPackage());
		}
		if (created == null) {
			return;
		}
		if (created.isAbstract() || created.isInterface()) {
			error(tool, Messages.format(Messages.Checker_abstractCreation, created.getName()));
		}
		EClass container = contextOf(mapping);
		checkExpression(tool, SpecPackage.Literals.NODE_CREATION_TOOL__CONTAINER_EXPRESSION, variables(container),
				false);
		if (!hasText(tool.getContainerExpression()) && container != null) {
			checkContainment(tool, container, tool.getContainmentFeature(), created);
		}
		for (FeatureInitialization initialization : tool.getInitializations()) {
			if (created.getEStructuralFeature(initialization.getFeature()) == null) {
				error(initialization, unknownFeature(created, initialization.getFeature()));
			}
			Map<String, EClassifier> variables = new HashMap<>(variables(created));
			variables.put("container", container); //$NON-NLS-1$
			checkExpression(initialization, SpecPackage.Literals.FEATURE_INITIALIZATION__VALUE_EXPRESSION, variables,
					false);
		}
	}

	private void checkContainment(EObject tool, EClass container, String featureName, EClass created) {
		EStructuralFeature feature = container.getEStructuralFeature(featureName);
		if (!(feature instanceof EReference reference) || !reference.isContainment()) {
			error(tool, Messages.format(Messages.Checker_notContainment, featureName, container.getName()));
		} else if (!reference.getEReferenceType().isSuperTypeOf(created)) {
			error(tool, Messages.format(Messages.Checker_wrongType, featureName, container.getName(),
					reference.getEReferenceType().getName(), created.getName()));
		}
	}

	private void checkEdgeCreation(EdgeCreationTool tool, Map<String, DiagramElementMapping> mappings) {
		EdgeMapping edge = tool.getMapping();
		if (edge == null) {
			return;
		}
		checkMappingsInDiagram(tool, List.of(edge), mappings);
		EClass target = commonClass(edge.getTargetMappings());
		if (!edge.isUseDomainElement()) {
			for (AbstractNodeMapping source : edge.getSourceMappings()) {
				EClass sourceClass = domainClasses.get(source);
				if (sourceClass == null) {
					continue;
				}
				EStructuralFeature feature = sourceClass.getEStructuralFeature(String.valueOf(tool.getReferenceFeature()));
				if (!(feature instanceof EReference reference) || reference.isContainment() || !reference.isChangeable()) {
					error(tool, Messages.format(Messages.Checker_notCrossReference, tool.getReferenceFeature(),
							sourceClass.getName()));
				} else if (target != null && !reference.getEReferenceType().isSuperTypeOf(target)) {
					error(tool, Messages.format(Messages.Checker_wrongType, tool.getReferenceFeature(),
							sourceClass.getName(), reference.getEReferenceType().getName(), target.getName()));
				}
			}
			return;
		}
		EClass type = domainClasses.get(edge);
		if (type == null) {
			return;
		}
		if (!hasText(tool.getContainerExpression())) {
			checkContainment(tool, rootClass, tool.getContainmentFeature(), type);
		}
		Map<String, EClassifier> variables = new HashMap<>();
		variables.put("source", commonClass(edge.getSourceMappings())); //$NON-NLS-1$
		variables.put("target", target); //$NON-NLS-1$
		variables.put(ROOT, rootClass);
		checkExpression(tool, SpecPackage.Literals.EDGE_CREATION_TOOL__CONTAINER_EXPRESSION, variables, false);
		for (String end : Arrays.asList(tool.getSourceFeature(), tool.getTargetFeature())) {
			if (!(type.getEStructuralFeature(String.valueOf(end)) instanceof EReference)) {
				error(tool, Messages.format(Messages.Checker_notCrossReference, end, type.getName()));
			}
		}
	}

	/** The class of the element {@code self} stands for in a mapping's candidates: the root or the enclosing node's element. */
	private EClass contextOf(AbstractNodeMapping mapping) {
		EObject parent = mapping.eContainer();
		if (parent instanceof AbstractNodeMapping enclosing) {
			if (enclosing instanceof ContainerMapping container && hasText(container.getGroupByExpression())) {
				return contextOf(container);
			}
			return domainClasses.get(enclosing);
		}
		return rootClass;
	}

	private void checkExpression(EObject owner, EStructuralFeature feature, Map<String, EClassifier> variables,
			boolean decidesStructure) {
		String text = (String) owner.eGet(feature);
		if (!hasText(text)) {
			return;
		}
		Expression expression = expressions.get(text);
		if (expression == null) {
			try {
				expression = engine.compile(text);
			} catch (ExpressionException failure) {
				error(owner, featureLabel(feature) + ": " + failure.getMessage()); //$NON-NLS-1$
				return;
			}
			expressions.put(text, expression);
		}
		checkServiceCalls(owner, feature, text);
		if (decidesStructure) {
			for (List<String> navigation : expression.navigations()) {
				structural.addAll(navigation.subList(1, navigation.size()));
			}
		}
		if (variables != null) {
			for (List<String> navigation : expression.navigations()) {
				checkNavigation(owner, feature, navigation, variables);
			}
		}
	}

	private void checkNavigation(EObject owner, EStructuralFeature feature, List<String> navigation,
			Map<String, EClassifier> variables) {
		String variable = navigation.get(0);
		if (!variables.containsKey(variable)) {
			error(owner, featureLabel(feature) + ": " + Messages.format(Messages.Checker_unknownVariable, variable, //$NON-NLS-1$
					String.join(", ", new TreeSet<>(variables.keySet())))); //$NON-NLS-1$
			return;
		}
		EClassifier type = variables.get(variable);
		String previous = variable;
		boolean many = false;
		for (String step : navigation.subList(1, navigation.size())) {
			if (type == null) {
				return;
			}
			if (many) {
				error(owner, featureLabel(feature) + ": " + Messages.format(Messages.Checker_navigateList, previous, step)); //$NON-NLS-1$
				return;
			}
			if (!(type instanceof EClass eClass)) {
				error(owner, featureLabel(feature) + ": " //$NON-NLS-1$
						+ Messages.format(Messages.Checker_navigateValue, previous, type.getName(), step));
				return;
			}
			EStructuralFeature next = eClass.getEStructuralFeature(step);
			if (next == null) {
				error(owner, featureLabel(feature) + ": " + unknownFeature(eClass, step)); //$NON-NLS-1$
				return;
			}
			type = next.getEType();
			many = next.isMany();
			previous = step;
		}
	}

	private void checkServiceCalls(EObject owner, EStructuralFeature feature, String text) {
		Matcher call = SERVICE_CALL.matcher(text);
		while (call.find()) {
			String namespace = call.group(1);
			String function = call.group(2);
			Object service = services.get(namespace);
			if (service == null) {
				error(owner, featureLabel(feature) + ": " + Messages.format(Messages.Checker_unknownNamespace, namespace, //$NON-NLS-1$
						String.join(", ", new TreeSet<>(services.keySet())))); //$NON-NLS-1$
			} else if (Arrays.stream(service.getClass().getMethods())
					.noneMatch(method -> method.getName().equals(function) && isService(method))) {
				error(owner, featureLabel(feature) + ": " //$NON-NLS-1$
						+ Messages.format(Messages.Checker_unknownService, namespace, function));
			}
		}
	}

	private static boolean isService(Method method) {
		return Modifier.isPublic(method.getModifiers()) && method.getDeclaringClass() != Object.class;
	}

	private static String unknownFeature(EClass eClass, String name) {
		List<String> known = eClass.getEAllStructuralFeatures().stream().map(EStructuralFeature::getName).sorted()
				.toList();
		return Messages.format(Messages.Checker_unknownFeature, eClass.getName(), name, String.join(", ", known)); //$NON-NLS-1$
	}

	private void checkColour(EObject owner, EAttribute attribute) {
		Object value = owner.eGet(attribute);
		if (value != null && !COLOUR.matcher(value.toString()).matches()) {
			error(owner, Messages.format(Messages.Checker_badColour, featureLabel(attribute), value));
		}
	}

	private EClass resolveClass(EObject owner, String name, EPackage preferred) {
		if (!hasText(name)) {
			return null;
		}
		List<EClass> found = classes.resolve(name, preferred);
		if (found.size() == 1) {
			return found.get(0);
		}
		if (found.isEmpty()) {
			error(owner, Messages.format(Messages.Checker_unknownClass, name));
		} else {
			error(owner, Messages.format(Messages.Checker_ambiguousClass, name, String.join(", ", //$NON-NLS-1$
					found.stream().map(eClass -> eClass.getEPackage().getNsPrefix() + "::" + eClass.getName()).toList()))); //$NON-NLS-1$
		}
		return null;
	}

	private void checkUnique(List<? extends DescriptionElement> elements, EObject owner) {
		Set<String> names = new HashSet<>();
		for (DescriptionElement element : elements) {
			if (element.getName() != null && !names.add(element.getName())) {
				error(element, Messages.format(Messages.Checker_duplicateName, element.getName()));
			}
		}
	}

	private Map<String, EClassifier> variables(EClass self) {
		Map<String, EClassifier> variables = new HashMap<>();
		variables.put(SELF, self);
		variables.put(ROOT, rootClass);
		return variables;
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	private void error(EObject element, String message) {
		descriptionHasErrors = true;
		report(new SpecificationProblem(true, file, lines.apply(element), pathOf(element), message));
	}

	private void warning(EObject element, String message) {
		report(new SpecificationProblem(false, file, lines.apply(element), pathOf(element), message));
	}

	/** Records a problem once, however many of the element's references or variables lead to it. */
	private void report(SpecificationProblem problem) {
		if (!problems.contains(problem)) {
			problems.add(problem);
		}
	}

	/** Names from the viewpoint down to the element, such as {@code diagram 'risks' › node mapping 'Risk' › style}. */
	static String pathOf(EObject element) {
		List<String> steps = new ArrayList<>();
		for (EObject current = element; current != null && !(current instanceof Viewpoint); current = current
				.eContainer()) {
			steps.add(0, describe(current));
		}
		return String.join(" \u203a ", steps); //$NON-NLS-1$
	}

	private static String describe(EObject element) {
		String kind = words(element instanceof DiagramDescription ? "Diagram" : element.eClass().getName()); //$NON-NLS-1$
		if (element instanceof DescriptionElement named && named.getName() != null) {
			return kind + " '" + named.getName() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		EStructuralFeature containment = element.eContainingFeature();
		if (containment != null && containment.isMany()) {
			List<?> siblings = (List<?>) element.eContainer().eGet(containment);
			return kind + ' ' + (siblings.indexOf(element) + 1);
		}
		return kind;
	}

	private static String featureLabel(EStructuralFeature feature) {
		return words(feature.getName());
	}

	/** {@code labelExpression} becomes {@code label expression}. */
	private static String words(String camelCase) {
		return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
