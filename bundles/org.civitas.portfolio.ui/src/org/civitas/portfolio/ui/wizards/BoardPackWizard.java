package org.civitas.portfolio.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.resource.PortfolioResource;
import org.civitas.portfolio.report.BoardPack;
import org.civitas.report.Report;
import org.civitas.report.html.HtmlReport;
import org.civitas.report.pdf.PdfReport;
import org.civitas.ui.emf.files.ModelRoots;
import org.civitas.ui.emf.files.SelectedModelFiles;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.civitas.validation.ValidationResult;
import org.civitas.validation.ui.ValidationPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Board Pack...: the portfolio as its editor holds it (unsaved changes included), validated
 * under the workbench's validation profile or a profile file, as one self-contained HTML file
 * or a PDF written into the workspace, and the HTML opened in the system's browser.
 */
public final class BoardPackWizard extends Wizard implements IExportWizard {

	private IFile initialModel;
	private BoardPackPage page;

	public BoardPackWizard() {
		setWindowTitle(Messages.BoardPackWizard_title);
		setNeedsProgressMonitor(true);
		setHelpAvailable(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		initialModel = SelectedModelFiles.of(selection, PortfolioResource.FILE_EXTENSION);
	}

	@Override
	public void addPages() {
		page = new BoardPackPage(initialModel);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		BoardPackPage.Choice choice = page.choice();
		EObject root;
		try {
			root = ModelRoots.forReading(choice.model());
		} catch (IOException unreadable) {
			page.setErrorMessage(unreadable.getMessage());
			return false;
		}
		if (!(root instanceof Portfolio portfolio)) {
			page.setErrorMessage(NLS.bind(Messages.BoardPackWizard_notAPortfolio, choice.model().getFullPath()));
			return false;
		}
		try {
			getContainer().run(true, false, monitor -> write(portfolio, choice, monitor));
		} catch (InvocationTargetException failed) {
			MessageDialog.openError(getShell(), Messages.BoardPackWizard_title,
					NLS.bind(Messages.BoardPackWizard_failed, choice.target().getFullPath(), failed.getCause().getMessage()));
			return false;
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (choice.open()) {
			try {
				PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(choice.target().getLocationURI().toURL());
			} catch (PartInitException | IOException noBrowser) {
				MessageDialog.openInformation(getShell(), Messages.BoardPackWizard_title,
						NLS.bind(Messages.BoardPackWizard_noBrowser, choice.target().getLocation()));
			}
		}
		return true;
	}

	private static void write(Portfolio portfolio, BoardPackPage.Choice choice, IProgressMonitor monitor)
			throws InvocationTargetException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.BoardPackWizard_writing, 3);
		try {
			ValidationProfile profile = ValidationPreferences.profile();
			if (choice.profile() != null) {
				profile = ValidationProfile.read(choice.profile());
				profile.requireKnownRules(ValidationPreferences.rules());
			}
			ValidationResult validation = new ModelValidator(ValidationPreferences.rules(), profile).validate(List.of(portfolio),
					ValidationMode.BATCH);
			progress.worked(1);
			IFile model = choice.model();
			LocalDate saved = LocalDate.ofInstant(Instant.ofEpochMilli(model.getLocalTimeStamp()), ZoneId.systemDefault());
			Report report = BoardPack.of(portfolio, model.getLocation().toString(), model.getName(), saved,
					LocalDate.now(ZoneId.systemDefault()), validation, null, choice.sections());
			progress.worked(1);
			byte[] bytes;
			if (choice.pdf()) {
				ByteArrayOutputStream pdf = new ByteArrayOutputStream();
				PdfReport.write(report, choice.paper(), pdf);
				bytes = pdf.toByteArray();
			} else {
				bytes = HtmlReport.of(report, HtmlReport.Options.BROWSER).getBytes(StandardCharsets.UTF_8);
			}
			IFile target = choice.target();
			if (target.exists()) {
				target.setContents(new ByteArrayInputStream(bytes), true, true, progress.split(1));
			} else {
				target.create(new ByteArrayInputStream(bytes), true, progress.split(1));
			}
		} catch (CoreException | IOException failed) {
			throw new InvocationTargetException(failed);
		}
	}
}
