package org.civitas.interchange.ui;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

/**
 * Models as the workbench has them: the document of the editor that has a file open (with its
 * unsaved changes and its Undo history), or the file as it is on disk.
 */
final class ModelDocuments {

	private ModelDocuments() {
	}

	static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
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
		return domain.getResourceSet().getResource(uriOf(file), false);
	}

	/**
	 * The root of the model of {@code file} to work out an import against: the open editor's,
	 * else the file's as loaded now, which nothing else sees.
	 *
	 * @throws IOException if the file cannot be read as a model, naming it
	 */
	static EObject rootForPlanning(IFile file) throws IOException {
		IEditorPart editor = openEditor(file);
		Resource resource = editor == null ? null : resourceIn(editor, file);
		if (resource == null) {
			try {
				resource = new ResourceSetImpl().getResource(uriOf(file), true);
			} catch (RuntimeException unreadable) {
				throw new IOException(NLS.bind(Messages.ModelDocuments_unreadable, file.getFullPath(),
						unreadable.getCause() == null ? unreadable.getMessage() : unreadable.getCause().getMessage()), unreadable);
			}
		}
		if (resource.getContents().isEmpty()) {
			throw new IOException(NLS.bind(Messages.ModelDocuments_empty, file.getFullPath()));
		}
		return resource.getContents().get(0);
	}
}
