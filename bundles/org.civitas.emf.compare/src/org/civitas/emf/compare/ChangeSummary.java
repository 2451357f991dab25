package org.civitas.emf.compare;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * The changes to a model in one line, by element type: "Shared Service: 3 changed; Risk: 1
 * added". An element with several changes counts once; types come in the order of their first
 * change.
 */
public final class ChangeSummary {

	private ChangeSummary() {
	}

	public static String of(List<Change> changes, DiffText words) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		Set<EObject> changed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Change change : changes) {
			EObject element = element(change);
			int kind = change instanceof Change.Added ? 0 : change instanceof Change.Removed ? 2 : 1;
			if (kind == 1 && !changed.add(element)) {
				continue;
			}
			counts.computeIfAbsent(words.typeOf(element), unused -> new int[3])[kind]++;
		}
		if (counts.isEmpty()) {
			return Messages.ChangeSummary_none;
		}
		StringJoiner line = new StringJoiner("; "); //$NON-NLS-1$
		counts.forEach((type, count) -> {
			StringJoiner kinds = new StringJoiner(", "); //$NON-NLS-1$
			if (count[1] > 0) {
				kinds.add(NLS.bind(Messages.ChangeSummary_changed, count[1]));
			}
			if (count[0] > 0) {
				kinds.add(NLS.bind(Messages.ChangeSummary_added, count[0]));
			}
			if (count[2] > 0) {
				kinds.add(NLS.bind(Messages.ChangeSummary_removed, count[2]));
			}
			line.add(type + ": " + kinds); //$NON-NLS-1$
		});
		return line.toString();
	}

	/** The element a change is about, in the version that has it. */
	public static EObject element(Change change) {
		if (change instanceof Change.Added added) {
			return added.after();
		}
		if (change instanceof Change.Removed removed) {
			return removed.before();
		}
		if (change instanceof Change.Moved moved) {
			return moved.after();
		}
		if (change instanceof Change.ValueChanged value) {
			return value.after();
		}
		return ((Change.ListChanged) change).after();
	}
}
