package org.civitas.cli;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.LoadedViewpoint;
import org.civitas.diagram.core.spec.SpecificationProblem;
import org.civitas.diagram.core.spec.Viewpoints;
import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;

/**
 * {@code civitas viewpoints [FILE...]}: the diagram kinds installed, or, given specification
 * files, checks them as they would be checked when contributed, so a toolsmith sees every
 * problem with its line before installing anything. Exits with 1 when a specification has
 * errors.
 */
final class ViewpointsCommand extends Command {

	ViewpointsCommand() {
		super("viewpoints", Messages.ViewpointsCommand_usage, Messages.ViewpointsCommand_purpose); //$NON-NLS-1$
	}

	@Override
	void run(List<String> words, PrintStream out) throws CommandException {
		Arguments arguments = new Arguments(words, Set.of(), Set.of());
		ExpressionEngine engine = ExpressionEngine.withContributedServices();
		List<LoadedViewpoint> viewpoints = new ArrayList<>();
		if (arguments.operands().isEmpty()) {
			viewpoints.addAll(Viewpoints.contributed(engine).all());
		}
		for (String operand : arguments.operands()) {
			Path file = Path.of(operand);
			if (!Files.isRegularFile(file)) {
				throw CommandException.failure(NLS.bind(Messages.PortfolioFiles_notFound, operand));
			}
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
