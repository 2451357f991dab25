package org.civitas.diagram.core.sync;

/**
 * Something that kept part of a diagram from being drawn as specified, found while drawing it:
 * an expression failing on an element, or an element with no place on a grid or timeline. It
 * names the mapping and the element so that the user can fix the model or the toolsmith the
 * specification.
 *
 * @param mapping     the mapping being drawn
 * @param element     label of the model element, or empty
 * @param message     what went wrong
 * @param occurrences how many elements had the same problem
 */
public record DiagramProblem(String mapping, String element, String message, int occurrences) {

	@Override
	public String toString() {
		String text = element.isEmpty() ? Messages.format(Messages.DiagramProblem_mapping, mapping, message)
				: Messages.format(Messages.DiagramProblem_element, mapping, element, message);
		return occurrences > 1 ? Messages.format(Messages.DiagramProblem_more, text, occurrences - 1) : text;
	}
}
