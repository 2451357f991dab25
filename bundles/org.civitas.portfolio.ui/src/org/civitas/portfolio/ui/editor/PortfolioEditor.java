package org.civitas.portfolio.ui.editor;

import java.io.IOException;
import java.util.List;

import org.civitas.emf.xmi.LoadProblem;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.ui.HelpContexts;
import org.civitas.portfolio.ui.RecentPortfolios;
import org.civitas.portfolio.ui.UiIds;
import org.civitas.ui.emf.EditingDomainActionGroup;
import org.civitas.ui.emf.SelectionRelay;
import org.civitas.ui.emf.document.DocumentSaveable;
import org.civitas.ui.emf.document.ExternalChanges;
import org.civitas.emf.document.ModelDocument;
import org.civitas.emf.document.ModelDocuments;
import org.civitas.emf.document.WorkspaceFiles;
import org.civitas.ui.emf.properties.EmfTabbedProperties;
import org.civitas.validation.ui.DocumentValidation;
import org.civitas.validation.ui.FileValidation;
import org.civitas.validation.ui.LiveValidation;
import org.civitas.validation.ui.ValidationMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
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
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;

/**
 * The editor of {@code .portfolio} files: a model page (the containment tree) and an overview
 * page (summary, costs, business cases, top risks), over one editing domain. Every change,
 * from a page, the Outline or the Properties view, is a command on that domain's stack, so
 * the workbench's Undo and Redo and the dirty mark cover them all. The document is shared with
 * the model's open diagrams: one Undo history, one dirty state, one Save. Changes made to the
 * files by others are noticed: a clean editor reloads, a dirty one asks.
 */
