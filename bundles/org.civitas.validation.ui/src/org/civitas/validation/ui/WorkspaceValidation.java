package org.civitas.validation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.civitas.emf.document.ModelDocuments;
import org.civitas.emf.document.WorkspaceFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * Keeps the problems of every model file in the workspace current without opening it: once
 * the workbench has started, every model file is validated in the background, so the Problems
 * view shows the whole workspace rather than nothing until a model is opened; afterwards every
 * model file added, saved or changed on disk (a copy, a Git pull) is validated again. A file
 * open in an editor is left to the editor's live validation.
 */
public final class WorkspaceValidation implements IResourceChangeListener {

	/** The file changes that can change findings: new content, or a file that is new here. */
	private static final int CONTENT_CHANGES = IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.MOVED_FROM;
	/** How long a burst of changes (a pull, a copy of a folder) is collected before validating. */
	private static final long SETTLE_MILLIS = 500;

	private final Predicate<IFile> isModel;

	private WorkspaceValidation(Predicate<IFile> isModel) {
		this.isModel = isModel;
	}

	/**
	 * Starts watching {@code workspace} for the model files {@code isModel} accepts, and
	 * validates those already there after {@code delayMillis} (so as not to slow the start).
	 */
	public static WorkspaceValidation start(IWorkspace workspace, Predicate<IFile> isModel, long delayMillis) {
		WorkspaceValidation validation = new WorkspaceValidation(isModel);
		workspace.addResourceChangeListener(validation, IResourceChangeEvent.POST_CHANGE);
		validation.validatePicked(candidate -> workspace.getRoot().accept(resource -> {
			if (resource instanceof IFile file) {
				candidate.accept(file);
			}
			return true;
		}), delayMillis);
		return validation;
	}

	/** Stops watching. */
	public void stop(IWorkspace workspace) {
		workspace.removeResourceChangeListener(this);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		validatePicked(candidate -> event.getDelta().accept(delta -> {
			if (delta.getResource() instanceof IFile file && changesFindings(delta)) {
				candidate.accept(file);
			}
			return true;
		}), SETTLE_MILLIS);
	}

	/** A walk over workspace files that hands each candidate on. */
	private interface Walk {
		void visit(Consumer<IFile> candidate) throws CoreException;
	}

	/** Validates quietly, after {@code delayMillis}, the model files of a walk that no editor has open. */
	private void validatePicked(Walk walk, long delayMillis) {
		List<IFile> picked = new ArrayList<>();
		try {
			walk.visit(file -> {
				if (isModel.test(file) && !isOpen(file)) {
					picked.add(file);
				}
			});
		} catch (CoreException unreadable) {
			ILog.of(WorkspaceValidation.class).log(unreadable.getStatus());
		}
		if (!picked.isEmpty()) {
			FileValidation.scheduleQuietly(picked, delayMillis);
		}
	}

	private static boolean changesFindings(IResourceDelta delta) {
		return delta.getKind() == IResourceDelta.ADDED
				|| delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & CONTENT_CHANGES) != 0;
	}

	/** An open model has a document whose live validation keeps its markers. */
	private static boolean isOpen(IFile file) {
		return ModelDocuments.find(WorkspaceFiles.uriOf(file)) != null;
	}
}
