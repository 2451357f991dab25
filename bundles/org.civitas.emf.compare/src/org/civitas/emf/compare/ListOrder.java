package org.civitas.emf.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of a merged list, from the keys of its items in base, ours and theirs. Ours' order
 * stands unless only theirs reordered the items both had; both reordering them differently is a
 * clash. Items ours lacks (theirs added or moved them in) go after the item they follow in
 * theirs.
 */
final class ListOrder {

	private ListOrder() {
	}

	/**
	 * The merged order of {@code members}, or {@code null} when both sides reordered differently.
	 *
	 * @param base the base's items
	 * @param oursOrder ours' items that stay, in ours' order
	 * @param theirs theirs' items
	 * @param members every item of the merged list
	 */
	static List<Object> merge(List<Object> base, List<Object> oursOrder, List<Object> theirs, List<Object> members) {
		Set<Object> baseSet = new HashSet<>(base);
		Set<Object> oursSet = new HashSet<>(oursOrder);
		Set<Object> theirsSet = new HashSet<>(theirs);
		boolean oursReordered = !ListKeys.common(base, oursSet).equals(ListKeys.common(oursOrder, baseSet));
		boolean theirsReordered = !ListKeys.common(base, theirsSet).equals(ListKeys.common(theirs, baseSet));
		List<Object> order = oursOrder;
		if (theirsReordered && !oursReordered) {
			order = inTheirsOrder(oursOrder, theirs, baseSet);
		} else if (theirsReordered) {
			Set<Object> oursAndTheirs = new HashSet<>(oursSet);
			oursAndTheirs.retainAll(theirsSet);
			oursAndTheirs.retainAll(baseSet);
			if (!ListKeys.common(oursOrder, oursAndTheirs).equals(ListKeys.common(theirs, oursAndTheirs))) {
				return null;
			}
		}
		return placeNew(order, theirs, members);
	}

	/** The slots of ours' items that theirs has from base, filled in theirs' order. */
	private static List<Object> inTheirsOrder(List<Object> oursOrder, List<Object> theirs, Set<Object> baseSet) {
		Set<Object> oursSet = new HashSet<>(oursOrder);
		List<Object> theirsCommon = theirs.stream().filter(item -> baseSet.contains(item) && oursSet.contains(item)).toList();
		Set<Object> slots = new HashSet<>(theirsCommon);
		List<Object> result = new ArrayList<>(oursOrder.size());
		int next = 0;
		for (Object item : oursOrder) {
			result.add(slots.contains(item) ? theirsCommon.get(next++) : item);
		}
		return result;
	}

	/** {@code order} with the members it lacks, each after the item before it in theirs. */
	static List<Object> placeNew(List<Object> order, List<Object> theirs, List<Object> members) {
		Set<Object> placed = new HashSet<>(order);
		List<Object> missing = members.stream().filter(item -> !placed.contains(item)).toList();
		if (missing.isEmpty()) {
			return order;
		}
		Set<Object> toPlace = new HashSet<>(missing);
		// For each item to place, the item it follows in theirs among those placed before it.
		Map<Object, Object> after = new HashMap<>();
		Object previous = null;
		for (Object item : theirs) {
			if (toPlace.contains(item)) {
				after.put(item, previous);
			}
			if (placed.contains(item) || toPlace.contains(item)) {
				previous = item;
			}
		}
		Map<Object, List<Object>> followers = new HashMap<>();
		for (Object item : missing) {
			followers.computeIfAbsent(after.get(item), unused -> new ArrayList<>()).add(item);
		}
		List<Object> result = new ArrayList<>(members.size());
		appendWithFollowers(null, followers, result);
		for (Object item : order) {
			result.add(item);
			appendWithFollowers(item, followers, result);
		}
		return result;
	}

	/** Appends the chain of items that follow {@code item}, and the chains that follow them. */
	private static void appendWithFollowers(Object item, Map<Object, List<Object>> followers, List<Object> result) {
		Deque<Object> pending = new ArrayDeque<>();
		pushFollowers(item, followers, pending);
		while (!pending.isEmpty()) {
			Object follower = pending.pop();
			result.add(follower);
			pushFollowers(follower, followers, pending);
		}
	}

	private static void pushFollowers(Object item, Map<Object, List<Object>> followers, Deque<Object> pending) {
		List<Object> next = followers.remove(item);
		if (next != null) {
			for (int i = next.size() - 1; i >= 0; i--) {
				pending.push(next.get(i));
			}
		}
	}
}
