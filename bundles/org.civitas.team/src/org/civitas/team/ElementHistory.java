package org.civitas.team;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civitas.emf.compare.Change;
import org.civitas.emf.compare.ChangeSummary;
import org.civitas.emf.compare.DiffText;
import org.civitas.emf.compare.ElementKeys;
import org.civitas.emf.compare.ModelComparison;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The commits that changed one element of a model file, newest first, each with what changed
 * in it, found with the semantic comparison: a commit that changed the file elsewhere, or only
 * its layout on disk, is not one of them. Each version of the file is read once.
 */
public final class ElementHistory {

	/** A commit that changed the element, with its changes in the editor's words. */
	public record Revision(RevCommit commit, List<String> changes) {
		public Revision {
			changes = List.copyOf(changes);
		}
	}

	private final Repository repository;
	private final String path;
	private final Map<ObjectId, ElementKeys> versions = new HashMap<>();

	private ElementHistory(Repository repository, String path) {
		this.repository = repository;
		this.path = path;
	}

	/** The history of the element with {@code key} in the file at {@code path}, from HEAD. */
	public static List<Revision> of(Repository repository, String path, String key, DiffText words) throws IOException {
		return new ElementHistory(repository, path).revisions(key, words);
	}

	private List<Revision> revisions(String key, DiffText words) throws IOException {
		List<Revision> revisions = new ArrayList<>();
		ObjectId head = repository.resolve(Constants.HEAD);
		if (head == null) {
			return revisions;
		}
		try (RevWalk walk = new RevWalk(repository)) {
			walk.markStart(walk.parseCommit(head));
			walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
			for (RevCommit commit : walk) {
				ElementKeys after = version(commit);
				ElementKeys before = commit.getParentCount() == 0 ? null : version(walk.parseCommit(commit.getParent(0)));
				List<String> changes = changesOf(key, before, after, words);
				if (!changes.isEmpty()) {
					revisions.add(new Revision(commit, changes));
				}
			}
		}
		return revisions;
	}

	/** The lines of the changes that concern the element, or everything of it when it was added. */
	private static List<String> changesOf(String key, ElementKeys before, ElementKeys after, DiffText words) {
		if (after == null && before == null) {
			return List.of();
		}
		if (before == null || after == null) {
			ElementKeys only = before == null ? after : before;
			return only.element(key) == null ? List.of() : List.of(words.element(only.element(key)));
		}
		List<String> lines = new ArrayList<>();
		for (Change change : ModelComparison.changes(before, after)) {
			EObject element = ChangeSummary.element(change);
			String changed = after.keyOf(element) != null ? after.keyOf(element) : before.keyOf(element);
			if (key.equals(changed)) {
				lines.add(words.line(change));
			}
		}
		return lines;
	}

	/** The file as the commit has it, keyed; {@code null} when the commit has no such file or it cannot be read. */
	private ElementKeys version(RevCommit commit) throws IOException {
		try (TreeWalk file = TreeWalk.forPath(repository, path, commit.getTree())) {
			if (file == null) {
				return null;
			}
			ObjectId blob = file.getObjectId(0);
			if (!versions.containsKey(blob)) {
				ElementKeys keys;
				try {
					keys = ElementKeys.of(ModelChanges.load(repository.open(blob).getBytes(), path));
				} catch (IOException unreadable) {
					keys = null; // a version that is no model (conflict markers) changed nothing one can show
				}
				versions.put(blob, keys);
			}
			return versions.get(blob);
		}
	}
}
