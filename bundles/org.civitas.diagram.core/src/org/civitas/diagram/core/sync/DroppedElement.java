package org.civitas.diagram.core.sync;

import org.civitas.diagram.core.representation.DElement;

/**
 * A node or edge of a diagram file that synchronization left out because it cannot stand for
 * anything: its mapping is not one of the diagram kind's, or its model element is not in the
 * model. A hand-edited or out-of-date file loses these silently otherwise; a reader of the
 * file deserves to be told, with the line.
 *
 * @param element the node or edge as it was in the file
 * @param unknownMapping {@code true} when the mapping is unknown, {@code false} when the element is missing
 */
public record DroppedElement(DElement element, boolean unknownMapping) {
}
