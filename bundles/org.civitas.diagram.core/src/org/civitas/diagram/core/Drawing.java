package org.civitas.diagram.core;

import java.util.ArrayList;
import java.util.List;

import org.civitas.diagram.core.scene.Scene;
import org.civitas.diagram.core.sync.DiagramProblem;
import org.civitas.diagram.core.sync.SyncReport;

/**
 * A diagram brought up to date and drawn: what synchronization changed and the scene to show or
 * export.
 */
public record Drawing(SyncReport sync, Scene scene) {

	/** Every problem met, while synchronizing and while drawing. */
	public List<DiagramProblem> problems() {
		List<DiagramProblem> problems = new ArrayList<>(sync.problems());
		for (DiagramProblem problem : scene.problems()) {
			if (!problems.contains(problem)) {
				problems.add(problem);
			}
		}
		return problems;
	}
}
