package org.civitas.cli;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.LoadedViewpoint;
import org.civitas.diagram.core.spec.SpecificationProblem;
import org.civitas.diagram.core.spec.Viewpoints;
import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code civitas viewpoints [FILE...]}: the diagram kinds installed, or, given specification
 * files, checks them as they would be checked when contributed, so a toolsmith sees every
 * problem with its line before installing anything. Exits with 1 when a specification has
 * errors.
 */
@Command(name = "viewpoints")
final class ViewpointsCommand extends CivitasCommand {

	@Parameters(paramLabel = "FILE", descriptionKey = "operands", arity = "0..*")
	private List<String> files = List.of();

	@Override
	void run() throws CommandException {
		ExpressionEngine engine = ExpressionEngine.withContributedServices();
		List<LoadedViewpoint> viewpoints = new ArrayList<>();
		if (files.isEmpty()) {
			viewpoints.addAll(Viewpoints.contributed(engine).all());
		}
		for (String operand : files) {
			Path file = InputFiles.requireReadable(operand);
			viewpoints.add(Viewpoints.load(URI.createFileURI(file.toAbsolutePath().toString()), engine));
		}
		int errors = 0;
		for (LoadedViewpoint viewpoint : viewpoints) {
			String name = viewpoint.viewpoint() == null ? viewpoint.location().lastSegment()
					: viewpoint.viewpoint().getName();
			out.println(NLS.bind(Messages.ViewpointsCommand_viewpoint, name, viewpoint.location()));
			for (DiagramType type : viewpoint.diagrams()) {
				out.println(NLS.bind(Messages.ViewpointsCommand_diagram, new Object[] { type.name(), type.label(),
						type.rootClass().getName() }));
			}
			for (SpecificationProblem problem : viewpoint.problems()) {
				out.println("  " + problem); //$NON-NLS-1$
				errors += problem.error() ? 1 : 0;
			}
		}
		if (errors > 0) {
			throw CommandException.failure(MessageFormat.format(Messages.ViewpointsCommand_errors, errors));
		}
	}
}
