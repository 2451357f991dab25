package org.civitas.validation.report;

/**
 * Where an element is, in words a reader can follow and in an id a tool can resolve.
 *
 * @param file the model file as the report names it, or {@code null} for an element in no file
 * @param path the way from the model's root to the element, such as
 *            {@code Statewide E-mail Consolidation / services / Hosted e-mail and calendar}
 * @param id the element's URI fragment in its file, which stays the same when the element is
 *            renamed or moved where the model gives its elements ids
 * @param label the element's own label, the last step of its path
 * @param line the line of the element in its file, from 1, or 0 when the file was read
 *            without positions
 * @param column the column just after the element's start tag, from 1, or 0
 */
public record ElementLocation(String file, String path, String id, String label, int line, int column) {
}
