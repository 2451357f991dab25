package org.civitas.portfolio.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;

/** How the Civitas wizards finish: change the workspace in one operation, then open the new portfolio and its service map. */
final class WizardFinish {

	/** The workspace changes a wizard makes, answering the files to open beside the portfolio. */
	interface WorkspaceChange {
		List<IFile> run(IProgressMonitor monitor) throws CoreException, IOException;
	}

	private WizardFinish() {
	}

	/**
	 * Makes {@code change} in the wizard's container as one workspace operation, opens
	 * {@code portfolio} in the editor and then the files the change answers, the last in front;
	 * a failure is shown with {@code failedTitle} and {@code failedMessage}, and leaves the
	 * wizard open.
	 *
	 * @return whether the wizard may close
	 */
	static boolean run(Wizard wizard, IWorkbench workbench, WorkspaceChange change, IFile portfolio, String failedTitle,
			String failedMessage) {
		List<IFile> alsoOpen = new ArrayList<>();
		try {
			wizard.getContainer().run(false, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException, InvocationTargetException {
					try {
						alsoOpen.addAll(change.run(monitor));
					} catch (IOException e) {
						throw new InvocationTargetException(e);
					}
				}
			});
			IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
			IDE.openEditor(page, portfolio, PortfolioEditor.ID);
			for (IFile file : alsoOpen) {
				IDE.openEditor(page, file);
			}
			return true;
		} catch (InvocationTargetException | PartInitException e) {
			Throwable cause = e instanceof InvocationTargetException target ? target.getCause() : e;
			ErrorDialog.openError(wizard.getShell(), failedTitle, failedMessage,
					Status.error(String.valueOf(cause.getMessage()), cause));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
