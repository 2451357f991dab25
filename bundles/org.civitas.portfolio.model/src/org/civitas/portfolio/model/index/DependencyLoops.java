package org.civitas.portfolio.model.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civitas.portfolio.model.SharedService;

/**
 * The services that lie on loops of dependencies, found in one pass over the dependency graph
 * (Tarjan's strongly connected components), so that checking every service for a loop costs
 * what checking one does.
 */
final class DependencyLoops {

	private final Map<SharedService, Integer> index = new HashMap<>();
	private final Map<SharedService, Integer> lowest = new HashMap<>();
	private final Deque<SharedService> stack = new ArrayDeque<>();
	private final Set<SharedService> onStack = new HashSet<>();
	private final Map<SharedService, Integer> members = new HashMap<>();
	private int counter;
	private int groups;

	DependencyLoops(Collection<SharedService> services) {
		for (SharedService service : services) {
			if (!index.containsKey(service)) {
				visit(service);
			}
		}
	}

	/** Each service on a loop, with the number of its loop. */
	Map<SharedService, Integer> members() {
		return members;
	}

	private void visit(SharedService service) {
		index.put(service, counter);
		lowest.put(service, counter);
		counter++;
		stack.push(service);
		onStack.add(service);
		for (SharedService next : service.getDependsOn()) {
			if (!index.containsKey(next)) {
				visit(next);
				lowest.put(service, Math.min(lowest.get(service), lowest.get(next)));
			} else if (onStack.contains(next)) {
				lowest.put(service, Math.min(lowest.get(service), index.get(next)));
			}
		}
		if (lowest.get(service).equals(index.get(service))) {
			List<SharedService> group = new ArrayList<>();
			SharedService member;
			do {
				member = stack.pop();
				onStack.remove(member);
				group.add(member);
			} while (member != service);
			if (group.size() > 1 || service.getDependsOn().contains(service)) {
				group.forEach(each -> members.put(each, groups));
				groups++;
			}
		}
	}
}
