package org.civitas.emf.compare;

import java.util.List;

/**
 * A change of both sides of a merge that the merge did not decide: the merged model holds ours
 * until someone takes ours or theirs. Everything needed to take theirs later, without theirs'
 * file, is kept in {@link #theirsChoice}.
 *
 * @param kind what clashed
 * @param element the key of the element (its ID, or its place for one without)
 * @param feature the name of the feature that clashed, or {@code null} for the element as a whole
 * @param elementText the element in the editor's words
 * @param featureText the feature's label, or {@code null}
 * @param base the value of the common ancestor, in words
 * @param ours our value, in words (what the merged model holds)
 * @param theirs their value, in words
 * @param theirsChoice what taking theirs does
 */
public record Conflict(Kind kind, String element, String feature, String elementText, String featureText, String base,
		String ours, String theirs, TheirsChoice theirsChoice) {

	/** What both sides did to one element or feature. */
	public enum Kind {
		/** Both sides set one single value (or one value held as a whole) differently. */
		VALUE,
		/** Both sides reordered one list differently. */
		ORDER,
		/** Both sides moved one element to different places. */
		MOVE,
		/** Theirs deleted an element that ours changed, moved, filled or refers to anew. */
		DELETED_BY_THEIRS,
		/** Ours deleted an element that theirs changed, moved, filled or refers to anew. */
		DELETED_BY_OURS
	}

	/**
	 * What taking theirs does, in the keys of the merged model:
	 *
	 * @param values a single value ({@code VALUE}: one literal or key, none for no value) or
	 *            theirs' order of a list ({@code ORDER}: keys or literals)
	 * @param container for {@code MOVE} and {@code DELETED_BY_OURS}: the key of theirs' container
	 * @param list the containment there
	 * @param index the position there
	 * @param fragment for {@code DELETED_BY_OURS}, and values held as a whole: theirs' elements
	 *            as XMI
	 * @param links for {@code DELETED_BY_OURS}: theirs' references into the restored elements
	 */
	public record TheirsChoice(List<String> values, String container, String list, int index, String fragment,
			List<Link> links) {

		public TheirsChoice {
			values = values == null ? List.of() : List.copyOf(values);
			links = links == null ? List.of() : List.copyOf(links);
		}

		static TheirsChoice values(List<String> values) {
			return new TheirsChoice(values, null, null, 0, null, null);
		}

		static TheirsChoice fragment(String fragment) {
			return new TheirsChoice(null, null, null, 0, fragment, null);
		}

		static TheirsChoice place(String container, String list, int index) {
			return new TheirsChoice(null, container, list, index, null, null);
		}

		static TheirsChoice deletion() {
			return new TheirsChoice(null, null, null, 0, null, null);
		}

		static TheirsChoice restoration(String fragment, String container, String list, int index, List<Link> links) {
			return new TheirsChoice(null, container, list, index, fragment, links);
		}
	}

	/** A reference of theirs: the element's key, the feature, and theirs' targets (keys), all of them. */
	public record Link(String element, String feature, List<String> targets) {
		public Link {
			targets = List.copyOf(targets);
		}
	}
}
