package org.civitas.team.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.civitas.emf.compare.Conflict;
import org.civitas.emf.compare.ConflictFile;
import org.civitas.team.ConflictSettlement;
import org.civitas.team.ModelRepository;
import org.civitas.team.TeamException;
import org.civitas.ui.emf.files.ModelRoots;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.ViewPart;

/**
 * The open conflicts of every merge under way in the workspace, one row per element and
 * feature with the base, our and their value. Take Ours keeps what the model holds (also a
 * value edited in the Properties view since), Take Theirs changes the model to theirs. A
 * double-click shows the element in its editor, and so on its open diagrams. When the last
 * conflict of a repository is settled, the merge commit is offered; Abort Merge returns to the
 * state before the pull.
 */
public final class ConflictsView extends ViewPart {

	public static final String ID = "org.civitas.team.ui.conflicts"; //$NON-NLS-1$

	/** One open conflict of one model file. */
	record OpenConflict(IFile model, Conflict conflict) {
	}

	private Label summary;
	private TableViewer table;
	private Button takeOurs;
	private Button takeTheirs;
	private Button commitMerge;
	private Button abortMerge;
	private final IResourceChangeListener companionsChanged = this::workspaceChanged;
	/** The project whose merge the view offers to commit or abort once its conflicts are gone. */
	private IProject mergingProject;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout());
		Composite buttons = new Composite(parent, SWT.NONE);
		buttons.setLayout(new RowLayout());
		takeOurs = button(buttons, Messages.ConflictsView_takeOurs, () -> settle(false));
		takeTheirs = button(buttons, Messages.ConflictsView_takeTheirs, () -> settle(true));
		commitMerge = button(buttons, Messages.ConflictsView_commitMerge, this::commitMerge);
		abortMerge = button(buttons, Messages.ConflictsView_abortMerge, this::abortMerge);
		summary = new Label(parent, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary.setData(WidgetIds.KEY, WidgetIds.CONFLICTS_SUMMARY);

		Composite tableArea = new Composite(parent, SWT.NONE);
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		table = new TableViewer(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		ColumnViewerToolTipSupport.enableFor(table);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData(WidgetIds.KEY, WidgetIds.CONFLICTS_TABLE);
		column(layout, Messages.ConflictsView_element, 32, open -> open.conflict().elementText());
		column(layout, Messages.ConflictsView_feature, 12, ConflictsView::what);
		column(layout, Messages.ConflictsView_base, 12, open -> open.conflict().base());
		column(layout, Messages.ConflictsView_ours, 12, open -> open.conflict().ours());
		column(layout, Messages.ConflictsView_theirs, 12, open -> open.conflict().theirs());
		column(layout, Messages.ConflictsView_model, 20, open -> open.model().getFullPath().toString());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addSelectionChangedListener(event -> updateButtons());
		table.addDoubleClickListener(event -> reveal());
		getSite().setSelectionProvider(table);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(companionsChanged, IResourceChangeEvent.POST_CHANGE);
		reload();
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<OpenConflict, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return String.valueOf(text.apply((OpenConflict) element));
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element); // the whole of what a narrow column cuts off
			}
		});
	}

	/** The feature that clashed, or what happened to the element as a whole. */
	private static String what(OpenConflict open) {
		Conflict conflict = open.conflict();
		return switch (conflict.kind()) {
			case VALUE -> conflict.featureText();
			case ORDER -> NLS.bind(Messages.ConflictsView_order, conflict.featureText());
			case MOVE -> Messages.ConflictsView_move;
			case DELETED_BY_THEIRS -> Messages.ConflictsView_deletedByTheirs;
			case DELETED_BY_OURS -> Messages.ConflictsView_deletedByOurs;
		};
	}

	/** Shows the conflicts of the merge under way in the project, with its Commit Merge and Abort Merge. */
	public void showMerge(IProject project) {
		mergingProject = project;
		reload();
	}

	/** Reads every companion file of the workspace again. */
	void reload() {
		List<OpenConflict> all = new ArrayList<>();
		List<String> unreadable = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			for (IFile model : modelsWithConflicts(project)) {
				try {
					ConflictFile.read(TeamProjects.location(model)).forEach(conflict -> all.add(new OpenConflict(model, conflict)));
				} catch (IOException broken) {
					unreadable.add(broken.getMessage());
				}
			}
		}
		if (table.getControl().isDisposed()) {
			return;
		}
		table.setInput(all);
		long models = all.stream().map(OpenConflict::model).distinct().count();
		String text = all.isEmpty() ? Messages.ConflictsView_none
				: NLS.bind(Messages.ConflictsView_summary, all.size(), models);
		summary.setText(unreadable.isEmpty() ? text : text + ' ' + String.join("; ", unreadable)); //$NON-NLS-1$
		summary.getParent().layout();
		updateButtons();
	}

	private static List<IFile> modelsWithConflicts(IProject project) {
		List<IFile> models = new ArrayList<>();
		if (!project.isAccessible()) {
			return models;
		}
		try {
			project.accept((IResourceProxy proxy) -> {
				if (proxy.getType() == IResource.FILE && proxy.getName().endsWith(ConflictFile.SUFFIX)) {
					IResource companion = proxy.requestResource();
					String modelName = proxy.getName().substring(0, proxy.getName().length() - ConflictFile.SUFFIX.length());
					models.add(companion.getParent().getFile(org.eclipse.core.runtime.IPath.fromPortableString(modelName)));
				}
				return !".git".equals(proxy.getName()); //$NON-NLS-1$
			}, IResource.NONE);
		} catch (CoreException unreadable) {
			// a project closed meanwhile has no conflicts to show
		}
		return models;
	}

	private List<OpenConflict> selected() {
		return ((IStructuredSelection) table.getSelection()).toList().stream().map(OpenConflict.class::cast).toList();
	}

	@SuppressWarnings("unchecked")
	private List<OpenConflict> shown() {
		return (List<OpenConflict>) table.getInput();
	}

	private void updateButtons() {
		boolean chosen = !table.getSelection().isEmpty();
		takeOurs.setEnabled(chosen);
		takeTheirs.setEnabled(chosen);
		IProject project = selectedProject();
		boolean merging = project != null && TeamProjects.isMerging(project);
		commitMerge.setEnabled(merging && shown().stream().noneMatch(open -> open.model().getProject().equals(project)));
		abortMerge.setEnabled(merging);
	}

	/** The project of the selected conflict, else the one project with a merge under way. */
	private IProject selectedProject() {
		if (!selected().isEmpty()) {
			return selected().get(0).model().getProject();
		}
		return mergingProject;
	}

	/** Settles the selected conflicts, model by model; a model open with unsaved changes is saved first, if the architect agrees. */
	private void settle(boolean theirs) {
		Map<IFile, List<Conflict>> chosen = new LinkedHashMap<>();
		selected().forEach(open -> chosen.computeIfAbsent(open.model(), model -> new ArrayList<>()).add(open.conflict()));
		for (Map.Entry<IFile, List<Conflict>> entry : chosen.entrySet()) {
			IFile model = entry.getKey();
			if (!savedFirst(model)) {
				return;
			}
			Path file = TeamProjects.location(model);
			try {
				ConflictSettlement.settle(file, ConflictFile.read(file), entry.getValue(), theirs);
			} catch (ConflictSettlement.Unsettled stale) {
				MessageDialog.openError(getSite().getShell(), Messages.ConflictsView_title,
						NLS.bind(Messages.ConflictsView_unsettled, stale.conflict().elementText(), stale.getMessage()));
			} catch (IOException failed) {
				MessageDialog.openError(getSite().getShell(), Messages.ConflictsView_title, failed.getMessage());
			}
			mergingProject = model.getProject();
			TeamJobs.refresh(model.getProject(), new NullProgressMonitor());
		}
		reload();
		IProject project = mergingProject;
		if (project != null && shown().stream().noneMatch(open -> open.model().getProject().equals(project))
				&& MessageDialog.openQuestion(getSite().getShell(), Messages.ConflictsView_title,
						NLS.bind(Messages.ConflictsView_allSettled, project.getName()))) {
			commitMerge();
		}
	}

	/** Whether the model's editor has nothing unsaved (after saving it, if the architect agreed). */
	private boolean savedFirst(IFile model) {
		IEditorPart editor = getSite().getPage().findEditor(new FileEditorInput(model));
		if (editor == null || !editor.isDirty()) {
			return true;
		}
		if (!MessageDialog.openQuestion(getSite().getShell(), Messages.ConflictsView_title,
				NLS.bind(Messages.ConflictsView_saveFirst, model.getFullPath()))) {
			return false;
		}
		editor.doSave(new NullProgressMonitor());
		return !editor.isDirty();
	}

	private void commitMerge() {
		IProject project = selectedProject();
		if (project != null) {
			CommitFlow.open(getSite().getShell(), project);
		}
	}

	private void abortMerge() {
		IProject project = selectedProject();
		if (project == null || !MessageDialog.openConfirm(getSite().getShell(), Messages.ConflictsView_title,
				NLS.bind(Messages.ConflictsView_abortQuestion, project.getName()))) {
			return;
		}
		try (ModelRepository repository = TeamProjects.open(project)) {
			repository.abortMerge();
		} catch (TeamException failed) {
			MessageDialog.openError(getSite().getShell(), Messages.ConflictsView_title, failed.getMessage());
		}
		TeamJobs.refresh(project, new NullProgressMonitor());
		reload();
	}

	/** Shows the conflict's element in its model's editor (and so on the model's open diagrams). */
	private void reveal() {
		List<OpenConflict> chosen = selected();
		if (chosen.isEmpty()) {
			return;
		}
		OpenConflict open = chosen.get(0);
		try {
			IEditorPart editor = IDE.openEditor(getSite().getPage(), open.model(), true);
			getSite().getShell().getDisplay().asyncExec(() -> select(editor, open));
		} catch (PartInitException failed) {
			MessageDialog.openError(getSite().getShell(), Messages.ConflictsView_title, failed.getMessage());
		}
	}

	private static void select(IEditorPart editor, OpenConflict open) {
		EditingDomain domain = editor.getAdapter(EditingDomain.class);
		if (domain == null) {
			return;
		}
		Resource resource = domain.getResourceSet().getResource(ModelRoots.uriOf(open.model()), false);
		EObject element = resource == null ? null : resource.getEObject(open.conflict().element());
		if (element != null && editor.getSite().getSelectionProvider() != null) {
			editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(element));
		}
	}

	private void workspaceChanged(IResourceChangeEvent event) {
		boolean[] companion = new boolean[1];
		try {
			if (event.getDelta() != null) {
				event.getDelta().accept(delta -> {
					companion[0] |= delta.getResource().getName().endsWith(ConflictFile.SUFFIX);
					return !companion[0];
				});
			}
		} catch (CoreException unreadable) {
			companion[0] = true;
		}
		if (companion[0]) {
			getSite().getShell().getDisplay().asyncExec(() -> {
				if (!table.getControl().isDisposed()) {
					reload();
				}
			});
		}
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(companionsChanged);
		super.dispose();
	}
}
