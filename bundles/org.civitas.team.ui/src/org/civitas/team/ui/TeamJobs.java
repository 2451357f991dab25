package org.civitas.team.ui;

import java.util.function.Consumer;

import org.civitas.team.TeamException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Team work off the UI thread: Git and the semantic merge run in a job (the workbench stays
 * responsive and shows progress), the project is refreshed afterwards so that open editors
 * follow the files, and the outcome or the one-line failure is shown on the UI thread.
 */
final class TeamJobs {

	/** Git work whose result the UI shows. */
	interface GitWork<T> {
		T run(IProgressMonitor monitor) throws TeamException;
	}

	private TeamJobs() {
	}

	static <T> Job schedule(String name, Shell shell, IProject project, GitWork<T> work, Consumer<T> done) {
		Job job = Job.create(name, monitor -> {
			T result;
			try {
				result = work.run(monitor);
			} catch (TeamException failed) {
				refresh(project, monitor);
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
					if (!shell.isDisposed()) {
						MessageDialog.openError(shell, name, failed.getMessage());
					}
				});
				return Status.OK_STATUS; // told in a dialog, not again in the error log
			}
			refresh(project, monitor);
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
				if (!shell.isDisposed()) {
					done.accept(result);
				}
			});
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	/** Makes the workspace see what Git changed on disk, so that editors reload and markers follow. */
	static IStatus refresh(IProject project, IProgressMonitor monitor) {
		try {
			project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			TeamStates.INSTANCE.refresh(project);
			HistoryIndexing.schedule(project);
			return Status.OK_STATUS;
		} catch (CoreException notRefreshed) {
			return notRefreshed.getStatus();
		}
	}
}
