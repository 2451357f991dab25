package org.civitas.diagram.core;

import org.civitas.diagram.core.layout.Backdrop;
import org.civitas.diagram.core.layout.DiagramLayouter;
import org.civitas.diagram.core.layout.NodeSizes;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.scene.ElementProblems;
import org.civitas.diagram.core.scene.SceneBuilder;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.style.TextMetrics;
import org.civitas.diagram.core.sync.DiagramProblems;
import org.civitas.diagram.core.sync.DiagramSynchronizer;
import org.civitas.diagram.core.sync.SyncReport;
import org.civitas.diagram.core.view.DiagramView;
import org.eclipse.emf.ecore.EObject;

/**
 * The whole way from a model to a picture, as the editor and export both take it:
 * synchronize the representation, place what is new (or everything), and build the scene.
 */
public final class Drawings {

	private Drawings() {
	}

	/** Brings the representation up to date, places only new nodes, and draws it. */
	public static Drawing refresh(DiagramType type, Representation representation, EObject root,
			ElementProblems problems) {
		return draw(type, representation, root, problems, false);
	}

	/** Brings the representation up to date, lays out everything not pinned, and draws it. */
	public static Drawing arrangeAll(DiagramType type, Representation representation, EObject root,
			ElementProblems problems) {
		return draw(type, representation, root, problems, true);
	}

	private static Drawing draw(DiagramType type, Representation representation, EObject root,
			ElementProblems problems, boolean all) {
		SyncReport sync = new DiagramSynchronizer(type).synchronize(representation, root);
		DiagramView view = DiagramView.of(type, representation, root, new DiagramProblems());
		NodeSizes sizes = new NodeSizes(TextMetrics.INSTANCE);
		DiagramLayouter layouter = new DiagramLayouter(sizes);
		Backdrop backdrop = all ? layouter.arrangeAll(view) : layouter.arrange(view);
		return new Drawing(sync, new SceneBuilder(sizes, problems).build(view, backdrop));
	}
}
