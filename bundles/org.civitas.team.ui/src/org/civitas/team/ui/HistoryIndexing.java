package org.civitas.team.ui;

import java.io.IOException;

import org.civitas.team.ElementHistory;
import org.civitas.team.ModelRepository;
import org.civitas.team.TeamException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Works out, in the background and at low priority, what each commit of a shared project's
 * models changed element by element, after a clone, a commit or a pull: the history of an
 * element then lists its commits without reading the versions of the file. One job per
 * project at a time; the architect may cancel it, and what is done is kept.
 */
final class HistoryIndexing extends Job {

	private final IProject project;

	private HistoryIndexing(IProject project) {
		super(NLS.bind(Messages.HistoryIndexing_job, project.getName()));
		this.project = project;
		setPriority(DECORATE);
		setRule(new OneProject(project));
	}

	/** Brings the project's history index up to date, soon; a run already waiting for the project does it. */
	static void schedule(IProject project) {
		if (Job.getJobManager().find(project).length <= 1) {
			new HistoryIndexing(project).schedule(1000);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == project;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (!TeamProjects.isShared(project)) {
			return Status.OK_STATUS;
		}
		try (ModelRepository repository = TeamProjects.open(project)) {
			ElementHistory.indexAll(repository.repository(), TeamProjects.words(), monitor::isCanceled);
		} catch (TeamException | IOException notIndexed) {
			// a cache only: the history works it out when asked
		}
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** Keeps two indexing jobs of one project from running at once; other work goes on beside them. */
	private record OneProject(IProject project) implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule instanceof OneProject other && other.project.equals(project);
		}
	}
}
