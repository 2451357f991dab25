package org.civitas.diagram.core.files;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.civitas.diagram.core.representation.DEdge;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.representation.DPoint;
import org.civitas.emf.xmi.LocatedXmiResource;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A {@code .diagram} file. Positions are only layout, computed again on demand: a position
 * that is not a number ({@code x="NaN"}) does not make the diagram unreadable. The node is
 * drawn again where the layout places new nodes, an edge is routed again, and each repair is a
 * warning of the resource ({@link #getWarnings()}) naming its line, so the user learns of it.
 */
public class RepresentationResource extends LocatedXmiResource {

	public RepresentationResource(URI uri) {
		super(uri);
		// Edges refer to their nodes by id: without this index each reference scans the file.
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	@Override
	protected boolean refusesNonFiniteNumbers() {
		return false;
	}

	@Override
	public void load(Map<?, ?> options) throws IOException {
		super.load(options);
		for (TreeIterator<EObject> all = getAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof DNode node && !finite(node.getX(), node.getY(), node.getWidth(), node.getHeight())) {
				node.setX(0);
				node.setY(0);
				// A node without a size is one the layout has not placed yet.
				node.setWidth(0);
				node.setHeight(0);
				warn(element, Messages.format(Messages.RepresentationResource_nodeRepaired, node.getId()));
			} else if (element instanceof DEdge edge
					&& edge.getBendpoints().stream().anyMatch(point -> !finite(point.getX(), point.getY()))) {
				edge.getBendpoints().clear();
				warn(element, Messages.format(Messages.RepresentationResource_edgeRepaired, edge.getId()));
			} else if (element instanceof DPoint) {
				all.prune();
			}
		}
		setModified(false);
	}

	private void warn(EObject element, String message) {
		getWarnings().add(new Repair(message, getURI().toString(), lineOf(element)));
	}

	/** A repair made while loading, as a warning of the resource: what, and on which line. */
	private record Repair(String getMessage, String getLocation, int getLine) implements Resource.Diagnostic {

		@Override
		public int getColumn() {
			return 0;
		}
	}

	private static boolean finite(double... values) {
		for (double value : values) {
			if (!Double.isFinite(value)) {
				return false;
			}
		}
		return true;
	}
}
