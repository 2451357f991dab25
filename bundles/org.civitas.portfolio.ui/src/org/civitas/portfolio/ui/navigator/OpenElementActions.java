package org.civitas.portfolio.ui.navigator;

import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;

/** Double-click (Open) on a portfolio element in the Project Explorer opens its file and shows the element. */
public class OpenElementActions extends CommonActionProvider {

	private Action open;

	@Override
	public void init(ICommonActionExtensionSite site) {
		if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
			open = new Action(Messages.OpenElementActions_open) {
				@Override
				public void run() {
					if (getContext().getSelection() instanceof IStructuredSelection selection
							&& selection.getFirstElement() instanceof EObject element) {
						openAndReveal(workbenchSite.getPage(), element);
					}
				}
			};
		}
	}

	@Override
	public void fillActionBars(IActionBars actionBars) {
		if (open != null && getContext().getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof EObject) {
			actionBars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
		}
	}

	/** Opens the element's file in the portfolio editor and selects the element there. */
	static void openAndReveal(IWorkbenchPage page, EObject element) {
		if (element.eResource() == null) {
			return;
		}
		IFile file = PortfolioNavigatorContent.fileOf(element.eResource());
		try {
			IEditorPart editor = IDE.openEditor(page, file, PortfolioEditor.ID);
			if (editor instanceof PortfolioEditor portfolioEditor) {
				portfolioEditor.revealElement(element.eResource().getURIFragment(element));
			}
		} catch (PartInitException e) {
			ErrorDialog.openError(page.getWorkbenchWindow().getShell(), null, null, e.getStatus());
		}
	}
}
