package org.civitas.emf.compare;

import java.util.List;

/**
 * What a three-way merge did to ours.
 *
 * @param applied how many of theirs' changes were applied (changes both sides made count once,
 *            in ours)
 * @param conflicts the changes of both sides left open, ours kept meanwhile
 * @param notes concurrent layout changes settled by keeping ours
 */
public record MergeResult(int applied, List<Conflict> conflicts, List<LayoutNote> notes) {

	public MergeResult {
		conflicts = List.copyOf(conflicts);
		notes = List.copyOf(notes);
	}

	public boolean clean() {
		return conflicts.isEmpty();
	}
}
