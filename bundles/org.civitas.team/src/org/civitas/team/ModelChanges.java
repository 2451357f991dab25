package org.civitas.team;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.civitas.emf.compare.ChangeSummary;
import org.civitas.emf.compare.DiffText;
import org.civitas.emf.compare.ModelComparison;
import org.civitas.emf.xmi.ModelVersion;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.osgi.util.NLS;

/**
 * The model files of a working tree that differ from the last commit, each with what changed in
 * it in one line ("Shared Service: 3 changed; Risk: 1 added"), for a commit dialog or a status
 * line. Only files of the kinds Civitas merges count: portfolios and diagrams.
 */
public final class ModelChanges {

	private static final Set<String> MODEL_EXTENSIONS = Set.of("portfolio", "diagram"); //$NON-NLS-1$ //$NON-NLS-2$

	/** One changed model file: its path in the repository, how and what changed. */
	public record ModelChange(String path, Kind kind, String summary) {
	}

	/** How a file changed since the last commit. */
	public enum Kind {
		ADDED, MODIFIED, DELETED
	}

	private ModelChanges() {
	}

	/** The changed model files of the repository's working tree, by path. */
	public static List<ModelChange> inWorkingTree(Repository repository, DiffText words) throws IOException {
		Status status;
		try {
			status = Git.wrap(repository).status().call();
		} catch (GitAPIException failed) {
			throw new IOException(failed.getMessage(), failed);
		}
		Map<String, Kind> kinds = new TreeMap<>();
		status.getUntracked().forEach(path -> kinds.put(path, Kind.ADDED));
		status.getAdded().forEach(path -> kinds.put(path, Kind.ADDED));
		status.getModified().forEach(path -> kinds.put(path, Kind.MODIFIED));
		status.getChanged().forEach(path -> kinds.put(path, Kind.MODIFIED));
		status.getConflicting().forEach(path -> kinds.put(path, Kind.MODIFIED));
		status.getMissing().forEach(path -> kinds.put(path, Kind.DELETED));
		status.getRemoved().forEach(path -> kinds.put(path, Kind.DELETED));
		List<ModelChange> changes = new ArrayList<>();
		for (Map.Entry<String, Kind> entry : kinds.entrySet()) {
			String path = entry.getKey();
			if (isModel(path)) {
				changes.add(new ModelChange(path, entry.getValue(), summary(repository, path, entry.getValue(), words)));
			}
		}
		return changes;
	}

	/** Whether the file is of a kind Civitas merges and compares: a portfolio or a diagram. */
	static boolean isModel(String path) {
		return MODEL_EXTENSIONS.contains(URI.createURI(path).fileExtension());
	}

	private static String summary(Repository repository, String path, Kind kind, DiffText words) {
		if (kind == Kind.DELETED) {
			return Messages.ModelChanges_deleted;
		}
		EObject now = null;
		EObject before = null;
		try {
			now = load(Files.readAllBytes(repository.getWorkTree().toPath().resolve(path)), path);
			byte[] committed = kind == Kind.MODIFIED ? lastCommitted(repository, path) : null;
			if (committed == null) {
				int elements = 1;
				for (var all = now.eAllContents(); all.hasNext(); all.next()) {
					elements++;
				}
				return NLS.bind(Messages.ModelChanges_new, elements);
			}
			before = load(committed, path);
			return ChangeSummary.of(ModelComparison.changes(before, now), words);
		} catch (IOException unreadable) {
			return NLS.bind(Messages.ModelChanges_unreadable, unreadable.getMessage());
		} finally {
			ModelVersion.release(now);
			ModelVersion.release(before);
		}
	}

	/** The file as the last commit has it, or {@code null} when it has none. */
	private static byte[] lastCommitted(Repository repository, String path) throws IOException {
		ObjectId head = repository.resolve("HEAD^{commit}"); //$NON-NLS-1$
		if (head == null) {
			return null;
		}
		try (RevWalk commits = new RevWalk(repository);
				TreeWalk file = TreeWalk.forPath(repository, path, commits.parseCommit(head).getTree())) {
			return file == null ? null : repository.open(file.getObjectId(0)).getBytes();
		}
	}

	/** A version of a model file, read as a model of the kind its path names. */
	static EObject load(byte[] content, String path) throws IOException {
		URI uri = URI.createFileURI(path);
		return ModelVersion.read(new ByteArrayInputStream(content), uri, uri).getContents().get(0);
	}
}
