package org.civitas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.civitas.diagram.core.Drawings;
import org.civitas.diagram.core.files.RepresentationFiles;
import org.civitas.diagram.core.files.RepresentationSummary;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.scene.ElementProblems;
import org.civitas.diagram.core.spec.DiagramType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civitas diagrams MODEL [--create] [--kind NAME]}: lists the diagrams of a model, read
 * from the first element of each diagram file only, or creates, laid out and saved beside the
 * model, one diagram of each kind (or of the named kind) that it does not have yet.
 */
@Command(name = "diagrams")
final class DiagramsCommand extends CivitasCommand {

	@Parameters(paramLabel = "MODEL", descriptionKey = "operands")
	private String modelFile;

	@Option(names = "--create")
	private boolean create;

	@Option(names = "--kind", paramLabel = "NAME")
	private String kind;

	@Override
	void run() throws CommandException {
		Path model = InputFiles.requireReadable(modelFile);
		List<RepresentationSummary> existing = list(model);
		if (!create) {
			for (RepresentationSummary summary : existing) {
				out.println(NLS.bind(Messages.DiagramsCommand_listed, new Object[] { summary.name(),
						summary.viewpoint() + '/' + summary.description(), summary.file().getFileName() }));
			}
			return;
		}
		create(model, existing);
	}

	private void create(Path model, List<RepresentationSummary> existing) throws CommandException {
		DiagramSupport support = new DiagramSupport();
		EObject root = DiagramSupport.loadModel(model);
		List<DiagramType> types = support.viewpoints().applicableTo(root).stream()
				.filter(type -> kind == null || type.name().equals(kind)).toList();
		if (types.isEmpty()) {
			throw CommandException.failure(NLS.bind(Messages.DiagramsCommand_noKind, kind == null ? "" : kind, model)); //$NON-NLS-1$
		}
		Set<String> present = new HashSet<>();
		existing.forEach(summary -> present.add(summary.viewpoint() + '/' + summary.description()));
		ElementProblems problems = DiagramSupport.validate(root);
		for (DiagramType type : types) {
			if (present.contains(type.viewpoint() + '/' + type.name())) {
				continue;
			}
			Path file = RepresentationFiles.newFile(model, type.name());
			Representation representation = RepresentationFiles.create(type, root, type.label(), model, file);
			Drawings.arrangeAll(type, representation, root, problems);
			try {
				RepresentationFiles.save(representation, file);
			} catch (IOException failure) {
				throw CommandException.failure(NLS.bind(Messages.OutputFiles_cannotWrite, file, failure.getMessage()));
			}
			out.println(NLS.bind(Messages.DiagramsCommand_created, representation.getName(), file));
		}
	}

	private static List<RepresentationSummary> list(Path model) throws CommandException {
		try {
			return RepresentationFiles.list(model);
		} catch (IOException unreadable) {
			throw CommandException.failure(unreadable.getMessage());
		}
	}
}
