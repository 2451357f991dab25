package org.civitas.team.ui;

import java.nio.file.Path;

import org.civitas.emf.compare.DiffText;
import org.civitas.team.ModelRepository;
import org.civitas.team.TeamException;
import org.civitas.emf.document.EmfAdapterFactories;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

/** The project (and its repository) a team command acts on: the selected resource's, or the active editor's. */
final class TeamProjects {

	private static DiffText words;

	private TeamProjects() {
	}

	/** Changes in the editor's words: "Shared Service "E-mail"", "Lifecycle". */
	static synchronized DiffText words() {
		if (words == null) {
			words = new DiffText(EmfAdapterFactories.create());
		}
		return words;
	}

	/** The resource the command is for: the one selected, else the active editor's file. */
	static IResource resourceOf(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
			if (resource != null) {
				return resource;
			}
		}
		IEditorInput input = HandlerUtil.getActiveEditorInput(event);
		return input instanceof IFileEditorInput file ? file.getFile() : null;
	}

	/** The model file the command is for, or {@code null}. */
	static IFile fileOf(ExecutionEvent event) {
		return resourceOf(event) instanceof IFile file ? file : null;
	}

	/** The project the command is for, or {@code null}. */
	static IProject projectOf(ExecutionEvent event) {
		IResource resource = resourceOf(event);
		return resource == null ? null : resource.getProject();
	}

	/** Whether the project's folder is in a Git repository. */
	static boolean isShared(IProject project) {
		return project.getLocation() != null
				&& new FileRepositoryBuilder().findGitDir(project.getLocation().toFile()).getGitDir() != null;
	}

	/** Whether a merge is under way in the project's repository. */
	static boolean isMerging(IProject project) {
		if (!isShared(project)) {
			return false;
		}
		try (ModelRepository repository = open(project)) {
			return repository.isMerging();
		} catch (TeamException notOpened) {
			return false;
		}
	}

	/** The repository of the project. */
	static ModelRepository open(IProject project) throws TeamException {
		return ModelRepository.open(location(project), words());
	}

	static Path location(IResource resource) {
		return resource.getLocation().toFile().toPath();
	}
}
