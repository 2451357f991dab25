package org.civitas.team.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.civitas.emf.compare.ConflictFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.ui.PlatformUI;

/**
 * What Git says of each file of the shared projects (changed, added, conflicted) and each
 * project's branch, for the Project Explorer's decorations. Worked out in a background job
 * after the workspace changes and read from memory by the decorator, so that decorating never
 * waits for Git and never runs Git on the UI thread.
 */
final class TeamStates {

	static final TeamStates INSTANCE = new TeamStates();

	/** A file's state against the last commit. */
	enum State {
		CHANGED, ADDED, CONFLICTED
	}

	/** One project's states, by full workspace path; folders holding changes are {@code CHANGED}. */
	private record Snapshot(String branch, boolean merging, Map<IPath, State> states) {
	}

	private static final Snapshot UNSHARED = new Snapshot(null, false, Map.of());

	private final Map<IProject, Snapshot> snapshots = new ConcurrentHashMap<>();
	private final Set<IProject> pending = new LinkedHashSet<>();
	private final Job computing = Job.create(Messages.TeamStates_job, monitor -> {
		for (IProject project = next(); project != null; project = next()) {
			snapshots.put(project, compute(project));
		}
		PlatformUI.getWorkbench().getDisplay()
				.asyncExec(() -> PlatformUI.getWorkbench().getDecoratorManager().update(TeamDecorator.ID));
		return Status.OK_STATUS;
	});

	private TeamStates() {
		computing.setSystem(true);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this::workspaceChanged, IResourceChangeEvent.POST_CHANGE);
	}

	/** The file's or folder's state, or {@code null} when it is as committed (or not known yet). */
	State stateOf(IResource resource) {
		Snapshot snapshot = snapshotOf(resource.getProject());
		return snapshot == null ? null : snapshot.states().get(resource.getFullPath());
	}

	/** The project's branch, with a mark while a merge is under way; {@code null} for a project not shared or not known yet. */
	String branchOf(IProject project) {
		Snapshot snapshot = snapshotOf(project);
		if (snapshot == null || snapshot.branch() == null) {
			return null;
		}
		return snapshot.merging() ? snapshot.branch() + Messages.TeamStates_merging : snapshot.branch();
	}

	/** Works the project's states out again, soon. */
	void refresh(IProject project) {
		synchronized (pending) {
			pending.add(project);
		}
		computing.schedule(100);
	}

	/** The project's snapshot; {@code null} while it is being computed, and for the workspace root, which has no project. */
	private Snapshot snapshotOf(IProject project) {
		if (project == null) {
			return null;
		}
		Snapshot snapshot = snapshots.get(project);
		if (snapshot == null && project.isAccessible()) {
			refresh(project);
		}
		return snapshot;
	}

	private IProject next() {
		synchronized (pending) {
			var first = pending.stream().findFirst();
			first.ifPresent(pending::remove);
			return first.orElse(null);
		}
	}

	private void workspaceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		for (IResourceDelta child : event.getDelta().getAffectedChildren()) {
			if (child.getResource() instanceof IProject project) {
				if (child.getKind() == IResourceDelta.REMOVED) {
					snapshots.remove(project);
				} else {
					refresh(project);
				}
			}
		}
	}

	/** Whether the repository ignores the folder at {@code path} (relative to its top), or a folder holding it. */
	private static boolean isIgnored(Git git, String path) throws IOException {
		if (path.isEmpty()) {
			return false;
		}
		try (TreeWalk walk = new TreeWalk(git.getRepository())) {
			walk.addTree(new FileTreeIterator(git.getRepository()));
			walk.setFilter(PathFilter.create(path));
			while (walk.next()) {
				if (walk.getTree(0, WorkingTreeIterator.class).isEntryIgnored()) {
					return true;
				}
				if (walk.getPathString().equals(path)) {
					return false;
				}
				if (walk.isSubtree()) {
					walk.enterSubtree();
				}
			}
		}
		return false;
	}

	private static Snapshot compute(IProject project) {
		if (!project.isAccessible() || project.getLocation() == null) {
			return UNSHARED;
		}
		FileRepositoryBuilder found = new FileRepositoryBuilder().findGitDir(project.getLocation().toFile());
		if (found.getGitDir() == null) {
			return UNSHARED;
		}
		try (Repository repository = found.build(); Git git = Git.wrap(repository)) {
			Path top = repository.getWorkTree().toPath();
			Path projectFolder = TeamProjects.location(project);
			if (isIgnored(git, top.relativize(projectFolder).toString().replace('\\', '/'))) {
				return UNSHARED; // in a folder the repository ignores, such as a build's output: not version-controlled
			}
			var status = git.status().call();
			Map<IPath, State> states = new HashMap<>();
			Set<String> conflicted = new HashSet<>(status.getConflicting());
			for (String path : status.getUntracked()) {
				if (path.endsWith(ConflictFile.SUFFIX)) {
					conflicted.add(path.substring(0, path.length() - ConflictFile.SUFFIX.length()));
				}
			}
			put(states, project, top, projectFolder, status.getModified(), State.CHANGED);
			put(states, project, top, projectFolder, status.getChanged(), State.CHANGED);
			put(states, project, top, projectFolder, status.getMissing(), State.CHANGED);
			put(states, project, top, projectFolder, status.getUntracked(), State.ADDED);
			put(states, project, top, projectFolder, status.getAdded(), State.ADDED);
			put(states, project, top, projectFolder, conflicted, State.CONFLICTED);
			return new Snapshot(repository.getBranch(), repository.getRepositoryState().toString().startsWith("MERGING"), //$NON-NLS-1$
					states);
		} catch (IOException | GitAPIException unreadable) {
			return UNSHARED;
		}
	}

	/** Marks the files, and the folders above them up to the project, which show a change inside. */
	private static void put(Map<IPath, State> states, IProject project, Path top, Path projectFolder, Set<String> paths,
			State state) {
		for (String path : paths) {
			Path file = top.resolve(path);
			if (!file.startsWith(projectFolder)) {
				continue;
			}
			IPath inProject = IPath.fromOSString(projectFolder.relativize(file).toString());
			states.put(project.getFullPath().append(inProject), state);
			for (IPath folder = inProject.removeLastSegments(1); folder.segmentCount() > 0; folder = folder.removeLastSegments(1)) {
				states.putIfAbsent(project.getFullPath().append(folder), State.CHANGED);
			}
			states.putIfAbsent(project.getFullPath(), State.CHANGED);
		}
	}
}
