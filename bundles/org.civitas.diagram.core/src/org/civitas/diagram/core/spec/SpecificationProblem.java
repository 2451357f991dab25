package org.civitas.diagram.core.spec;

/**
 * Something wrong in a specification, found when it is loaded: where it is (file, line and the
 * path of names down to the element that holds it) and what is wrong.
 *
 * @param error   whether the diagram cannot be drawn as specified; otherwise a warning
 * @param file    the specification file
 * @param line    line of the element in the file, 0 when unknown
 * @param path    names from the viewpoint down to the element, such as
 *                {@code diagram 'risks' › node mapping 'Risk'}
 * @param message what is wrong, naming the feature or expression at fault
 */
public record SpecificationProblem(boolean error, String file, int line, String path, String message) {

	@Override
	public String toString() {
		String where = line > 0 ? file + ':' + line : file;
		if (path.isEmpty()) {
			return Messages.format(error ? Messages.SpecificationProblem_fileError : Messages.SpecificationProblem_fileWarning,
					where, message);
		}
		return Messages.format(error ? Messages.SpecificationProblem_error : Messages.SpecificationProblem_warning,
				where, path, message);
	}
}
