package org.civitas.portfolio.ui.navigator;

import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.ILinkHelper;
import org.eclipse.ui.part.FileEditorInput;

/**
 * "Link with Editor" for portfolio elements: selecting an element in the Project Explorer
 * shows it in its open editor; activating an editor selects its file.
 */
public class PortfolioLinkHelper implements ILinkHelper {

	@Override
	public IStructuredSelection findSelection(IEditorInput input) {
		return input instanceof IFileEditorInput fileInput ? new StructuredSelection(fileInput.getFile())
				: StructuredSelection.EMPTY;
	}

	@Override
	public void activateEditor(IWorkbenchPage page, IStructuredSelection selection) {
		if (!(selection.getFirstElement() instanceof EObject element) || element.eResource() == null) {
			return;
		}
		IFile file = PortfolioNavigatorContent.fileOf(element.eResource());
		IEditorPart editor = page.findEditor(new FileEditorInput(file));
		if (editor instanceof PortfolioEditor portfolioEditor) {
			page.bringToTop(editor);
			portfolioEditor.revealElement(element.eResource().getURIFragment(element));
		}
	}
}
