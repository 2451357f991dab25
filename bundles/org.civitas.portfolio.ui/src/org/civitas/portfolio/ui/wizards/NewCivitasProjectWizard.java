package org.civitas.portfolio.ui.wizards;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.RiskLevel;
import org.civitas.portfolio.ui.HelpContexts;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

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
		projectPage = new WizardNewProjectCreationPage("project") { //$NON-NLS-1$
			@Override
			public void createControl(Composite parent) {
				super.createControl(parent);
				HelpContexts.setInsidePlatformPage(getControl(), HelpContexts.NEW_PROJECT_WIZARD);
			}
		};
		projectPage.setTitle(Messages.NewCivitasProjectWizard_pageTitle);
		projectPage.setDescription(Messages.NewCivitasProjectWizard_pageDescription);
		addPage(projectPage);
	}

	@Override
	public boolean performFinish() {
		IProject project = projectPage.getProjectHandle();
		IFile first = project.getFile(project.getName() + ".portfolio"); //$NON-NLS-1$
		return WizardFinish.run(this, workbench, monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 4);
			project.create(projectPage.useDefaults() ? null : describe(project), progress.split(1));
			project.open(progress.split(1));
			Portfolio portfolio = emptyPortfolio(project.getName());
			PortfolioFiles.create(first, portfolio, progress.split(1));
			return PortfolioDiagrams.create(first, portfolio, progress.split(1)).subList(0, 1);
		}, first, Messages.NewCivitasProjectWizard_failedTitle,
				NLS.bind(Messages.NewCivitasProjectWizard_failed, project.getName()));
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
