package org.civitas.team;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civitas.emf.compare.Change;
import org.civitas.emf.compare.ChangeSummary;
import org.civitas.emf.compare.DiffText;
import org.civitas.emf.compare.ElementKeys;
import org.civitas.emf.compare.ModelComparison;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
 * its layout on disk, is not one of them. Each version of the file is read once; only the
 * versions where the element's text differs ({@link ElementText}) are read as models.
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
	/** The element's text in each version read, {@code null} where it cannot be told. */
	private final Map<ObjectId, byte[]> texts = new HashMap<>();

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
			RevCommit headCommit = walk.parseCommit(head);
			ElementText text = textOf(key, blobOf(headCommit));
			walk.markStart(headCommit);
			walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
			for (RevCommit commit : walk) {
				ObjectId afterBlob = blobOf(commit);
				ObjectId beforeBlob = commit.getParentCount() == 0 ? null : blobOf(walk.parseCommit(commit.getParent(0)));
				if (text != null && sameText(text, beforeBlob, afterBlob)) {
					continue;
				}
				List<String> changes = changesOf(key, version(beforeBlob), version(afterBlob), words);
				if (!changes.isEmpty()) {
					revisions.add(new Revision(commit, changes));
				}
			}
		}
		return revisions;
	}

	/**
	 * How to find the element in the text of a version, or {@code null} when it cannot be: it is
	 * not in the last commit, or its key is not an ID written as it is.
	 */
	private ElementText textOf(String key, ObjectId headBlob) throws IOException {
		ElementKeys head = version(headBlob);
		EObject element = head == null ? null : head.element(key);
		EAttribute id = element == null ? null : element.eClass().getEIDAttribute();
		if (id == null || !key.equals(EcoreUtil.getID(element)) || !ElementText.isFindable(key)) {
			return null;
		}
		return new ElementText(id.getName(), key);
	}

	/** Whether both versions hold the element's text alike, or both lack it: then it did not change. */
	private boolean sameText(ElementText text, ObjectId before, ObjectId after) throws IOException {
		byte[] beforeText = textIn(text, before);
		byte[] afterText = textIn(text, after);
		return beforeText != null && afterText != null && Arrays.equals(beforeText, afterText);
	}

	private byte[] textIn(ElementText text, ObjectId blob) throws IOException {
		if (blob == null) {
			return ElementText.ABSENT;
		}
		if (!texts.containsKey(blob)) {
			texts.put(blob, text.in(repository.open(blob).getBytes()));
		}
		return texts.get(blob);
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

	/** The file's blob in the commit, or {@code null} when the commit has no such file. */
	private ObjectId blobOf(RevCommit commit) throws IOException {
		try (TreeWalk file = TreeWalk.forPath(repository, path, commit.getTree())) {
			return file == null ? null : file.getObjectId(0);
		}
	}

	/** The version of the file in a blob, keyed; {@code null} for none or one that cannot be read. */
	private ElementKeys version(ObjectId blob) throws IOException {
		if (blob == null) {
			return null;
		}
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
