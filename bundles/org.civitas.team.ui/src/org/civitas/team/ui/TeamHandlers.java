package org.civitas.team.ui;

import java.util.List;
import java.util.Objects;

import org.civitas.emf.compare.ElementKeys;
import org.civitas.team.GitSetup;
import org.civitas.team.ModelRepository;
import org.civitas.team.PullResult;
import org.civitas.team.TeamException;
import org.eclipse.compare.CompareUI;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/** The commands of the Team menu, the tool bar and the Project Explorer's Team submenu. */
public final class TeamHandlers {

	static final String PREFERENCE_PAGE = "org.civitas.team.ui.preferences"; //$NON-NLS-1$

	private TeamHandlers() {
	}

	/**
	 * The workbench window's shell, which outlives the work: the active shell may be a dialog
	 * that has just closed when a job ends and reports.
	 */
	private static Shell windowShell(ExecutionEvent event) {
		return HandlerUtil.getActiveWorkbenchWindow(event).getShell();
	}

	/** A command on a shared project; tells the architect when the selection has none. */
	private abstract static class OnSharedProject extends AbstractHandler {
		@Override
		public final Object execute(ExecutionEvent event) {
			Shell shell = windowShell(event);
			IProject project = TeamProjects.projectOf(event);
			if (project == null || !TeamProjects.isShared(project)) {
				MessageDialog.openInformation(shell, Messages.TeamHandlers_title,
						project == null ? Messages.TeamHandlers_noProject : NLS.bind(Messages.TeamHandlers_notShared, project.getName()));
				return null;
			}
			run(event, shell, project);
			return null;
		}

		abstract void run(ExecutionEvent event, Shell shell, IProject project);
	}

