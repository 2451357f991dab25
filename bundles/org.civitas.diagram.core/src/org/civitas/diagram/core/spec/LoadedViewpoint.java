package org.civitas.diagram.core.spec;

import java.util.List;
import java.util.Optional;

import org.civitas.diagram.spec.Viewpoint;
import org.eclipse.emf.common.util.URI;

/**
 * A viewpoint read and checked: the diagram types that can be drawn and every problem found. A
 * description with errors yields no diagram type, so one broken diagram never takes the others
 * down with it.
 *
 * @param viewpoint the specification as read
 * @param location  the file it was read from
 * @param diagrams  the descriptions without errors, ready to draw
 * @param problems  errors and warnings, in file order
 */
public record LoadedViewpoint(Viewpoint viewpoint, URI location, List<DiagramType> diagrams,
		List<SpecificationProblem> problems) {

	/** The diagram type with this name, if it was loaded without errors. */
	public Optional<DiagramType> diagram(String name) {
		return diagrams.stream().filter(type -> type.name().equals(name)).findFirst();
	}

	/** Whether any problem is an error. */
	public boolean hasErrors() {
		return problems.stream().anyMatch(SpecificationProblem::error);
	}
}
