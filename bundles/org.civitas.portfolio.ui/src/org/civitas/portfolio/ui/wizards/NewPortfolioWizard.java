package org.civitas.portfolio.ui.wizards;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.ui.HelpContexts;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/** File > New > Portfolio: a new {@code .portfolio} file, empty or copied from an example, opened in the editor. */
public class NewPortfolioWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage filePage;
	private StartingPointPage startingPoint;

	@Override
	public void init(IWorkbench theWorkbench, IStructuredSelection currentSelection) {
		workbench = theWorkbench;
		selection = currentSelection;
		setWindowTitle(Messages.NewPortfolioWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		filePage = new WizardNewFileCreationPage("file", selection) { //$NON-NLS-1$
			@Override
			public void createControl(Composite parent) {
				super.createControl(parent);
				HelpContexts.setInsidePlatformPage(getControl(), HelpContexts.NEW_PORTFOLIO_FILE_PAGE);
			}
		};
		filePage.setTitle(Messages.NewPortfolioWizard_fileTitle);
		filePage.setDescription(Messages.NewPortfolioWizard_fileDescription);
		filePage.setFileExtension("portfolio"); //$NON-NLS-1$
		filePage.setFileName(Messages.NewPortfolioWizard_defaultFileName);
		addPage(filePage);
		startingPoint = new StartingPointPage();
		addPage(startingPoint);
	}

	@Override
	public boolean performFinish() {
		IFile file = ResourcesPlugin.getWorkspace().getRoot()
				.getFile(filePage.getContainerFullPath().append(filePage.getFileName()));
		Portfolio portfolio = startingPoint.portfolio();
		return WizardFinish.run(this, workbench, monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 2);
			PortfolioFiles.create(file, portfolio, progress.split(1));
			return PortfolioDiagrams.create(file, portfolio, progress.split(1)).subList(0, 1);
		}, file,
				Messages.NewPortfolioWizard_failedTitle, NLS.bind(Messages.NewPortfolioWizard_failed, file.getFullPath()));
	}
}
