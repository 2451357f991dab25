package org.civitas.diagram.core.sync;

import java.util.List;

import org.civitas.diagram.core.representation.DEdge;
import org.civitas.diagram.core.representation.DNode;

/**
 * What a synchronization changed in a representation.
 *
 * @param addedNodes   nodes that appeared, at any depth, not yet placed
 * @param removedNodes how many nodes vanished with their elements
 * @param addedEdges   edges that appeared
 * @param removedEdges how many edges vanished
 * @param problems     what could not be drawn as specified
 * @param dropped      nodes and edges left out because they stood for nothing (an unknown
 *                     mapping, a model element that is not there)
 */
public record SyncReport(List<DNode> addedNodes, int removedNodes, List<DEdge> addedEdges, int removedEdges,
		List<DiagramProblem> problems, List<DroppedElement> dropped) {

	/** Whether the representation is unchanged. */
	public boolean unchanged() {
		return addedNodes.isEmpty() && removedNodes == 0 && addedEdges.isEmpty() && removedEdges == 0;
	}
}
