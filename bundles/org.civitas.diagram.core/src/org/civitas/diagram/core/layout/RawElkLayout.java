package org.civitas.diagram.core.layout;

import org.civitas.diagram.spec.LayeredLayout;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK alone on a plain graph of boxes, with the options layered diagrams use: the baseline
 * against which {@code civitas benchmark --diagram} measures what the engine adds to a layout.
 */
public final class RawElkLayout {

	private RawElkLayout() {
	}

	/**
	 * Lays out boxes of the given {@code {width, height}} joined by edges given as
	 * {@code {source index, target index}}.
	 */
	public static void layout(double[][] sizes, int[][] edges, LayeredLayout settings) {
		ElkNode graph = ElkLayered.graph(settings, sizes.length, false);
		ElkNode[] nodes = new ElkNode[sizes.length];
		for (int i = 0; i < sizes.length; i++) {
			nodes[i] = ElkGraphUtil.createNode(graph);
			nodes[i].setDimensions(sizes[i][0], sizes[i][1]);
		}
		for (int[] edge : edges) {
			ElkGraphUtil.createSimpleEdge(nodes[edge[0]], nodes[edge[1]]);
		}
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
	}
}