public class PortfolioEditor extends FormEditor
		implements IEditingDomainProvider, ITabbedPropertySheetPageContributor, ISaveablesSource {

	/** The editor's id in the workbench. */
	public static final String ID = "org.civitas.portfolio.ui.editor"; //$NON-NLS-1$

	/** The tabbed Properties view contribution that shows EMF elements. */
	private static final String PROPERTIES_CONTRIBUTOR = EmfTabbedProperties.CONTRIBUTOR_ID;

	private ModelDocument document;
	private DocumentSaveable saveable;
	private ExternalChanges externalChanges;
	private EditingDomainActionGroup actions;
	private ModelTreePage modelPage;
	private OverviewPage overviewPage;
	private PortfolioOutlinePage outline;
	private final SelectionRelay selection = new SelectionRelay(this::reveal);
	private final ISelectionListener linkedSelection = this::selectedElsewhere;
	private final CommandStackListener stackListener = event -> getSite().getShell().getDisplay()
			.asyncExec(this::commandStackChanged);
	private final ModelDocument.Listener documentListener = new ModelDocument.Listener() {
		@Override
		public void dirtyChanged() {
			getSite().getShell().getDisplay().asyncExec(() -> firePropertyChange(PROP_DIRTY));
		}

		@Override
		public void reloading() {
			stopTakingChanges();
		}

		@Override
		public void reloaded() {
			getSite().getShell().getDisplay().asyncExec(PortfolioEditor.this::showReloaded);
		}
	};
	/** An element asked to be shown before the file was read. */
	private String pendingReveal;
	/** The validation of the model, shared with the model's open diagrams. */
	private DocumentValidation documentValidation;
	/** The validation of the model read, {@code null} before it is read or when it cannot be. */
	private LiveValidation validation;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput)) {
			throw new PartInitException(NLS.bind(Messages.PortfolioEditor_notAFile, input.getName()));
		}
		super.init(site, input);
		setPartName(input.getName());
		RecentPortfolios.opened(file());
		site.setSelectionProvider(selection);
		document = ModelDocuments.acquire(WorkspaceFiles.uriOf(file()));
		saveable = new DocumentSaveable(document);
		documentValidation = DocumentValidation.acquire(document);
		actions = new EditingDomainActionGroup(document.getEditingDomain());
		document.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		document.addListener(documentListener);
		site.getPage().addPostSelectionListener(linkedSelection);
		externalChanges = new ExternalChanges(this, document, this::file, this::fileMoved);
	}

	/** Follows the editor's file to where it was moved or renamed. */
	private void fileMoved(IFile target) {
		setInputWithNotify(new FileEditorInput(target));
		setPartName(target.getName());
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
		HelpContexts.set(reading, HelpContexts.EDITOR_MODEL_PAGE);
		setPageText(addPage(reading), Messages.PortfolioEditor_readingPage);
		Job read = Job.create(NLS.bind(Messages.PortfolioEditor_reading, file().getFullPath()), monitor -> {
			document.load();
			// Validated before anyone sees the model; the validation then follows every edit.
			LiveValidation readValidation = documentValidation.live();
			getContainer().getDisplay().asyncExec(() -> {
				validation = readValidation;
				showDocument();
			});
		});
		read.setPriority(Job.SHORT);
		read.schedule();
	}

	private void showDocument() {
		if (getContainer() == null || getContainer().isDisposed()) {
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
		HelpContexts.set(modelPage.getControl(), HelpContexts.EDITOR_MODEL_PAGE);
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
		HelpContexts.set(page, HelpContexts.EDITOR_MODEL_PAGE);
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
		selection.selected(pageSelection);
		if (outline != null) {
			outline.editorSelected(pageSelection);
		}
	}

	/**
	 * A diagram of this model selected elements: the tree selects them too, without taking the
	 * focus or bringing the editor forward.
	 */
	private void selectedElsewhere(IWorkbenchPart part, ISelection chosen) {
		if (part == this || modelPage == null || modelPage.getControl().isDisposed()
				|| !(chosen instanceof IStructuredSelection structured) || structured.isEmpty()
				|| part.getAdapter(EditingDomain.class) != document.getEditingDomain()) {
			return;
		}
		modelPage.reveal(structured);
	}

	/** Shows elements in the model page, as asked by the Outline, a link or a double-click elsewhere. */
	public void reveal(ISelection elements) {
		if (modelPage == null) {
			return;
		}
		showModelPage();
		modelPage.reveal(elements);
	}

	/** Brings the model page to the front (the Overview's next step for an empty portfolio). */
	void showModelPage() {
		if (modelPage != null) {
			setActivePage(0);
		}
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

	/** The file's model and editing domain, shared with the model's open diagrams. */
	public ModelDocument getDocument() {
		return document;
	}

	/** The portfolio being edited, or {@code null} before the file is read or when it has none. */
	public Portfolio getPortfolio() {
		return document.getRoot() instanceof Portfolio portfolio ? portfolio : null;
	}

	/** Only the last open editor of the model offers to save it on closing; see {@link ModelDocuments#saveOnClose}. */
	@Override
	public boolean isSaveOnCloseNeeded() {
		return document != null && ModelDocuments.saveOnClose(document, this);
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
			saveable.doSave(monitor);
		} catch (CoreException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.PortfolioEditor_saveFailedTitle,
					NLS.bind(Messages.PortfolioEditor_saveFailed, file().getFullPath()), e.getStatus());
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	@Override
	public Saveable[] getSaveables() {
		return new Saveable[] { saveable };
	}

	@Override
	public Saveable[] getActiveSaveables() {
		return getSaveables();
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
			URI previous = document.getUri();
			document.saveAs(WorkspaceFiles.uriOf(target));
			ModelDocuments.relocated(document, previous);
			target.refreshLocal(IResource.DEPTH_ZERO, null);
			document.rememberStamps();
			setInputWithNotify(new FileEditorInput(target));
			setPartName(target.getName());
			validation.validateAll();
			firePropertyChange(PROP_DIRTY);
		} catch (IOException | CoreException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.PortfolioEditor_saveFailedTitle,
					NLS.bind(Messages.PortfolioEditor_saveFailed, path), Status.error(String.valueOf(e.getMessage()), e));
		}
	}

	/**
	 * The file is about to be read again in the background: the tree keeps showing what was
	 * read, greyed, and takes no edits (they would be lost) until the new model replaces it.
	 */
	private void stopTakingChanges() {
		if (modelPage != null && !modelPage.getControl().isDisposed()) {
			modelPage.getControl().setEnabled(false);
		}
	}

	/**
	 * Shows the model read again from disk, with the folders that were open and the elements
	 * that were selected, so that a pull merging into the file leaves the architect where
	 * they were.
	 */
	private void showReloaded() {
		if (modelPage == null || modelPage.getControl().isDisposed()) {
			return;
		}
		validation = documentValidation.live();
		if (document.getResource() == null) {
			MessageDialog.openError(getSite().getShell(), Messages.PortfolioEditor_changedTitle,
					document.getLoadProblem().toString());
			getSite().getPage().closeEditor(this, false);
			return;
		}
		modelPage.inputChanged();
		modelPage.getControl().setEnabled(true);
		modelPage.showProblemsOf(validation);
		HelpContexts.set(modelPage.getControl(), HelpContexts.EDITOR_MODEL_PAGE);
		if (outline != null) {
			outline.inputChanged();
		}
		overviewPage.modelChanged();
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
			return type.cast(EmfTabbedProperties.page(this, actions, HelpContexts.PROPERTIES));
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
		if (externalChanges != null) {
			externalChanges.dispose();
			getSite().getPage().removePostSelectionListener(linkedSelection);
		}
		if (document != null) {
			document.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
			document.removeListener(documentListener);
		}
		if (documentValidation != null) {
			documentValidation.release();
		}
		if (modelPage != null) {
			modelPage.dispose();
		}
		if (actions != null) {
			actions.dispose();
		}
		super.dispose();
		if (document != null) {
			ModelDocuments.release(document, this);
		}
	}
}
