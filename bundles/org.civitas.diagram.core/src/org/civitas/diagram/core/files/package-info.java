/**
 * Diagram files: one {@code .diagram} file per diagram, beside its model.
 * {@link org.civitas.diagram.core.files.RepresentationFiles} lists and creates them (listing reads
 * only each file's first element, see
 * {@link org.civitas.diagram.core.files.RepresentationSummary});
 * {@link org.civitas.diagram.core.files.RepresentationResource} reads and writes one.
 */
package org.civitas.diagram.core.files;
