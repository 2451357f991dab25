package org.civitas.diagram.core.expressions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The {@code graph:} functions of expressions: questions about the graph a reference forms
 * over a model, such as dependencies, for highlighting cycles in any diagram.
 *
 * <p>A diagram asks these questions of every node and edge, so the answer for a whole model is
 * computed once (strongly connected components, linear in the model) and kept on the model's
 * resource until the model changes.
 */
public class GraphServices {

	/** Whether following {@code reference} from the element can lead back to it. */
	public boolean inCycle(EObject element, String reference) {
		if (element == null) {
			return false;
		}
		Components components = componentsOf(element);
		return components == null ? reaches(element, element, reference) : components.onCycle(element, reference);
	}

	/**
	 * Whether the edge from {@code source} to {@code target} along {@code reference} lies on a
	 * cycle: whether {@code target} leads back to {@code source}.
	 */
	public boolean edgeInCycle(EObject source, EObject target, String reference) {
		if (source == null || target == null) {
			return false;
		}
		if (source == target) {
			return true;
		}
		Components components = componentsOf(source);
		return components == null ? reaches(target, source, reference)
				: components.sameCycle(source, target, reference);
	}

	/** The components kept on the element's resource, or {@code null} for an element in no resource. */
	private static Components componentsOf(EObject element) {
		Resource resource = element.eResource();
		if (resource == null) {
			return null;
		}
		synchronized (resource) {
			Components components = (Components) EcoreUtil.getExistingAdapter(resource, Components.class);
			if (components == null) {
				components = new Components(resource);
				resource.eAdapters().add(components);
			}
			return components;
		}
	}

	/**
	 * The strongly connected components of each reference's graph over one resource, forgotten
	 * at the first change of the model. Living on the resource, they go when it goes.
	 */
	private static final class Components extends EContentAdapter {

		private final Resource resource;
		private final Map<String, Map<EObject, Integer>> componentOf = new HashMap<>();
		private final Map<String, Set<Integer>> cyclic = new HashMap<>();

		Components(Resource resource) {
			this.resource = resource;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Components.class;
		}

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				synchronized (this) {
					componentOf.clear();
					cyclic.clear();
				}
			}
		}

		synchronized boolean onCycle(EObject element, String reference) {
			Integer component = compute(reference).get(element);
			return component != null && cyclic.get(reference).contains(component);
		}

		synchronized boolean sameCycle(EObject source, EObject target, String reference) {
			Map<EObject, Integer> components = compute(reference);
			Integer component = components.get(source);
			return component != null && component.equals(components.get(target))
					&& cyclic.get(reference).contains(component);
		}

		/** Tarjan's algorithm, iterative so that long dependency chains cannot overflow the stack. */
		private Map<EObject, Integer> compute(String reference) {
			Map<EObject, Integer> known = componentOf.get(reference);
			if (known != null) {
				return known;
			}
			Map<EObject, Integer> components = new IdentityHashMap<>();
			Set<Integer> withCycle = new HashSet<>();
			Map<EObject, Integer> index = new IdentityHashMap<>();
			Map<EObject, Integer> lowest = new IdentityHashMap<>();
			Deque<EObject> stack = new ArrayDeque<>();
			Set<EObject> onStack = Collections.newSetFromMap(new IdentityHashMap<>());
			int[] counter = { 0 };
			for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject start = all.next();
				if (index.containsKey(start) || start.eClass().getEStructuralFeature(reference) == null) {
					continue;
				}
				Deque<Object[]> frames = new ArrayDeque<>();
				visit(start, reference, index, lowest, stack, onStack, counter, frames);
				while (!frames.isEmpty()) {
					Object[] frame = frames.peek();
					EObject node = (EObject) frame[0];
					@SuppressWarnings("unchecked")
					Iterator<EObject> next = (Iterator<EObject>) frame[1];
					if (next.hasNext()) {
						EObject successor = next.next();
						if (!index.containsKey(successor)) {
							visit(successor, reference, index, lowest, stack, onStack, counter, frames);
						} else if (onStack.contains(successor)) {
							lowest.put(node, Math.min(lowest.get(node), index.get(successor)));
						}
						continue;
					}
					frames.pop();
					if (!frames.isEmpty()) {
						EObject parent = (EObject) frames.peek()[0];
						lowest.put(parent, Math.min(lowest.get(parent), lowest.get(node)));
					}
					if (lowest.get(node).equals(index.get(node))) {
						int component = components.size();
						List<EObject> members = new ArrayList<>();
						EObject member;
						do {
							member = stack.pop();
							onStack.remove(member);
							members.add(member);
							components.put(member, component);
						} while (member != node);
						if (members.size() > 1 || successors(node, reference).contains(node)) {
							withCycle.add(component);
						}
					}
				}
			}
			componentOf.put(reference, components);
			cyclic.put(reference, withCycle);
			return components;
		}

		private static void visit(EObject node, String reference, Map<EObject, Integer> index,
				Map<EObject, Integer> lowest, Deque<EObject> stack, Set<EObject> onStack, int[] counter,
				Deque<Object[]> frames) {
			index.put(node, counter[0]);
			lowest.put(node, counter[0]);
			counter[0]++;
			stack.push(node);
			onStack.add(node);
			frames.push(new Object[] { node, successors(node, reference).iterator() });
		}
	}

	/** Depth-first search from the successors of {@code from}, for elements outside any resource. */
	private static boolean reaches(EObject from, EObject goal, String reference) {
		Set<EObject> visited = new HashSet<>();
		Deque<EObject> pending = new ArrayDeque<>(successors(from, reference));
		while (!pending.isEmpty()) {
			EObject next = pending.pop();
			if (next == goal) {
				return true;
			}
			if (visited.add(next)) {
				pending.addAll(successors(next, reference));
			}
		}
		return false;
	}

	private static Collection<EObject> successors(EObject element, String reference) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(reference);
		if (feature == null) {
			return List.of();
		}
		Object value = element.eGet(feature);
		if (value instanceof EObject single) {
			return List.of(single);
		}
		@SuppressWarnings("unchecked")
		Collection<EObject> many = value instanceof Collection<?> ? (Collection<EObject>) value : List.of();
		return many;
	}
}
