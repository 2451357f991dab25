package org.civitas.portfolio.ui.editor;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.civitas.portfolio.model.resource.LoadProblem;
import org.civitas.portfolio.ui.UiIds;
import org.civitas.ui.emf.EditingDomainActionGroup;
import org.civitas.ui.emf.properties.EmfTabbedProperties;
import org.civitas.validation.ui.FileValidation;
import org.civitas.validation.ui.LiveValidation;
import org.civitas.validation.ui.ValidationMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The editor of {@code .portfolio} files: a model page (the containment tree) and an overview
 * page (summary, costs, business cases, top risks), over one editing domain. Every change,
 * from a page, the Outline or the Properties view, is a command on that domain's stack, so
 * the workbench's Undo and Redo and the dirty mark cover them all. Changes made to the file
 * by others are noticed: a clean editor reloads, a dirty one asks.
 */
public class PortfolioEditor extends FormEditor
		implements IEditingDomainProvider, ITabbedPropertySheetPageContributor {

	/** The editor's id in the workbench. */
	public static final String ID = "org.civitas.portfolio.ui.editor"; //$NON-NLS-1$

	/** The tabbed Properties view contribution that shows EMF elements. */
	private static final String PROPERTIES_CONTRIBUTOR = EmfTabbedProperties.CONTRIBUTOR_ID;

	private PortfolioDocument document;
	private EditingDomainActionGroup actions;
	private ModelTreePage modelPage;
	private OverviewPage overviewPage;
	private PortfolioOutlinePage outline;
	private final SelectionRelay selection = new SelectionRelay(this::reveal);
	private final CommandStackListener stackListener = event -> getSite().getShell().getDisplay()
			.asyncExec(this::commandStackChanged);
	private final IResourceChangeListener fileWatcher = this::workspaceChanged;
	private final IPartListener2 activationListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == PortfolioEditor.this) {
				handleChangesOnDisk();
			}
		}
	};
	/** The file's modification stamp when this editor last read or wrote it. */
	private long knownStamp = IResource.NULL_STAMP;
	private boolean changedOnDisk;
	private boolean deletedOnDisk;
	/** An element asked to be shown before the file was read. */
	private String pendingReveal;
	/** The validation of the model read, {@code null} before it is read or when it cannot be. */
	private LiveValidation validation;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput)) {
			throw new PartInitException(NLS.bind(Messages.PortfolioEditor_notAFile, input.getName()));
		}
		super.init(site, input);
		setPartName(input.getName());
		site.setSelectionProvider(selection);
		document = new PortfolioDocument(uriOf(file()));
		knownStamp = file().getModificationStamp();
		actions = new EditingDomainActionGroup(document.getEditingDomain());
		document.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(fileWatcher, IResourceChangeEvent.POST_CHANGE);
		site.getPage().addPartListener(activationListener);
	}

	private static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The file being edited. */
	public IFile file() {
		return ((IFileEditorInput) getEditorInput()).getFile();
	}

	/**
	 * Shows a reading page while a job reads the file, so that a large portfolio never holds
	 * the workbench still; the model and overview pages replace it when the file is read.
	 */
	@Override
	protected void addPages() {
		Composite reading = new Composite(getContainer(), SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(reading);
		new Label(reading, SWT.NONE).setText(NLS.bind(Messages.PortfolioEditor_reading, file().getFullPath()));
		ProgressBar progress = new ProgressBar(reading, SWT.INDETERMINATE);
		GridDataFactory.fillDefaults().hint(240, SWT.DEFAULT).applyTo(progress);
		setPageText(addPage(reading), Messages.PortfolioEditor_readingPage);
		Job read = Job.create(NLS.bind(Messages.PortfolioEditor_reading, file().getFullPath()), monitor -> {
			document.load();
			LiveValidation readValidation = startValidation();
			getContainer().getDisplay().asyncExec(() -> {
				validation = readValidation;
				showDocument();
			});
		});
		read.setPriority(Job.SHORT);
		read.schedule();
	}

	/**
	 * Validates the model just read, before anyone else sees it; the validation then follows
	 * every edit. Returns {@code null} when the file could not be read.
	 */
	private LiveValidation startValidation() {
		if (document.getResource() == null) {
			return null;
		}
		LiveValidation started = new LiveValidation(this::file, document.getResource());
		started.validateAll();
		return started;
	}

	private void showDocument() {
		if (getContainer() == null || getContainer().isDisposed()) {
			if (validation != null) {
				validation.dispose();
			}
			return;
		}
		removePage(0);
		if (document.getResource() == null) {
			// The Problems view says it too, with the line, and keeps saying it until the file is repaired.
			FileValidation.schedule(List.of(file()));
			setPageText(addPage(problemPage(document.getLoadProblem())), Messages.PortfolioEditor_problemPage);
			setActivePage(0);
			return;
		}
		modelPage = new ModelTreePage(getContainer(), this, document, actions);
		modelPage.showProblemsOf(validation);
		setPageText(addPage(modelPage.getControl()), Messages.PortfolioEditor_modelPage);
		overviewPage = new OverviewPage(this, document);
		try {
			addPage(overviewPage);
		} catch (PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), null, null, e.getStatus());
		}
		setActivePage(0);
		if (outline != null) {
			outline.inputChanged();
		}
		if (pendingReveal != null) {
			revealElement(pendingReveal);
			pendingReveal = null;
		}
		if (getEditorSite().getActionBarContributor() instanceof PortfolioEditorContributor contributor
				&& getSite().getPage().getActiveEditor() == this) {
			contributor.setActiveEditor(this);
		}
	}

	/** What the editor shows instead of a model when the file cannot be read. */
	private Composite problemPage(LoadProblem problem) {
		Composite page = new Composite(getContainer(), SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(page);
		Label title = new Label(page, SWT.WRAP);
		title.setText(NLS.bind(Messages.PortfolioEditor_cannotOpen, file().getFullPath()));
		Label detail = new Label(page, SWT.WRAP);
		detail.setText(problem.toString());
		detail.setData(UiIds.KEY, "portfolio.editor.problem"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(detail);
		Label advice = new Label(page, SWT.WRAP);
		advice.setText(Messages.PortfolioEditor_fileUntouched);
		Button openAsText = new Button(page, SWT.PUSH);
		openAsText.setText(Messages.PortfolioEditor_openAsText);
		openAsText.addListener(SWT.Selection, event -> {
			try {
				IDE.openEditor(getSite().getPage(), file(), "org.eclipse.ui.DefaultTextEditor"); //$NON-NLS-1$
			} catch (PartInitException e) {
				ErrorDialog.openError(getSite().getShell(), null, null, e.getStatus());
			}
		});
		return page;
	}

	/** Gives the workbench's edit actions to this editor, which the contributor calls on activation. */
	void contributeTo(IActionBars bars) {
		actions.fillActionBars(bars);
		if (modelPage != null) {
			bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), modelPage.getRenameAction());
		}
		bars.updateActionBars();
	}

	/** A page's selection becomes the editor's. */
	void pageSelected(ISelection pageSelection) {
		selection.pageSelected(pageSelection);
		if (outline != null) {
			outline.editorSelected(pageSelection);
		}
	}

	/** Shows elements in the model page, as asked by the Outline, a link or a double-click elsewhere. */
	public void reveal(ISelection elements) {
		if (modelPage == null) {
			return;
		}
		setActivePage(0);
		modelPage.reveal(elements);
	}

	/** Shows the element with this id (or URI fragment), if the file has it, once the file is read. */
	public void revealElement(String fragment) {
		if (modelPage == null) {
			pendingReveal = fragment;
			return;
		}
		EObject element = document.find(fragment);
		if (element != null) {
			reveal(new StructuredSelection(element));
		}
	}

	@Override
	public EditingDomain getEditingDomain() {
		return document.getEditingDomain();
	}

	/** The file's model and editing domain. */
	public PortfolioDocument getDocument() {
		return document;
	}

	@Override
	public boolean isDirty() {
		return document != null && document.isDirty();
	}

	private void commandStackChanged() {
		firePropertyChange(PROP_DIRTY);
		if (validation != null) {
			validation.modelChanged();
		}
		if (overviewPage != null) {
			overviewPage.modelChanged();
		}
		if (document.getEditingDomain().getCommandStack().getMostRecentCommand() != null && modelPage != null) {
			List<?> affected = List.copyOf(document.getEditingDomain().getCommandStack().getMostRecentCommand()
					.getAffectedObjects());
			if (!affected.isEmpty() && affected.stream().allMatch(EObject.class::isInstance)) {
				modelPage.getViewer().setSelection(new StructuredSelection(affected), true);
			}
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			document.save();
			file().refreshLocal(IResource.DEPTH_ZERO, monitor);
			knownStamp = file().getModificationStamp();
			changedOnDisk = false;
			firePropertyChange(PROP_DIRTY);
		} catch (IOException | CoreException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.PortfolioEditor_saveFailedTitle,
					NLS.bind(Messages.PortfolioEditor_saveFailed, file().getFullPath()),
					Status.error(String.valueOf(e.getMessage()), e));
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return document != null && document.getResource() != null;
	}

	@Override
	public void doSaveAs() {
		SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
		dialog.setOriginalFile(file());
		if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
			return;
		}
		IPath path = dialog.getResult();
		IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
		try {
			document.saveAs(uriOf(target));
			target.refreshLocal(IResource.DEPTH_ZERO, null);
			setInputWithNotify(new FileEditorInput(target));
			setPartName(target.getName());
			knownStamp = target.getModificationStamp();
			validation.validateAll();
			firePropertyChange(PROP_DIRTY);
		} catch (IOException | CoreException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.PortfolioEditor_saveFailedTitle,
					NLS.bind(Messages.PortfolioEditor_saveFailed, path), Status.error(String.valueOf(e.getMessage()), e));
		}
	}

	/** Notes changes others made to the file; they are dealt with when the editor is active. */
	private void workspaceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file().getFullPath());
		if (delta == null) {
			return;
		}
		if (delta.getKind() == IResourceDelta.REMOVED && (delta.getFlags() & IResourceDelta.MOVED_TO) != 0) {
			IFile moved = ResourcesPlugin.getWorkspace().getRoot().getFile(delta.getMovedToPath());
			getSite().getShell().getDisplay().asyncExec(() -> {
				setInputWithNotify(new FileEditorInput(moved));
				setPartName(moved.getName());
			});
			return;
		}
		if (delta.getKind() == IResourceDelta.REMOVED) {
			deletedOnDisk = true;
		} else if ((delta.getFlags() & IResourceDelta.CONTENT) != 0 && file().getModificationStamp() != knownStamp) {
			changedOnDisk = true;
		} else {
			return;
		}
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (getSite().getPage().getActivePart() == this || !isDirty()) {
				handleChangesOnDisk();
			}
		});
	}

	/** A clean editor follows the file; a dirty one asks which version to keep. */
	private void handleChangesOnDisk() {
		if (deletedOnDisk) {
			deletedOnDisk = false;
			if (!isDirty() || !MessageDialog.openQuestion(getSite().getShell(), Messages.PortfolioEditor_deletedTitle,
					NLS.bind(Messages.PortfolioEditor_deleted, file().getFullPath()))) {
				getSite().getPage().closeEditor(this, false);
			}
			return;
		}
		if (!changedOnDisk) {
			return;
		}
		changedOnDisk = false;
		knownStamp = file().getModificationStamp();
		if (isDirty() && !MessageDialog.openQuestion(getSite().getShell(), Messages.PortfolioEditor_changedTitle,
				NLS.bind(Messages.PortfolioEditor_changed, file().getFullPath()))) {
			return;
		}
		reloadFromDisk();
	}

	private void reloadFromDisk() {
		ISelection previous = selection.getSelection();
		List<String> selectedIds = previous instanceof IStructuredSelection structured
				? structured.toList().stream().filter(EObject.class::isInstance)
						.map(element -> ((EObject) element).eResource() == null ? null
								: ((EObject) element).eResource().getURIFragment((EObject) element))
						.filter(Objects::nonNull).toList()
				: List.of();
		validation.dispose();
		document.reload();
		validation = startValidation();
		if (document.getResource() == null) {
			MessageDialog.openError(getSite().getShell(), Messages.PortfolioEditor_changedTitle,
					document.getLoadProblem().toString());
			getSite().getPage().closeEditor(this, false);
			return;
		}
		modelPage.inputChanged();
		modelPage.showProblemsOf(validation);
		if (outline != null) {
			outline.inputChanged();
		}
		overviewPage.modelChanged();
		List<EObject> reselected = selectedIds.stream().map(document::find).filter(Objects::nonNull).toList();
		modelPage.reveal(new StructuredSelection(reselected));
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public String getContributorId() {
		return PROPERTIES_CONTRIBUTOR;
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new PortfolioOutlinePage(this, document);
			}
			return type.cast(outline);
		}
		if (type == IPropertySheetPage.class) {
			return type.cast(new TabbedPropertySheetPage(this) {
				@Override
				public void setActionBars(IActionBars bars) {
					super.setActionBars(bars);
					// Undo in the Properties view undoes the edits made there, on this editor's stack.
					actions.fillUndoRedo(bars);
				}
			});
		}
		if (type == EditingDomain.class) {
			return type.cast(getEditingDomain());
		}
		if (type == LiveValidation.class) {
			return modelPage == null ? null : type.cast(validation);
		}
		if (type == IGotoMarker.class) {
			return type.cast((IGotoMarker) marker -> revealElement(marker.getAttribute(ValidationMarkers.ELEMENT, ""))); //$NON-NLS-1$
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileWatcher);
		if (getSite() != null && getSite().getPage() != null) {
			getSite().getPage().removePartListener(activationListener);
		}
		if (document != null) {
			document.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		}
		if (validation != null && (validation.dispose() || isDirty())) {
			// The markers described unsaved changes, or lag behind the last edit: describe the file as saved.
			FileValidation.schedule(List.of(file()));
		}
		if (modelPage != null) {
			modelPage.dispose();
		}
		if (actions != null) {
			actions.dispose();
		}
		super.dispose();
		if (document != null) {
			document.dispose();
		}
	}
}