	/** Team > Share Project with Git: a repository in the project, Civitas' merge set up, everything in a first commit. */
	public static final class Share extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = windowShell(event);
			IProject project = TeamProjects.projectOf(event);
			if (project == null) {
				MessageDialog.openInformation(shell, Messages.TeamHandlers_title, Messages.TeamHandlers_noProject);
				return null;
			}
			if (TeamProjects.isShared(project)) {
				MessageDialog.openInformation(shell, Messages.TeamHandlers_title, NLS.bind(Messages.TeamHandlers_alreadyShared, project.getName()));
				return null;
			}
			PersonIdent author = authorOrAsk(shell);
			if (author == null || !MessageDialog.openConfirm(shell, Messages.TeamHandlers_shareTitle,
					NLS.bind(Messages.TeamHandlers_shareQuestion, project.getName(), TeamProjects.location(project)))
					|| !IDE.saveAllEditors(new IResource[] { project }, true)) {
				return null;
			}
			TeamJobs.schedule(Messages.TeamHandlers_shareTitle, shell, project, monitor -> {
				try (ModelRepository shared = ModelRepository.share(TeamProjects.location(project), GitSetup.launcher(), author,
						TeamProjects.words())) {
					return shared.workTree();
				}
			}, top -> MessageDialog.openInformation(shell, Messages.TeamHandlers_shareTitle,
					NLS.bind(Messages.TeamHandlers_shared, project.getName(), top)));
			return null;
		}
	}

	/** Team > Commit. */
	public static final class Commit extends OnSharedProject {
		@Override
		void run(ExecutionEvent event, Shell shell, IProject project) {
			CommitFlow.open(shell, project);
		}
	}

	/** Team > Pull: fetch and merge, models element by element; conflicts go to the Conflicts view. */
	public static final class Pull extends OnSharedProject {
		@Override
		void run(ExecutionEvent event, Shell shell, IProject project) {
			if (!IDE.saveAllEditors(new IResource[] { project }, true)) {
				return;
			}
			IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
			TeamJobs.schedule(NLS.bind(Messages.TeamHandlers_pullTitle, project.getName()), shell, project, monitor -> {
				try (ModelRepository repository = TeamProjects.open(project)) {
					return RemoteOperations.withLogin(shell, remoteOf(repository), repository::pull);
				}
			}, result -> pulled(shell, page, project, result));
		}

		private static void pulled(Shell shell, IWorkbenchPage page, IProject project, PullResult result) {
			String title = NLS.bind(Messages.TeamHandlers_pullTitle, project.getName());
			switch (result.outcome()) {
				case UP_TO_DATE -> MessageDialog.openInformation(shell, title, Messages.TeamHandlers_upToDate);
				case FAST_FORWARD -> MessageDialog.openInformation(shell, title, Messages.TeamHandlers_fastForward);
				case MERGED -> MessageDialog.openInformation(shell, title, NLS.bind(Messages.TeamHandlers_merged,
						String.join(", ", result.mergedModels()), notes(result))); //$NON-NLS-1$
				case CONFLICTS -> {
					int conflicts = result.conflicts().values().stream().mapToInt(List::size).sum();
					try {
						((ConflictsView) page.showView(ConflictsView.ID)).showMerge(project);
					} catch (PartInitException notShown) {
						MessageDialog.openError(shell, title, notShown.getMessage());
					}
					MessageDialog.openWarning(shell, title, NLS.bind(Messages.TeamHandlers_conflicts, new Object[] { conflicts,
							result.conflicts().size(), result.otherConflicts().isEmpty() ? "" //$NON-NLS-1$
									: NLS.bind(Messages.TeamHandlers_otherConflicts, String.join(", ", result.otherConflicts())) })); //$NON-NLS-1$
				}
			}
		}

		private static String notes(PullResult result) {
			return result.notes().isEmpty() ? "" : NLS.bind(Messages.TeamHandlers_layoutNotes, result.notes().size()); //$NON-NLS-1$
		}
	}

	/** Team > Push. */
	public static final class Push extends OnSharedProject {
		@Override
		void run(ExecutionEvent event, Shell shell, IProject project) {
			TeamJobs.schedule(NLS.bind(Messages.TeamHandlers_pushTitle, project.getName()), shell, project, monitor -> {
				try (ModelRepository repository = TeamProjects.open(project)) {
					String remote = remoteOf(repository);
					RemoteOperations.withLogin(shell, remote, credentials -> {
						repository.push(credentials);
						return null;
					});
					return remote;
				}
			}, remote -> MessageDialog.openInformation(shell, NLS.bind(Messages.TeamHandlers_pushTitle, project.getName()),
					NLS.bind(Messages.TeamHandlers_pushed, remote)));
		}
	}

	/** Team > Abort Merge: back to the last commit, as before the pull. */
	public static final class AbortMerge extends OnSharedProject {
		@Override
		void run(ExecutionEvent event, Shell shell, IProject project) {
			if (!TeamProjects.isMerging(project)) {
				MessageDialog.openInformation(shell, Messages.TeamHandlers_title, NLS.bind(Messages.TeamHandlers_noMerge, project.getName()));
				return;
			}
			if (!MessageDialog.openConfirm(shell, Messages.ConflictsView_title,
					NLS.bind(Messages.ConflictsView_abortQuestion, project.getName()))) {
				return;
			}
			TeamJobs.schedule(Messages.ConflictsView_abortMerge, shell, project, monitor -> {
				try (ModelRepository repository = TeamProjects.open(project)) {
					repository.abortMerge();
					return project;
				}
			}, aborted -> {
				// the decorations and the Conflicts view follow the files
			});
		}
	}

	/** Team > Show History: of the selected model file, or of the element selected in a model's editor. */
	public static final class ShowHistory extends OnSharedProject {
		@Override
		void run(ExecutionEvent event, Shell shell, IProject project) {
			EObject element = selectedElement(HandlerUtil.getCurrentSelection(event));
			IEditorInput input = HandlerUtil.getActiveEditorInput(event);
			IFile file = element != null && input instanceof IFileEditorInput editorFile ? editorFile.getFile() : TeamProjects.fileOf(event);
			if (file == null) {
				MessageDialog.openInformation(shell, Messages.TeamHandlers_title, Messages.TeamHandlers_noModel);
				return;
			}
			try {
				HistoryView view = (HistoryView) HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().showView(HistoryView.ID);
				if (element != null) {
					String key = ElementKeys.of(EcoreUtil.getRootContainer(element)).keyOf(element);
					view.showElement(file, key, TeamProjects.words().element(element));
				} else {
					view.showFile(file);
				}
			} catch (PartInitException notShown) {
				MessageDialog.openError(shell, Messages.TeamHandlers_title, notShown.getMessage());
			}
		}

		private static EObject selectedElement(ISelection selection) {
			return selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject element
					? element : null;
		}
	}

	/** Compare With > Last Commit. */
	public static final class CompareWithLastCommit extends OnSharedProject {
		@Override
		void run(ExecutionEvent event, Shell shell, IProject project) {
			IFile file = TeamProjects.fileOf(event);
			if (file == null) {
				MessageDialog.openInformation(shell, Messages.TeamHandlers_title, Messages.TeamHandlers_noModel);
				return;
			}
			CompareUI.openCompareEditor(Comparisons.withLastCommit(file));
		}
	}

	/** Compare With > Each Other, on two models of one kind. */
	public static final class CompareWithEachOther extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			List<IFile> files = HandlerUtil.getCurrentStructuredSelection(event).toList().stream()
					.map(item -> Adapters.adapt(item, IFile.class)).filter(Objects::nonNull).toList();
			if (files.size() != 2 || !files.get(0).getFileExtension().equals(files.get(1).getFileExtension())) {
				MessageDialog.openInformation(windowShell(event), Messages.TeamHandlers_title,
						Messages.TeamHandlers_twoModels);
				return null;
			}
			CompareUI.openCompareEditor(Comparisons.ofFiles(files.get(0), files.get(1)));
			return null;
		}
	}

	/** The remote's address, for the login; a repository without one cannot pull or push. */
	static String remoteOf(ModelRepository repository) throws TeamException {
		String remote = repository.remoteUrl();
		if (remote == null) {
			throw new TeamException(Messages.TeamHandlers_noRemote);
		}
		return remote;
	}

	/** The author from the preferences; asks for it on the preference page when it is not complete. */
	static PersonIdent authorOrAsk(Shell shell) {
		if (TeamPreferences.author() == null) {
			PreferencesUtil.createPreferenceDialogOn(shell, PREFERENCE_PAGE, new String[] { PREFERENCE_PAGE }, null).open();
		}
		return TeamPreferences.author();
	}
}
