package org.civitas.ui.emf.document;

import java.io.IOException;

import org.civitas.emf.document.ModelDocument;
import org.civitas.emf.document.WorkspaceFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.window.IShellProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.progress.IJobRunnable;

/**
 * A model document as the workbench saves it. Every editor on the document offers this same
 * saveable (as an {@link ISaveablesSource}), so the workbench asks to save only when the last of
 * them closes, and Save in any of them saves the model and its diagrams together.
 */
public final class DocumentSaveable extends Saveable {

	private final ModelDocument document;

	public DocumentSaveable(ModelDocument document) {
		this.document = document;
	}

	@Override
	public String getName() {
		return document.getUri().lastSegment();
	}

	@Override
	public String getToolTipText() {
		return document.getUri().toPlatformString(true);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		IFile file = WorkspaceFiles.fileOf(document.getUri());
		return file == null ? null
				: PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor(file.getName());
	}

	/**
	 * Saves in the background, as the workbench's Save does: the model of a large portfolio
	 * takes half a second to write, which would hold the whole workbench still. Until the files
	 * are written, the workbench disables the editors of the document, and any change made
	 * elsewhere (the Properties view, a diagram) waits (see {@link ModelDocument#save()}).
	 * When the workbench closes the last editor, it runs the returned writing at once instead.
	 */
	@Override
	public IJobRunnable doSave(IProgressMonitor monitor, IShellProvider shellProvider) throws CoreException {
		return writing -> {
			try {
				doSave(writing);
				return Status.OK_STATUS;
			} catch (CoreException failed) {
				return failed.getStatus();
			}
		};
	}

	/**
	 * Saves every file of the document and tells the workspace. A failure leaves the previous
	 * versions intact and the changes in the editors.
	 */
	@Override
	public void doSave(IProgressMonitor monitor) throws CoreException {
		try {
			document.save();
		} catch (IOException | RuntimeException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.DocumentSaveable_failed, getToolTipText(),
					String.valueOf(e.getMessage())), e));
		}
		// One workspace operation, so that the editors hear of the new files only once the
		// document knows them as its own writing, not as a change made by someone else.
		ResourcesPlugin.getWorkspace().run(refreshing -> {
			for (IFile file : document.files().stream().map(WorkspaceFiles::fileOf).toList()) {
				if (file != null) {
					file.refreshLocal(IResource.DEPTH_ZERO, refreshing);
				}
			}
			document.rememberStamps();
		}, monitor);
	}

	@Override
	public boolean isDirty() {
		return document.isDirty();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DocumentSaveable saveable && saveable.document == document;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(document);
	}
}
