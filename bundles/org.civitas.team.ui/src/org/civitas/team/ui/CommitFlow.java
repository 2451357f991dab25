package org.civitas.team.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.civitas.team.ModelChanges;
import org.civitas.team.ModelRepository;
import org.civitas.team.TeamException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ide.IDE;

/**
 * Team > Commit, and the merge commit the Conflicts view offers: unsaved editors of the
 * project are offered for saving, the changed models are summarised (in a progress dialog, as
 * reading large models takes a moment), the architect chooses and writes the message.
 */
final class CommitFlow {

	private CommitFlow() {
	}

	static void open(Shell shell, IProject project) {
		if (!IDE.saveAllEditors(new IResource[] { project }, true)) {
			return;
		}
		try (ModelRepository repository = TeamProjects.open(project)) {
			boolean merging = repository.isMerging();
			if (merging && !repository.conflictFiles().isEmpty()) {
				MessageDialog.openInformation(shell, Messages.CommitDialog_title,
						NLS.bind(Messages.CommitFlow_conflictsOpen, repository.conflictFiles().size()));
				return;
			}
			@SuppressWarnings("unchecked")
			List<ModelChanges.ModelChange>[] changes = new List[1];
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.CommitFlow_reading, project.getName()), IProgressMonitor.UNKNOWN);
				try {
					changes[0] = repository.changes();
				} catch (IOException unreadable) {
					throw new InvocationTargetException(unreadable);
				} finally {
					monitor.done();
				}
			});
			if (changes[0].isEmpty() && !merging) {
				MessageDialog.openInformation(shell, Messages.CommitDialog_title, NLS.bind(Messages.CommitFlow_nothing, project.getName()));
				return;
			}
			CommitDialog dialog = new CommitDialog(shell, project.getName(), changes[0], merging);
			if (dialog.open() != Window.OK) {
				return;
			}
			CommitDialog.Commit commit = dialog.commit();
			repository.commit(commit.paths(), commit.message(), new PersonIdent(commit.authorName(), commit.authorEmail()));
		} catch (TeamException | IOException failed) {
			MessageDialog.openError(shell, Messages.CommitDialog_title, failed.getMessage());
		} catch (InvocationTargetException failed) {
			MessageDialog.openError(shell, Messages.CommitDialog_title, failed.getCause().getMessage());
		} catch (InterruptedException cancelled) {
			Thread.currentThread().interrupt();
		}
		TeamJobs.refresh(project, new NullProgressMonitor());
	}
}
