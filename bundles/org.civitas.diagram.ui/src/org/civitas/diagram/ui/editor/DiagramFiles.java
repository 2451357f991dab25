package org.civitas.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.civitas.diagram.core.Drawings;
import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.files.RepresentationFiles;
import org.civitas.diagram.core.files.RepresentationSummary;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.scene.ElementProblems;
import org.civitas.diagram.core.spec.DiagramType;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** Diagram files in the workspace: finding a model's diagrams, and creating new ones beside it. */
public final class DiagramFiles {

	private DiagramFiles() {
	}

	/** The model file a diagram file belongs to, as its first element names it. */
	public static IFile modelOf(IFile diagram) throws IOException {
		RepresentationSummary summary = RepresentationFiles.summary(pathOf(diagram));
		if (summary == null || summary.model() == null) {
			throw new IOException(NLS.bind(Messages.DiagramFiles_notADiagram, diagram.getFullPath()));
		}
		// Checked on the file system: the diagram's folder tree is also where it is in the workspace.
		RepresentationFiles.modelOf(pathOf(diagram), summary.model(), summary.line());
		return diagram.getParent().getFile(IPath.fromPortableString(summary.model()));
	}

	/** The first diagram of this kind on this root element, if the model has one. */
	public static Optional<IFile> find(IFile modelFile, DiagramType type, EObject root) throws IOException {
		String rootId = ElementIds.idOf(root);
		for (RepresentationSummary summary : RepresentationFiles.list(pathOf(modelFile))) {
			if (type.viewpoint().equals(summary.viewpoint()) && type.name().equals(summary.description())
					&& rootId.equals(summary.root())) {
				return Optional.of(modelFile.getParent().getFile(IPath.fromOSString(summary.file().getFileName().toString())));
			}
		}
		return Optional.empty();
	}

	/**
	 * Creates a diagram of {@code type} on {@code root} beside its model, laid out, in a file named
	 * after the model and the kind of diagram, as the examples and {@code civitas diagrams} name
	 * them ({@code e-mail.service-map.diagram}, then {@code e-mail.service-map-2.diagram}), and
	 * after the element it is drawn for when that is not the model's root (a service's context:
	 * {@code e-mail.service-context-archive.diagram}); the {@code name} is the diagram's own. An
	 * existing file is never overwritten.
	 */
	public static IFile create(IFile modelFile, DiagramType type, EObject root, String name)
			throws IOException, CoreException {
		Path model = pathOf(modelFile);
		String kind = root.eContainer() == null ? type.name()
				: type.name() + '-' + Objects.requireNonNullElse(ElementNames.nameOf(root), ElementIds.idOf(root));
		Path file = RepresentationFiles.newFile(model, kind);
		Representation representation = RepresentationFiles.create(type, root, name, model, file);
		Drawings.refresh(type, representation, root, ElementProblems.NONE);
		RepresentationFiles.save(representation, file);
		IFile created = modelFile.getParent().getFile(IPath.fromOSString(file.getFileName().toString()));
		created.refreshLocal(IResource.DEPTH_ZERO, null);
		return created;
	}

	private static Path pathOf(IFile file) throws IOException {
		if (file.getLocation() == null) {
			throw new IOException(NLS.bind(Messages.DiagramFiles_notLocal, file.getFullPath()));
		}
		return file.getLocation().toFile().toPath();
	}
}
