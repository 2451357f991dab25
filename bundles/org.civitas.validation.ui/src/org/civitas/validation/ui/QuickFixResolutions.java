package org.civitas.validation.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.civitas.validation.Finding;
import org.civitas.validation.QuickFix;
import org.civitas.validation.Rule;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;

/**
 * The quick fixes of validation markers: each fix its rule offers. A fix runs in the editor of
 * the marker's file (opened if needed) as one command on its stack, so Undo takes it back;
 * fixing many markers of one rule at once is one command per file. The markers then go by
 * themselves, when the live validation sees the repaired elements.
 */
public final class QuickFixResolutions implements IMarkerResolutionGenerator2 {

	/** How long to wait for an editor to read its file before giving up on a fix. */
	private static final long READ_TIMEOUT_MILLIS = 60_000;

	@Override
	public boolean hasResolutions(IMarker marker) {
		Rule rule = ruleOf(marker);
		return rule != null && !rule.fixes().isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		Rule rule = ruleOf(marker);
		return rule == null ? new IMarkerResolution[0]
				: rule.fixes().stream().map(fix -> new FixResolution(rule, fix, marker)).toArray(IMarkerResolution[]::new);
	}

	private static Rule ruleOf(IMarker marker) {
		String id = marker.getAttribute(ValidationMarkers.RULE, null);
		return id == null ? null : ValidationPreferences.rules().rule(id);
	}

	/** One fix, for the marker it was asked for and for the other markers of the same rule. */
	private static final class FixResolution extends WorkbenchMarkerResolution {

		private final Rule rule;
		private final QuickFix fix;
		private final IMarker marker;

		FixResolution(Rule rule, QuickFix fix, IMarker marker) {
			this.rule = rule;
			this.fix = fix;
			this.marker = marker;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public String getDescription() {
			return NLS.bind(Messages.QuickFixResolutions_description, new Object[] { fix.label(), rule.id(), rule.title() });
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IMarker[] findOtherMarkers(IMarker[] markers) {
			return Stream.of(markers).filter(other -> !other.equals(marker))
					.filter(other -> rule.id().equals(other.getAttribute(ValidationMarkers.RULE, null)))
					.toArray(IMarker[]::new);
		}

		@Override
		public void run(IMarker only) {
			run(new IMarker[] { only }, null);
		}

		@Override
		public void run(IMarker[] markers, IProgressMonitor monitor) {
			Map<IFile, List<IMarker>> byFile = new LinkedHashMap<>();
			for (IMarker each : markers) {
				if (each.exists() && each.getResource() instanceof IFile file) {
					byFile.computeIfAbsent(file, key -> new ArrayList<>()).add(each);
				}
			}
			byFile.forEach(this::repair);
		}

		private void repair(IFile file, List<IMarker> markers) {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				IEditorPart editor = IDE.openEditor(page, file, true);
				LiveValidation validation = waitForModel(editor);
				if (validation == null || !(editor instanceof IEditingDomainProvider provider)) {
					throw new CoreException(Status.error(NLS.bind(Messages.QuickFixResolutions_noModel, file.getFullPath())));
				}
				EditingDomain domain = provider.getEditingDomain();
				List<Finding> findings = new ArrayList<>();
				for (IMarker each : markers) {
					EObject element = validation.resource().getEObject(each.getAttribute(ValidationMarkers.ELEMENT, "")); //$NON-NLS-1$
					if (element != null) {
						validation.findingsFor(element).stream().filter(finding -> finding.rule() == rule)
								.forEach(findings::add);
					}
				}
				Command repair = fix.repairAll(domain, findings);
				if (repair.canExecute()) {
					domain.getCommandStack().execute(repair);
				}
			} catch (PartInitException e) {
				ErrorDialog.openError(page.getWorkbenchWindow().getShell(), null, null, e.getStatus());
			} catch (CoreException e) {
				ErrorDialog.openError(page.getWorkbenchWindow().getShell(), Messages.QuickFixResolutions_failedTitle, null,
						e.getStatus());
			}
		}

		/** The editor's validation once it has read its file, which large models take a moment to do. */
		private static LiveValidation waitForModel(IEditorPart editor) {
			Display display = editor.getSite().getShell().getDisplay();
			long deadline = System.currentTimeMillis() + READ_TIMEOUT_MILLIS;
			LiveValidation validation = editor.getAdapter(LiveValidation.class);
			while (validation == null && System.currentTimeMillis() < deadline
					&& !editor.getSite().getShell().isDisposed()) {
				if (!display.readAndDispatch()) {
					display.timerExec(100, () -> { });
					display.sleep();
				}
				validation = editor.getAdapter(LiveValidation.class);
			}
			return validation;
		}
	}
}
