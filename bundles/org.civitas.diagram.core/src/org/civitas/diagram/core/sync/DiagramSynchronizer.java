package org.civitas.diagram.core.sync;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.representation.DEdge;
import org.civitas.diagram.core.representation.DElement;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.representation.RepresentationFactory;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.spec.AbstractNodeMapping;
import org.civitas.diagram.spec.ContainerMapping;
import org.civitas.diagram.spec.DiagramElementMapping;
import org.civitas.diagram.spec.EdgeMapping;
import org.civitas.diagram.spec.Layer;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Brings a representation up to date with its model: specification × model × previous
 * representation → representation. Nodes and edges that appeared are added (unplaced), those
 * whose elements vanished are removed, and those that stayed keep their bounds, routes and
 * state. Running it twice changes nothing the second time.
 *
 * <p>Identity is structural: a node is its parent, its mapping and its element's ID, so the
 * same model always yields the same identifiers and a renamed element keeps its node.
 */
public final class DiagramSynchronizer {

	private final DiagramType type;

	public DiagramSynchronizer(DiagramType type) {
		this.type = type;
	}

	/** Synchronizes {@code representation} with the model under {@code root}. */
	public SyncReport synchronize(Representation representation, EObject root) {
		return new Run(representation, root).execute();
	}

	/** The state of one synchronization. */
	private final class Run {

		private final Representation representation;
		private final Evaluation evaluation;
		private final Map<EObject, List<DNode>> nodesOfElement = new LinkedHashMap<>();
		private final Map<EObject, Map<EClass, List<EObject>>> contentsCache = new HashMap<>();
		private final List<DNode> addedNodes = new ArrayList<>();
		private final List<DEdge> addedEdges = new ArrayList<>();
		private int removedNodes;
		private final List<DroppedElement> dropped = new ArrayList<>();

		Run(Representation representation, EObject root) {
			this.representation = representation;
			this.evaluation = new Evaluation(type, root, new DiagramProblems());
		}

		SyncReport execute() {
			List<Layer> layers = type.activeLayers(representation.getActiveLayers());
			synchronizeChildren("", representation.getNodes(), type.topLevelMappings(layers), evaluation.root(), null); //$NON-NLS-1$
			int edgesBefore = representation.getEdges().size();
			List<DEdge> edges = synchronizeEdges(type.edgeMappings(layers));
			int keptEdges = edges.size() - addedEdges.size();
			for (DEdge edge : representation.getEdges()) {
				if (!edges.contains(edge)) {
					noteIfDangling(edge);
				}
			}
			ECollections.setEList(representation.getEdges(), edges);
			return new SyncReport(addedNodes, removedNodes, addedEdges, edgesBefore - keptEdges,
					evaluation.problems().all(), dropped);
		}

		private void synchronizeChildren(String parentId, EList<DNode> current, List<? extends AbstractNodeMapping> mappings,
				EObject context, List<EObject> groupMembers) {
			Map<String, DNode> existing = new HashMap<>();
			for (DNode node : current) {
				existing.put(node.getId(), node);
			}
			Map<String, DNode> wanted = new LinkedHashMap<>();
			for (AbstractNodeMapping mapping : mappings) {
				if (mapping instanceof ContainerMapping container && hasText(container.getGroupByExpression())) {
					synchronizeGroups(parentId, container, context, existing, wanted);
				} else {
					for (EObject element : candidates(mapping, context, groupMembers)) {
						synchronizeNode(parentId, mapping, element, existing, wanted);
					}
				}
			}
			for (DNode node : current) {
				if (wanted.get(node.getId()) != node) {
					removedNodes += 1 + countDescendants(node);
					noteIfDangling(node);
				}
			}
			ECollections.setEList(current, new ArrayList<>(wanted.values()));
		}

