package org.civitas.diagram.core.spec;

import java.util.List;
import java.util.stream.Collectors;

/** A specification that cannot be used: unreadable, or with errors that would break its diagrams. */
public class SpecificationException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<SpecificationProblem> problems;

	public SpecificationException(List<SpecificationProblem> problems) {
		super(problems.stream().map(SpecificationProblem::toString).collect(Collectors.joining("\n"))); //$NON-NLS-1$
		this.problems = List.copyOf(problems);
	}

	/** Every problem found, errors and warnings. */
	public List<SpecificationProblem> problems() {
		return problems;
	}
}
