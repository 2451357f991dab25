package org.civitas.portfolio.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.RiskLevel;
import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * File > New > Civitas Project: a project holding a first, empty portfolio named after it,
 * which opens in the editor.
 */
public class NewCivitasProjectWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private WizardNewProjectCreationPage projectPage;

	@Override
	public void init(IWorkbench theWorkbench, IStructuredSelection selection) {
		workbench = theWorkbench;
		setWindowTitle(Messages.NewCivitasProjectWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		projectPage = new WizardNewProjectCreationPage("project"); //$NON-NLS-1$
		projectPage.setTitle(Messages.NewCivitasProjectWizard_pageTitle);
		projectPage.setDescription(Messages.NewCivitasProjectWizard_pageDescription);
		addPage(projectPage);
	}

	@Override
	public boolean performFinish() {
		IProject project = projectPage.getProjectHandle();
		IFile first = project.getFile(project.getName() + ".portfolio"); //$NON-NLS-1$
		try {
			getContainer().run(false, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException, InvocationTargetException {
					SubMonitor progress = SubMonitor.convert(monitor, 3);
					project.create(projectPage.useDefaults() ? null : describe(project), progress.split(1));
					project.open(progress.split(1));
					try {
						PortfolioFiles.create(first, emptyPortfolio(project.getName()), progress.split(1));
					} catch (IOException e) {
						throw new InvocationTargetException(e);
					}
				}
			});
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), first, PortfolioEditor.ID);
			return true;
		} catch (InvocationTargetException | PartInitException e) {
			Throwable cause = e instanceof InvocationTargetException target ? target.getCause() : e;
			ErrorDialog.openError(getShell(), Messages.NewCivitasProjectWizard_failedTitle,
					NLS.bind(Messages.NewCivitasProjectWizard_failed, project.getName()),
					Status.error(String.valueOf(cause.getMessage()), cause));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private IProjectDescription describe(IProject project) {
		IProjectDescription description = project.getWorkspace()
				.newProjectDescription(project.getName());
		description.setLocationURI(projectPage.getLocationURI());
		return description;
	}

	private static Portfolio emptyPortfolio(String name) {
		Portfolio portfolio = PortfolioFactory.eINSTANCE.createPortfolio();
		portfolio.setName(name);
		portfolio.setCurrency("USD"); //$NON-NLS-1$
		portfolio.setRiskAppetite(RiskLevel.MEDIUM);
		return portfolio;
	}
}
