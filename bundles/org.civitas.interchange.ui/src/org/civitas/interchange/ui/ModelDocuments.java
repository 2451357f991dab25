package org.civitas.interchange.ui;


import org.civitas.ui.emf.files.ModelRoots;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

/**
 * The editor of a model file, where an import is applied as one command on its document (with
 * its unsaved changes and its Undo history).
 */
final class ModelDocuments {

	private ModelDocuments() {
	}

	/** The editor that has {@code file} open and edits it through an editing domain, if any. */
	static IEditorPart openEditor(IFile file) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = page == null ? null : page.findEditor(new FileEditorInput(file));
		return editor != null && editor.getAdapter(EditingDomain.class) != null ? editor : null;
	}

	/** The editor of {@code file}, opened if it is not open yet. */
	static IEditorPart editorOf(IFile file) throws PartInitException {
		IEditorPart open = openEditor(file);
		if (open != null) {
			return open;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		return IDE.openEditor(page, file, true);
	}

	/** The model's root in the editor's document. */
	static Resource resourceIn(IEditorPart editor, IFile file) {
		EditingDomain domain = editor.getAdapter(EditingDomain.class);
		return domain.getResourceSet().getResource(ModelRoots.uriOf(file), false);
	}
}
