package org.civitas.ui.emf.files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** The model a wizard starts with: the model file selected, else the one of the active editor. */
public final class SelectedModelFiles {

	private SelectedModelFiles() {
	}

	/** The first file of that extension in the selection, else the active editor's, else {@code null}. */
	public static IFile of(IStructuredSelection selection, String extension) {
		if (selection != null) {
			for (Object element : selection.toList()) {
				IFile file = Adapters.adapt(element, IFile.class);
				if (file != null && extension.equals(file.getFileExtension())) {
					return file;
				}
			}
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		IEditorInput input = editor == null ? null : editor.getEditorInput();
		IFile file = input == null ? null : input.getAdapter(IFile.class);
		return file != null && extension.equals(file.getFileExtension()) ? file : null;
	}
}
