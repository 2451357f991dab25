package org.civitas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.files.RepresentationFiles;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.scene.ElementProblems;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.Viewpoints;
import org.civitas.emf.xmi.LoadProblem;
import org.civitas.files.FileKind;
import org.civitas.portfolio.model.resource.PortfolioResource;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.RuleExtensions;
import org.civitas.validation.RuleRegistry;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;

/**
 * What the diagram commands share: the installed viewpoints, loading a model of any kind the
 * installed bundles can read, and finding a representation's model, root and diagram type, each
 * failing with one line that names the file.
 */
final class DiagramSupport {

	private final Viewpoints viewpoints = Viewpoints.contributed(ExpressionEngine.withContributedServices());

	Viewpoints viewpoints() {
		return viewpoints;
	}

	/** The root of a model file; portfolios are read as the editor reads them. */
	static EObject loadModel(Path file) throws CommandException {
		if (file.getFileName().toString().endsWith('.' + PortfolioResource.FILE_EXTENSION)) {
			return PortfolioFiles.load(file.toString());
		}
		InputFiles.requireReadable(file.toString());
		Resource resource = new ResourceSetImpl().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		if (resource == null) {
			throw CommandException.failure(NLS.bind(Messages.DiagramSupport_unknownModelKind, file));
		}
		try {
			resource.load(Map.of());
		} catch (IOException | RuntimeException unreadable) {
			LoadProblem problem = LoadProblem.of(resource.getURI(), unreadable);
			throw CommandException.failure(NLS.bind(Messages.DiagramSupport_unreadableModel, problem.location(),
					problem.message()));
		}
		if (resource.getContents().isEmpty()) {
			throw CommandException.failure(NLS.bind(Messages.PortfolioFiles_empty, file));
		}
		return resource.getContents().get(0);
	}

	/** Loads a representation file, with a one-line error naming it. */
	static Representation loadRepresentation(Path file) throws CommandException {
		try {
			return RepresentationFiles.load(file);
		} catch (IOException unreadable) {
			throw CommandException.failure(unreadable.getMessage());
		}
	}

	/** The model file a representation refers to, which must lie in the diagram's folder tree and exist. */
	static Path modelOf(Path representationFile, Representation representation) throws CommandException {
		Path model;
		try {
			model = RepresentationFiles.modelOf(representationFile, representation);
		} catch (IOException outside) {
			throw CommandException.failure(outside.getMessage());
		}
		FileKind kind = FileKind.of(model);
		if (kind != FileKind.FILE) {
			throw CommandException.failure(NLS.bind(Messages.DiagramSupport_modelMissing, new Object[] {
					RepresentationFiles.locationOf(representationFile, representation), representation.getModel(),
					kind == FileKind.MISSING ? Messages.DiagramSupport_noSuchFile : kind.description() }));
		}
		return model;
	}

	/** The element a representation is drawn on. */
	static EObject rootOf(Representation representation, EObject model, Path representationFile)
			throws CommandException {
		EObject root = ElementIds.resolve(model.eResource(), representation.getRoot());
		if (root == null) {
			throw CommandException.failure(NLS.bind(Messages.DiagramSupport_rootMissing,
					new Object[] { RepresentationFiles.locationOf(representationFile, representation),
							abbreviated(representation.getRoot()), representation.getModel() }));
		}
		return root;
	}

	/** The diagram type a representation shows, if installed without errors. */
	DiagramType typeOf(Representation representation, Path file) throws CommandException {
		return viewpoints.find(representation.getViewpoint(), representation.getDescription())
				.orElseThrow(() -> CommandException.failure(NLS.bind(Messages.DiagramSupport_unknownDescription,
						new Object[] { RepresentationFiles.locationOf(file, representation),
								abbreviated(representation.getViewpoint()), abbreviated(representation.getDescription()),
								installed() })));
	}

	private String installed() {
		return viewpoints.all().stream().flatMap(loaded -> loaded.diagrams().stream())
				.map(type -> type.viewpoint() + '/' + type.name()).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/** A value of a file quoted in a message: a damaged file may hold megabytes in one attribute. */
	static String abbreviated(String value) {
		return value == null || value.length() <= 120 ? String.valueOf(value) : value.substring(0, 117) + "..."; //$NON-NLS-1$
	}

	/** The findings of every installed rule on the model, for the diagrams' problem decorations. */
	static ElementProblems validate(EObject model) {
		RuleRegistry rules = RuleExtensions.registry(Platform.getExtensionRegistry());
		ModelValidator validator = new ModelValidator(rules, ValidationProfile.defaults());
		return ElementProblems.of(validator.validate(java.util.List.of(model), ValidationMode.BATCH));
	}
}
