package org.civitas.interchange.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.civitas.interchange.TableExport;
import org.civitas.interchange.TableFormats;
import org.civitas.interchange.TableRows;
import org.civitas.interchange.TableSchema;
import org.civitas.ui.emf.files.ModelRoots;
import org.civitas.ui.emf.files.SelectedModelFiles;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File > Export > Civitas > Spreadsheet: every list of a model as it is in its editor (unsaved
 * changes included) in a table format that writes (an Excel workbook, a folder of CSV files),
 * or a template: the headers without rows, to fill in and import.
 */
public final class SpreadsheetExportWizard extends Wizard implements IExportWizard {

	/** The files the wizards offer: the product's models. */
	static final String MODEL_EXTENSION = "portfolio"; //$NON-NLS-1$

	private ExportPage page;
	private IFile initialModel;

	public SpreadsheetExportWizard() {
		setWindowTitle(Messages.SpreadsheetExportWizard_title);
		setNeedsProgressMonitor(true);
		setHelpAvailable(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		initialModel = SelectedModelFiles.of(selection, MODEL_EXTENSION);
	}

	@Override
	public void addPages() {
		page = new ExportPage(initialModel);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ExportPage.Choice choice = page.choice();
		try {
			EObject root = ModelRoots.forReading(choice.model());
			TableSchema schema = TableSchema.of(root.eClass(),
					new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
			TableExport export = TableExport.of(schema);
			List<TableRows> rows = choice.template() ? export.template() : export.rows(root);
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.SpreadsheetExportWizard_writing, choice.target()), IProgressMonitor.UNKNOWN);
				try {
					choice.format().format().write(schema, rows, choice.target());
				} catch (IOException | CoreException failure) {
					throw new InvocationTargetException(failure);
				} finally {
					monitor.done();
				}
			});
			refreshIfInWorkspace(choice.target());
			return true;
		} catch (IOException unreadable) {
			page.setErrorMessage(unreadable.getMessage());
		} catch (InvocationTargetException failed) {
			MessageDialog.openError(getShell(), Messages.SpreadsheetExportWizard_title,
					NLS.bind(Messages.SpreadsheetExportWizard_failed, choice.target(), failed.getCause().getMessage()));
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/** A file written into the workspace shows in the Project Explorer at once. */
	private static void refreshIfInWorkspace(Path target) {
		for (IContainer container : ResourcesPlugin.getWorkspace().getRoot()
				.findContainersForLocationURI(target.toAbsolutePath().getParent().toUri())) {
			try {
				container.refreshLocal(IResource.DEPTH_INFINITE, null);
			} catch (CoreException notRefreshed) {
				// The next refresh of the workspace shows it.
			}
		}
	}

	/** Formats that write, for the page. */
	static List<TableFormats.Descriptor> writingFormats() {
		return TableFormats.all().stream().filter(TableFormats.Descriptor::writes).toList();
	}
}
