package org.civitas.portfolio.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;

/** How the Civitas wizards finish: change the workspace in one operation, then open the new portfolio. */
final class WizardFinish {

	/** The workspace changes a wizard makes. */
	interface WorkspaceChange {
		void run(IProgressMonitor monitor) throws CoreException, IOException;
	}

	private WizardFinish() {
	}

	/**
	 * Makes {@code change} in the wizard's container as one workspace operation and opens
	 * {@code portfolio} in the editor; a failure is shown with {@code failedTitle} and
	 * {@code failedMessage}, and leaves the wizard open.
	 *
	 * @return whether the wizard may close
	 */
	static boolean run(Wizard wizard, IWorkbench workbench, WorkspaceChange change, IFile portfolio, String failedTitle,
			String failedMessage) {
		try {
			wizard.getContainer().run(false, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException, InvocationTargetException {
					try {
						change.run(monitor);
					} catch (IOException e) {
						throw new InvocationTargetException(e);
					}
				}
			});
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), portfolio, PortfolioEditor.ID);
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
