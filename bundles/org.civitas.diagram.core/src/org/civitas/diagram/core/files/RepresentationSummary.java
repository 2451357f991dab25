package org.civitas.diagram.core.files;

import java.nio.file.Path;

/**
 * What a representation file says about itself in its first element, read without loading the
 * diagram: enough to list a model's diagrams.
 *
 * @param file        the {@code .diagram} file
 * @param name        the diagram's name
 * @param viewpoint   the viewpoint of its description
 * @param description the description it shows
 * @param model       path of its model, relative to the file
 * @param root        identifier of its root element in the model
 * @param line        the line of that first element, where the model is named
 */
public record RepresentationSummary(Path file, String name, String viewpoint, String description, String model,
		String root, int line) {
}