		private void synchronizeNode(String parentId, AbstractNodeMapping mapping, EObject element,
				Map<String, DNode> existing, Map<String, DNode> wanted) {
			String id = parentId + mapping.getName() + ':' + ElementIds.idOf(element);
			if (wanted.containsKey(id)) {
				return;
			}
			DNode node = existing.get(id);
			// A node whose mapping or element was changed in the file no longer is what its id says.
			if (node == null || !mapping.getName().equals(node.getMapping())
					|| !ElementIds.idOf(element).equals(node.getElement())) {
				node = RepresentationFactory.eINSTANCE.createDNode();
				node.setId(id);
				node.setMapping(mapping.getName());
				node.setElement(ElementIds.idOf(element));
				addedNodes.add(node);
			}
			wanted.put(id, node);
			nodesOfElement.computeIfAbsent(element, key -> new ArrayList<>()).add(node);
			synchronizeChildren(id + '/', node.getChildren(), DiagramType.childMappings(mapping), element, null);
			synchronizeChildren(id + '/', node.getBorderedNodes(), DiagramType.borderedMappings(mapping), element, null);
		}

		/** One container per distinct value of the grouping expression, holding the candidates with that value. */
		private void synchronizeGroups(String parentId, ContainerMapping mapping, EObject context,
				Map<String, DNode> existing, Map<String, DNode> wanted) {
			Map<String, List<EObject>> groups = new LinkedHashMap<>();
			for (EObject element : candidates(mapping, context, null)) {
				String value = evaluation.text(mapping.getGroupByExpression(), evaluation.variables(element),
						mapping.getName(), element);
				groups.computeIfAbsent(value == null ? "" : value, key -> new ArrayList<>()).add(element); //$NON-NLS-1$
			}
			for (Map.Entry<String, List<EObject>> group : groups.entrySet()) {
				// Edges refer to nodes by id, and XMI separates the ids of a reference with spaces:
				// the value is encoded so that the id holds neither spaces nor the path's slashes.
				String id = parentId + mapping.getName() + '=' + URLEncoder.encode(group.getKey(), StandardCharsets.UTF_8);
				DNode node = existing.get(id);
				if (node == null || !mapping.getName().equals(node.getMapping())) {
					node = RepresentationFactory.eINSTANCE.createDNode();
					node.setId(id);
					node.setMapping(mapping.getName());
					node.setGroup(group.getKey());
					addedNodes.add(node);
				}
				wanted.put(id, node);
				synchronizeChildren(id + '/', node.getChildren(), DiagramType.childMappings(mapping), context,
						group.getValue());
			}
		}

		/** The elements a mapping shows under a context: its candidates of its class that pass its precondition. */
		private List<EObject> candidates(DiagramElementMapping mapping, EObject context, List<EObject> groupMembers) {
			EClass domainClass = type.domainClass(mapping);
			List<EObject> candidates;
			if (groupMembers != null) {
				candidates = groupMembers;
			} else if (hasText(mapping.getSemanticCandidatesExpression())) {
				candidates = evaluation.elements(mapping.getSemanticCandidatesExpression(), evaluation.variables(context),
						mapping.getName(), context);
			} else {
				candidates = contentsOfClass(context, domainClass);
			}
			List<EObject> shown = new ArrayList<>();
			for (EObject candidate : candidates) {
				if (domainClass.isInstance(candidate) && evaluation.test(mapping.getPreconditionExpression(),
						evaluation.variables(candidate), mapping.getName(), candidate)) {
					shown.add(candidate);
				}
			}
			return shown;
		}

		private List<EObject> contentsOfClass(EObject context, EClass domainClass) {
			return contentsCache.computeIfAbsent(context, key -> new HashMap<>()).computeIfAbsent(domainClass, key -> {
				List<EObject> found = new ArrayList<>();
				for (Iterator<EObject> contents = context.eAllContents(); contents.hasNext();) {
					EObject element = contents.next();
					if (domainClass.isInstance(element)) {
						found.add(element);
					}
				}
				return found;
			});
		}

