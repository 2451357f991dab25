package org.civitas.emf.compare;

/**
 * A feature both sides changed differently that the metamodel lets the merge settle by keeping
 * ours ({@link MergeHints#keepsOurs}): a diagram's positions and sizes.
 *
 * @param element the key of the element
 * @param text the note in the editor's words
 */
public record LayoutNote(String element, String text) {
}
