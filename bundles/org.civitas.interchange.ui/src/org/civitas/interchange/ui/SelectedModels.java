package org.civitas.interchange.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** The model a wizard starts with: the model file selected, else the one of the active editor. */
final class SelectedModels {

	static final String MODEL_EXTENSION = "portfolio"; //$NON-NLS-1$

	private SelectedModels() {
	}

	static IFile of(IStructuredSelection selection) {
		if (selection != null) {
			for (Object element : selection.toList()) {
				IFile file = Adapters.adapt(element, IFile.class);
				if (file != null && MODEL_EXTENSION.equals(file.getFileExtension())) {
					return file;
				}
			}
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		IEditorInput input = editor == null ? null : editor.getEditorInput();
		IFile file = input == null ? null : input.getAdapter(IFile.class);
		return file != null && MODEL_EXTENSION.equals(file.getFileExtension()) ? file : null;
	}
}
