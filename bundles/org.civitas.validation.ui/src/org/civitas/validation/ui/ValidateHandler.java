package org.civitas.validation.ui;

import java.util.ArrayList;
import java.util.List;

import org.civitas.validation.Severity;
import org.civitas.validation.ValidationResult;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.ResourceUtil;

/**
 * Validate: every rule the profile switches on, over the model of the active editor (as
 * edited, unsaved changes included) or over the model files selected in a view (as saved,
 * in the background; a file open in an editor is validated as the editor has it). The
 * findings replace the files' markers and the Problems view comes forward.
 */
public final class ValidateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		IWorkbenchPage page = part == null ? null : part.getSite().getPage();
		LiveValidation active = part == null ? null : part.getAdapter(LiveValidation.class);
		if (active != null) {
			ValidationResult[] result = new ValidationResult[1];
			BusyIndicator.showWhile(part.getSite().getShell().getDisplay(), () -> result[0] = active.validateAll());
			if (part instanceof IEditorPart editor) {
				editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(summary(active, result[0]));
			}
		} else {
			validateFiles(HandlerUtil.getCurrentSelection(event), page);
		}
		showProblems(page);
		return null;
	}

	private static void validateFiles(ISelection selection, IWorkbenchPage page) {
		if (!(selection instanceof IStructuredSelection structured)) {
			return;
		}
		List<IFile> onDisk = new ArrayList<>();
		for (Object element : structured) {
			IFile file = Adapters.adapt(element, IFile.class);
			if (file == null) {
				continue;
			}
			IEditorPart editor = page == null ? null : ResourceUtil.findEditor(page, file);
			LiveValidation open = editor == null ? null : editor.getAdapter(LiveValidation.class);
			if (open != null) {
				open.validateAll();
			} else {
				onDisk.add(file);
			}
		}
		if (!onDisk.isEmpty()) {
			FileValidation.schedule(onDisk);
		}
	}

	private static String summary(LiveValidation validation, ValidationResult result) {
		return NLS.bind(Messages.ValidateHandler_summary, new Object[] { validation.file().getName(),
				result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO),
				result.duration().toMillis() });
	}

	private static void showProblems(IWorkbenchPage page) {
		if (page == null) {
			return;
		}
		try {
			page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			// The findings are in the markers either way; the view only shows them.
			ILog.of(ValidateHandler.class).log(e.getStatus());
		}
	}
}