		private List<DEdge> synchronizeEdges(List<EdgeMapping> mappings) {
			Map<String, DEdge> existing = new HashMap<>();
			for (DEdge edge : representation.getEdges()) {
				existing.put(edge.getId(), edge);
			}
			Map<String, DEdge> wanted = new LinkedHashMap<>();
			for (EdgeMapping mapping : mappings) {
				Set<String> sources = names(mapping.getSourceMappings());
				Set<String> targets = names(mapping.getTargetMappings());
				if (mapping.isUseDomainElement()) {
					for (EObject element : candidates(mapping, evaluation.root(), null)) {
						Map<String, Object> variables = evaluation.variables(element);
						List<EObject> from = evaluation.elements(mapping.getSourceFinderExpression(), variables,
								mapping.getName(), element);
						List<EObject> to = evaluation.elements(mapping.getTargetFinderExpression(), variables,
								mapping.getName(), element);
						connect(mapping, element, from, to, sources, targets, existing, wanted);
					}
				} else {
					for (Map.Entry<EObject, List<DNode>> source : new ArrayList<>(nodesOfElement.entrySet())) {
						if (source.getValue().stream().noneMatch(node -> sources.contains(node.getMapping()))) {
							continue;
						}
						List<EObject> to = evaluation.elements(mapping.getTargetFinderExpression(),
								evaluation.variables(source.getKey()), mapping.getName(), source.getKey());
						connect(mapping, null, List.of(source.getKey()), to, sources, targets, existing, wanted);
					}
				}
			}
			return new ArrayList<>(wanted.values());
		}

		private void connect(EdgeMapping mapping, EObject element, List<EObject> from, List<EObject> to,
				Set<String> sourceMappings, Set<String> targetMappings, Map<String, DEdge> existing,
				Map<String, DEdge> wanted) {
			String prefix = mapping.getName() + ':' + (element == null ? "" : ElementIds.idOf(element) + ':'); //$NON-NLS-1$
			for (DNode source : nodesOf(from, sourceMappings)) {
				for (DNode target : nodesOf(to, targetMappings)) {
					String id = prefix + source.getId() + "->" + target.getId(); //$NON-NLS-1$
					DEdge edge = existing.get(id);
					if (edge != null && !mapping.getName().equals(edge.getMapping())) {
						edge = null;
					}
					if (edge == null && !wanted.containsKey(id)) {
						edge = RepresentationFactory.eINSTANCE.createDEdge();
						edge.setId(id);
						edge.setMapping(mapping.getName());
						edge.setElement(element == null ? null : ElementIds.idOf(element));
						edge.setSource(source);
						edge.setTarget(target);
						addedEdges.add(edge);
					}
					if (edge != null) {
						wanted.put(id, edge);
					}
				}
			}
		}

		/**
		 * Notes an element left out that stood for nothing: an unknown mapping, or a model
		 * element that is not there. Elements left out because the model or a filter no longer
		 * shows them are the diagram following its model, not a problem.
		 */
		private void noteIfDangling(DElement element) {
			if (type.mapping(element.getMapping()) == null) {
				dropped.add(new DroppedElement(element, true));
			} else if (element.getElement() != null
					&& ElementIds.resolve(evaluation.root().eResource(), element.getElement()) == null) {
				dropped.add(new DroppedElement(element, false));
			}
		}

		private List<DNode> nodesOf(List<EObject> elements, Set<String> mappings) {
			List<DNode> nodes = new ArrayList<>();
			for (EObject element : elements) {
				for (DNode node : nodesOfElement.getOrDefault(element, List.of())) {
					if (mappings.contains(node.getMapping())) {
						nodes.add(node);
					}
				}
			}
			return nodes;
		}
	}

	private static Set<String> names(List<? extends DiagramElementMapping> mappings) {
		Set<String> names = new HashSet<>();
		for (DiagramElementMapping mapping : mappings) {
			names.add(mapping.getName());
		}
		return names;
	}

	private static int countDescendants(DNode node) {
		int count = 0;
		for (DNode child : node.getChildren()) {
			count += 1 + countDescendants(child);
		}
		for (DNode bordered : node.getBorderedNodes()) {
			count += 1 + countDescendants(bordered);
		}
		return count;
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}
}
