package org.civitas.interchange.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The Import Spreadsheet and Export Spreadsheet commands of a model file in the Project Explorer
 * and of the model's editor: the wizards of File > Import and File > Export, started on that model.
 */
final class WizardHandlers {

	private WizardHandlers() {
	}

	/** Opens {@code wizard} on what {@code selection} holds (or the active editor's model). */
	static void open(Shell shell, IWorkbenchWizard wizard, IStructuredSelection selection) {
		wizard.init(PlatformUI.getWorkbench(), selection);
		new WizardDialog(shell, wizard).open();
	}

	private static void open(ExecutionEvent event, IWorkbenchWizard wizard) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		open(HandlerUtil.getActiveShell(event), wizard,
				selection instanceof IStructuredSelection structured ? structured : StructuredSelection.EMPTY);
	}

	/** Import Spreadsheet... */
	public static final class Import extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			open(event, new SpreadsheetImportWizard());
			return null;
		}
	}

	/** Export Spreadsheet... */
	public static final class Export extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			open(event, new SpreadsheetExportWizard());
			return null;
		}
	}
}
