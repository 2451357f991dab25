package org.civitas.interchange.ui;

import org.civitas.interchange.ImportPlan;
import org.civitas.ui.emf.files.SelectedModelFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;

/**
 * File > Import > Civitas > Spreadsheet: workbooks, CSV files (or files of any contributed
 * table format) into a model, in three steps (files and options, mapping, dry run). Finish
 * applies the import to the model's open document, opening its editor if needed, as one
 * command: one Undo takes the whole import back, and nothing is saved until the architect saves.
 */
public final class SpreadsheetImportWizard extends Wizard implements IImportWizard {

	private final ImportSession session = new ImportSession();
	private ImportPreviewPage preview;

	public SpreadsheetImportWizard() {
		setWindowTitle(Messages.SpreadsheetImportWizard_title);
		setNeedsProgressMonitor(false);
		setHelpAvailable(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		session.model = SelectedModelFiles.of(selection, SpreadsheetExportWizard.MODEL_EXTENSION);
	}

	@Override
	public void addPages() {
		addPage(new ImportFilesPage(session));
		addPage(new ImportMappingPage(session));
		preview = new ImportPreviewPage(session);
		addPage(preview);
	}

	@Override
	public boolean performFinish() {
		IFile model = session.model;
		try {
			IEditorPart editor = ModelDocuments.editorOf(model);
			Resource resource = ModelDocuments.resourceIn(editor, model);
			// Worked out again against the open document, which is what changes.
			ImportPlan plan = session.planAgainst(resource.getContents().get(0));
			if (!plan.isApplicable()) {
				preview.show(plan);
				return false;
			}
			EditingDomain domain = editor.getAdapter(EditingDomain.class);
			ChangeCommand importCommand = new ChangeCommand(resource) {
				@Override
				protected void doExecute() {
					plan.apply();
				}
			};
			importCommand.setLabel(Messages.SpreadsheetImportWizard_commandLabel);
			importCommand.setDescription(Messages.SpreadsheetImportWizard_commandDescription);
			domain.getCommandStack().execute(importCommand);
			return true;
		} catch (PartInitException cannotOpen) {
			MessageDialog.openError(getShell(), Messages.SpreadsheetImportWizard_title, cannotOpen.getMessage());
			return false;
		}
	}
}
