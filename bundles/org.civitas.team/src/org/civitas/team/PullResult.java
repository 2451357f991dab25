package org.civitas.team;

import java.util.List;
import java.util.Map;

import org.civitas.emf.compare.Conflict;
import org.civitas.emf.compare.LayoutNote;

/**
 * What a pull did.
 *
 * @param outcome how the histories came together
 * @param mergedModels the model files both sides changed, merged element by element
 * @param conflicts the open conflicts of each merged model file (also in its companion file)
 * @param notes layout notes of merged diagrams
 * @param otherConflicts other files Git could not merge (their conflict markers are Git's)
 */
public record PullResult(Outcome outcome, List<String> mergedModels, Map<String, List<Conflict>> conflicts,
		List<LayoutNote> notes, List<String> otherConflicts) {

	/** How the histories came together. */
	public enum Outcome {
		/** Nothing new on the remote. */
		UP_TO_DATE,
		/** Only the remote had new commits: the working tree now has them. */
		FAST_FORWARD,
		/** Both had new commits, merged and committed. */
		MERGED,
		/** Both had new commits; conflicts remain, the merge waits for them (or for an abort). */
		CONFLICTS
	}

	public PullResult {
		mergedModels = List.copyOf(mergedModels);
		conflicts = Map.copyOf(conflicts);
		notes = List.copyOf(notes);
		otherConflicts = List.copyOf(otherConflicts);
	}
}
