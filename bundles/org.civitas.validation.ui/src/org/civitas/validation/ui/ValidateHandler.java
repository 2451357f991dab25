package org.civitas.validation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.civitas.validation.Severity;
import org.civitas.validation.ValidationResult;
import org.civitas.emf.document.TriggeringCommandStack;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.ide.ResourceUtil;

/**
 * Validate: every rule the profile switches on, over the model of the active editor (as
 * edited, unsaved changes included) or over the model files selected in a view (as saved;
 * a file open in an editor is validated as the editor has it), in the background either way. The
 * findings replace the files' markers and the Problems view comes forward.
 */
public final class ValidateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		IWorkbenchPage page = part == null ? null : part.getSite().getPage();
		LiveValidation active = part == null ? null : part.getAdapter(LiveValidation.class);
		if (active != null) {
			validateInBackground(part, active);
		} else {
			validateFiles(HandlerUtil.getCurrentSelection(event), page);
			showProblems(page);
		}
		return null;
	}

	/**
	 * Validates the editor's model in a job: every rule over a model of 100,000 elements takes
	 * about half a second, which would hold the workbench still. Changes to the model wait
	 * while the rules read it; the findings are shown when the job is done, and edits made since
	 * are checked again then.
	 */
	private static void validateInBackground(IWorkbenchPart part, LiveValidation validation) {
		EditingDomain domain = part.getAdapter(EditingDomain.class);
		TriggeringCommandStack stack = domain != null && domain.getCommandStack() instanceof TriggeringCommandStack changes
				? changes : null;
		Display display = part.getSite().getShell().getDisplay();
		Supplier<ValidationResult> check = validation.startFullValidation();
		Job job = Job.create(NLS.bind(Messages.ValidateHandler_validating, validation.file().getName()), monitor -> {
			ValidationResult result = stack == null ? check.get() : stack.readWhileChangesWait(check::get);
			display.asyncExec(() -> {
				validation.adopt(result);
				if (part instanceof IEditorPart editor && editor.getEditorSite().getShell() != null) {
					editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(summary(validation, result));
				}
				showProblems(part.getSite().getPage());
			});
		});
		job.setPriority(Job.SHORT);
		part.getSite().getService(IWorkbenchSiteProgressService.class).schedule(job);
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
