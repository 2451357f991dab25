package org.civitas.team.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.civitas.emf.compare.ChangeSummary;
import org.civitas.emf.compare.ModelComparison;
import org.civitas.emf.xmi.ModelVersion;
import org.civitas.team.ElementHistory;
import org.civitas.team.ModelRepository;
import org.civitas.team.TeamException;
import org.eclipse.compare.CompareUI;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The commits that changed a model file, or only those that changed one element of it (found
 * with the semantic comparison), newest first, each with what changed. Double-click compares
 * the file as it is now with that commit's version, element by element.
 */
public final class HistoryView extends ViewPart {

	public static final String ID = "org.civitas.team.ui.history"; //$NON-NLS-1$

	/** How often the summaries worked out so far are shown while the rest are read. */
	private static final long SUMMARIES_SHOWN_EVERY_NANOS = 500_000_000L;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	/** A commit of the history, with what it changed; {@code null} changes: the file's summary, worked out later. */
	record Entry(RevCommit commit, String changes) {
	}

	private Label heading;
	private TableViewer commits;
	private IFile file;
	private Job loading;
	/** What each commit of a file's history changed, filled in while the list is already shown. */
	private final Map<RevCommit, String> summaries = new ConcurrentHashMap<>();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout());
		heading = new Label(parent, SWT.WRAP);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		heading.setText(Messages.HistoryView_empty);
		heading.setData(WidgetIds.KEY, WidgetIds.HISTORY_HEADING);
		Composite table = new Composite(parent, SWT.NONE);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout layout = new TableColumnLayout();
		table.setLayout(layout);
		commits = new TableViewer(table, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		ColumnViewerToolTipSupport.enableFor(commits);
		commits.getTable().setHeaderVisible(true);
		commits.getTable().setLinesVisible(true);
		commits.getTable().setData(WidgetIds.KEY, WidgetIds.HISTORY_TABLE);
		// The commit and the date have a fixed width; the words share the rest.
		column(layout, Messages.HistoryView_commit, 7, 80, entry -> entry.commit().abbreviate(8).name());
		column(layout, Messages.HistoryView_date, 13, 140, entry -> WHEN.format(Instant.ofEpochSecond(entry.commit().getCommitTime())));
		column(layout, Messages.HistoryView_author, 10, 60, entry -> entry.commit().getAuthorIdent().getName());
		column(layout, Messages.HistoryView_message, 22, 100, entry -> entry.commit().getShortMessage());
		column(layout, Messages.HistoryView_changes, 48, 150,
				entry -> entry.changes() != null ? entry.changes() : summaries.getOrDefault(entry.commit(), Messages.HistoryView_summarizing));
		commits.setContentProvider(ArrayContentProvider.getInstance());
		commits.addDoubleClickListener(event -> compareWithWorkingTree((IStructuredSelection) event.getSelection()));
	}

	private void column(TableColumnLayout layout, String title, int weight, int minimumWidth, Function<Entry, String> text) {
		TableViewerColumn column = new TableViewerColumn(commits, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Entry) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return text.apply((Entry) element); // the whole of what a narrow column cuts off
			}
		});
	}

	/** Shows the commits that changed the file. */
	public void showFile(IFile model) {
		show(model, null, NLS.bind(Messages.HistoryView_ofFile, model.getFullPath()));
	}

	/** Shows the commits that changed one element of the file (by its key, as the merge keys it). */
	public void showElement(IFile model, String key, String elementText) {
		show(model, key, NLS.bind(Messages.HistoryView_ofElement, elementText, model.getFullPath()));
	}

	private void show(IFile model, String key, String title) {
		file = model;
		summaries.clear();
		heading.setText(title + Messages.HistoryView_loading);
		commits.setInput(List.of());
		if (loading != null) {
			loading.cancel();
		}
		loading = Job.create(title, (IProgressMonitor monitor) -> load(model, key, title, monitor));
		loading.schedule();
	}

	private IStatus load(IFile model, String key, String title, IProgressMonitor monitor) {
		List<Entry> entries = new ArrayList<>();
		String problem = null;
		try (ModelRepository repository = TeamProjects.open(model.getProject())) {
			String path = repository.pathOf(TeamProjects.location(model));
			if (key != null) {
				for (ElementHistory.Revision revision : ElementHistory.of(repository.repository(), path, key, TeamProjects.words())) {
					entries.add(new Entry(revision.commit(), String.join("; ", revision.changes()))); //$NON-NLS-1$
				}
			} else {
				// The commits are listed at once; what each changed follows, a few at a time, oldest versions read last.
				List<RevCommit> changed = repository.commitsOf(path);
				changed.forEach(commit -> entries.add(new Entry(commit, null)));
				showEntries(model, NLS.bind(Messages.HistoryView_count, title, entries.size()), entries);
				long shown = System.nanoTime();
				for (RevCommit commit : changed) {
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					summaries.put(commit, summary(repository, commit, path));
					if (System.nanoTime() - shown > SUMMARIES_SHOWN_EVERY_NANOS) {
						refreshEntries(model);
						shown = System.nanoTime();
					}
				}
				refreshEntries(model);
				return Status.OK_STATUS;
			}
		} catch (TeamException | IOException unreadable) {
			problem = unreadable.getMessage();
		}
		String shown = problem != null ? title + " \u2014 " + problem //$NON-NLS-1$
				: NLS.bind(Messages.HistoryView_count, title, entries.size());
		showEntries(model, shown, entries);
		return Status.OK_STATUS;
	}

	private void showEntries(IFile model, String shown, List<Entry> entries) {
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (!heading.isDisposed() && model.equals(file)) {
				heading.setText(shown);
				commits.setInput(entries);
			}
		});
	}

	private void refreshEntries(IFile model) {
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (!heading.isDisposed() && model.equals(file)) {
				commits.refresh();
			}
		});
	}

	/** What the commit changed in the file, counted per type of element. */
	private static String summary(ModelRepository repository, RevCommit commit, String path) {
		try {
			byte[] after = repository.versionAt(commit, path);
			byte[] before = commit.getParentCount() == 0 ? null : repository.versionAt(commit.getParent(0), path);
			if (after == null) {
				return Messages.HistoryView_deleted;
			}
			if (before == null) {
				return Messages.HistoryView_created;
			}
			EObject older = read(before, path);
			EObject newer = null;
			try {
				newer = read(after, path);
				return ChangeSummary.of(ModelComparison.changes(older, newer), TeamProjects.words());
			} finally {
				ModelVersion.release(older);
				ModelVersion.release(newer);
			}
		} catch (IOException unreadable) {
			return unreadable.getMessage();
		}
	}

	private static EObject read(byte[] bytes, String path) throws IOException {
		URI uri = URI.createFileURI(path);
		return ModelVersion.read(new ByteArrayInputStream(bytes), uri, uri).getContents().get(0);
	}

	private void compareWithWorkingTree(IStructuredSelection selection) {
		if (!(selection.getFirstElement() instanceof Entry entry) || file == null) {
			return;
		}
		CompareUI.openCompareEditor(Comparisons.withCommit(file, entry.commit()));
	}

	@Override
	public void setFocus() {
		commits.getControl().setFocus();
	}
}
