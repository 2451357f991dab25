package org.civitas.team;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.civitas.emf.compare.Change;
import org.civitas.emf.compare.ChangeSummary;
import org.civitas.emf.compare.DiffText;
import org.civitas.emf.compare.ElementKeys;
import org.civitas.emf.compare.ModelComparison;
import org.civitas.emf.xmi.ModelVersion;
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
 * its layout on disk, is not one of them.
 *
 * <p>What a commit changed, element by element, is kept once worked out ({@link ChangeIndex});
 * {@link #index} works it out for the whole history of a file ahead of time, in the
 * background. Where a commit is not indexed yet, the element's text ({@link ElementText})
 * decides whether the two versions need reading as models at all.
 */
public final class ElementHistory {

	/** A commit that changed the element, with its changes in the editor's words. */
	public record Revision(RevCommit commit, List<String> changes) {
		public Revision {
			changes = List.copyOf(changes);
		}
	}

	/** Versions read as models, the last few: a walk meets each version as a commit's and then as its parent's. */
	private static final int VERSIONS_KEPT = 3;

	private final Repository repository;
	private final String path;
	private final DiffText words;
	private final ChangeIndex index;
	private final Map<ObjectId, ElementKeys> versions = new LinkedHashMap<>(VERSIONS_KEPT * 2, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<ObjectId, ElementKeys> eldest) {
			if (size() > VERSIONS_KEPT) {
				release(eldest.getValue());
				return true;
			}
			return false;
		}
	};
	/** The file's blob in each commit looked at, {@code null} where the commit has no such file. */
	private final Map<ObjectId, ObjectId> blobs = new HashMap<>();
	/** The element's text in each version read, {@code null} where it cannot be told. */
	private final Map<ObjectId, byte[]> texts = new HashMap<>();

	private ElementHistory(Repository repository, String path, DiffText words) {
		this.repository = repository;
		this.path = path;
		this.words = words;
		this.index = new ChangeIndex(repository);
	}

	/** The history of the element with {@code key} in the file at {@code path}, from HEAD. */
	public static List<Revision> of(Repository repository, String path, String key, DiffText words) throws IOException {
		ElementHistory history = new ElementHistory(repository, path, words);
		try {
			return history.revisions(key);
		} finally {
			history.releaseAll();
		}
	}

	/**
	 * Works out and keeps what each commit of the file's history from HEAD changed, element by
	 * element, where that is not kept yet; returns how many commits it worked out. Safe to stop
	 * at any time through {@code stop}: what is done is kept.
	 */
	public static int index(Repository repository, String path, DiffText words, BooleanSupplier stop) throws IOException {
		ElementHistory history = new ElementHistory(repository, path, words);
		int added = 0;
		try {
			for (RevCommit commit : history.commits()) {
				if (stop.getAsBoolean()) {
					break;
				}
				ObjectId after = history.blobOf(commit);
				ObjectId before = history.parentBlob(commit);
				if (history.index.read(before, after) == null) {
					history.changesBetween(before, after);
					added++;
				}
			}
		} finally {
			history.releaseAll();
		}
		return added;
	}

	/**
	 * {@link #index Indexes} the history of every model file of HEAD; returns how many commits
	 * of them it worked out.
	 */
	public static int indexAll(Repository repository, DiffText words, BooleanSupplier stop) throws IOException {
		ObjectId head = repository.resolve(Constants.HEAD);
		if (head == null) {
			return 0;
		}
		List<String> models = new ArrayList<>();
		try (TreeWalk files = new TreeWalk(repository)) {
			files.addTree(repository.parseCommit(head).getTree());
			files.setRecursive(true);
			while (files.next()) {
				if (ModelChanges.isModel(files.getPathString())) {
					models.add(files.getPathString());
				}
			}
		}
		int added = 0;
		for (String model : models) {
			if (stop.getAsBoolean()) {
				break;
			}
			added += index(repository, model, words, stop);
		}
		return added;
	}

	private List<Revision> revisions(String key) throws IOException {
		List<Revision> revisions = new ArrayList<>();
		ElementText text = null;
		boolean textLookedFor = false;
		for (RevCommit commit : commits()) {
			ObjectId after = blobOf(commit);
			ObjectId before = parentBlob(commit);
			Map<String, List<String>> changes = index.read(before, after);
			if (changes == null) {
				if (!textLookedFor) {
					text = textOf(key);
					textLookedFor = true;
				}
				if (text != null && sameText(text, before, after)) {
					continue;
				}
				changes = changesBetween(before, after);
			}
			List<String> lines = changes.get(key);
			if (lines != null) {
				revisions.add(new Revision(commit, lines));
			}
		}
		return revisions;
	}

	/** The commits that changed the file, from HEAD, newest first. */
	private List<RevCommit> commits() throws IOException {
		List<RevCommit> commits = new ArrayList<>();
		ObjectId head = repository.resolve(Constants.HEAD);
		if (head == null) {
			return commits;
		}
		try (RevWalk walk = new RevWalk(repository)) {
			walk.markStart(walk.parseCommit(head));
			walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
			walk.setRetainBody(true);
			for (RevCommit commit : walk) {
				commits.add(commit);
			}
		}
		return commits;
	}

	/**
	 * How to find the element in the text of a version, or {@code null} when it cannot be: it is
	 * not in the last commit, or its key is not an ID written as it is.
	 */
	private ElementText textOf(String key) throws IOException {
		ObjectId head = repository.resolve(Constants.HEAD);
		ElementKeys last = head == null ? null : version(blobOf(repository.parseCommit(head)));
		EObject element = last == null ? null : last.element(key);
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

	/**
	 * The change lines of every element that changed between the two versions, by key, kept in
	 * the index: for an added or deleted file, each element it holds.
	 */
	private Map<String, List<String>> changesBetween(ObjectId beforeBlob, ObjectId afterBlob) throws IOException {
		ElementKeys before = version(beforeBlob);
		ElementKeys after = version(afterBlob);
		Map<String, List<String>> changes = new LinkedHashMap<>();
		if (before == null || after == null) {
			ElementKeys only = before == null ? after : before;
			if (only != null) {
				only.all().forEach((element, key) -> changes.put(key, List.of(words.element(element))));
			}
		} else {
			for (Change change : ModelComparison.changes(before, after)) {
				EObject element = ChangeSummary.element(change);
				String key = after.keyOf(element) != null ? after.keyOf(element) : before.keyOf(element);
				if (key != null) {
					changes.computeIfAbsent(key, any -> new ArrayList<>()).add(words.line(change));
				}
			}
		}
		try {
			index.write(beforeBlob, afterBlob, changes);
		} catch (IOException notKept) {
			// a cache only (a read-only repository, a full disk): the history is right without it
		}
		return changes;
	}

	/** The file's blob in the commit's first parent, or {@code null} for a first commit or where the parent has no such file. */
	private ObjectId parentBlob(RevCommit commit) throws IOException {
		if (commit.getParentCount() == 0) {
			return null;
		}
		return blobOf(repository.parseCommit(commit.getParent(0)));
	}

	/**
	 * The file's blob in the commit, or {@code null} when the commit has no such file. Each
	 * commit is looked up once: it is met as a commit and again as the next one's parent.
	 */
	private ObjectId blobOf(RevCommit commit) throws IOException {
		if (!blobs.containsKey(commit)) {
			try (TreeWalk file = TreeWalk.forPath(repository, path, commit.getTree())) {
				blobs.put(commit.copy(), file == null ? null : file.getObjectId(0));
			}
		}
		return blobs.get(commit);
	}

	private void releaseAll() {
		versions.values().forEach(ElementHistory::release);
		versions.clear();
	}

	private static void release(ElementKeys version) {
		if (version != null) {
			ModelVersion.release(version.root());
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
