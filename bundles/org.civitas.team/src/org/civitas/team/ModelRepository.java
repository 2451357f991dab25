package org.civitas.team;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.civitas.emf.compare.Conflict;
import org.civitas.emf.compare.ConflictFile;
import org.civitas.emf.compare.DiffText;
import org.civitas.emf.compare.LayoutNote;
import org.civitas.emf.compare.ThreeWayMerge;
import org.civitas.emf.xmi.ModelVersion;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.osgi.util.NLS;

/**
 * A working tree of models under Git, worked on in-process with JGit: share, clone, commit,
 * pull (model files both sides changed are merged element by element, {@link ThreeWayMerge}),
 * push and abort a merge. Every failure is a {@link TeamException} of one line; a pull that
 * fails on the network leaves the working tree as it was.
 */
public final class ModelRepository implements AutoCloseable {

	private static final String REMOTE = Constants.DEFAULT_REMOTE_NAME;

	private final Git git;
	private final DiffText words;

	static {
		SshTransport.install(); // before any clone, fetch or push can meet an ssh:// address
	}

	private ModelRepository(Git git, DiffText words) {
		this.git = git;
		this.words = words;
	}

	/** The repository holding {@code folder}, which is its working tree's top or a folder in it. */
	public static ModelRepository open(Path folder, DiffText words) throws TeamException {
		File gitFolder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile()).getGitDir();
		try {
			if (gitFolder == null) {
				throw new IOException(folder.toString());
			}
			return new ModelRepository(Git.open(gitFolder), words);
		} catch (IOException notARepository) {
			throw new TeamException(NLS.bind(Messages.ModelRepository_notARepository, folder), notARepository);
		}
	}

	/**
	 * Puts the models of {@code folder} under Git: a new repository (branch {@code main}) set up
	 * for Civitas' drivers ({@link GitSetup}, run by {@code launcher}), everything in a first commit.
	 */
	public static ModelRepository share(Path folder, String launcher, PersonIdent author, DiffText words) throws TeamException {
		try {
			Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call(); //$NON-NLS-1$
			GitSetup.apply(folder, launcher);
			git.add().addFilepattern(".").call(); //$NON-NLS-1$
			git.commit().setMessage(Messages.ModelRepository_firstCommit).setAuthor(author).setCommitter(author).call();
			return new ModelRepository(git, words);
		} catch (GitAPIException | IOException failed) {
			throw new TeamException(NLS.bind(Messages.ModelRepository_shareFailed, folder, failed.getMessage()), failed);
		}
	}

	/** Clones {@code uri} into {@code folder}, set up for Civitas' drivers. */
	public static ModelRepository cloneFrom(String uri, Path folder, CredentialsProvider credentials, String launcher,
			DiffText words) throws TeamException {
		try {
			Git git = Git.cloneRepository().setURI(uri).setDirectory(folder.toFile()).setCredentialsProvider(credentials).call();
			GitSetup.apply(folder, launcher);
			return new ModelRepository(git, words);
		} catch (TransportException | InvalidRemoteException unreachable) {
			throw TeamException.transport(uri, unreachable);
		} catch (GitAPIException | IOException failed) {
			throw new TeamException(NLS.bind(Messages.ModelRepository_cloneFailed, uri, failed.getMessage()), failed);
		}
	}

	public Repository repository() {
		return git.getRepository();
	}

	public Path workTree() {
		return repository().getWorkTree().toPath();
	}

	/** The changed model files, each with what changed in it. */
	public List<ModelChanges.ModelChange> changes() throws IOException {
		return ModelChanges.inWorkingTree(repository(), words);
	}

	/** Commits the files (changed, new or deleted) with the message; during a merge, the merge. */
	public RevCommit commit(List<String> paths, String message, PersonIdent author) throws TeamException {
		try {
			if (!paths.isEmpty()) {
				var add = git.add();
				var update = git.add().setUpdate(true);
				paths.forEach(path -> {
					add.addFilepattern(path);
					update.addFilepattern(path);
				});
				add.call();
				update.call();
			}
			return git.commit().setMessage(message).setAuthor(author).setCommitter(author).call();
		} catch (GitAPIException failed) {
			throw new TeamException(NLS.bind(Messages.ModelRepository_commitFailed, failed.getMessage()), failed);
		}
	}

	/**
	 * Fetches the remote's branch and merges it: model files both sides changed element by
	 * element (conflicts keep ours and go to their companion files), other files as Git does. A
	 * clean merge is committed; one with conflicts waits for them, or for {@link #abortMerge()}.
	 */
	public PullResult pull(CredentialsProvider credentials) throws TeamException {
		Repository repository = repository();
		try {
			git.fetch().setRemote(REMOTE).setCredentialsProvider(credentials).call();
			String branch = repository.getBranch();
			ObjectId theirs = repository.resolve(Constants.R_REMOTES + REMOTE + '/' + branch);
			ObjectId ours = repository.resolve(Constants.HEAD);
			if (theirs == null || ours == null) {
				return new PullResult(PullResult.Outcome.UP_TO_DATE, List.of(), Map.of(), List.of(), List.of());
			}
			RevCommit base;
			try (RevWalk walk = new RevWalk(repository)) {
				RevCommit oursCommit = walk.parseCommit(ours);
				RevCommit theirsCommit = walk.parseCommit(theirs);
				if (walk.isMergedInto(theirsCommit, oursCommit)) {
					return new PullResult(PullResult.Outcome.UP_TO_DATE, List.of(), Map.of(), List.of(), List.of());
				}
				walk.reset();
				walk.setRevFilter(RevFilter.MERGE_BASE);
				walk.markStart(walk.parseCommit(ours));
				walk.markStart(walk.parseCommit(theirs));
				base = walk.next();
			}
			MergeResult merged = git.merge().include(theirs).setCommit(false).setFastForward(FastForwardMode.FF)
					.setMessage(NLS.bind(Messages.ModelRepository_mergeMessage, REMOTE + '/' + branch)).call();
			if (merged.getMergeStatus() == MergeResult.MergeStatus.FAST_FORWARD) {
				return new PullResult(PullResult.Outcome.FAST_FORWARD, List.of(), Map.of(), List.of(), List.of());
			}
			if (!merged.getMergeStatus().isSuccessful() && merged.getMergeStatus() != MergeResult.MergeStatus.CONFLICTING) {
				throw new TeamException(NLS.bind(Messages.ModelRepository_pullBlocked, merged.getFailingPaths() == null ? ""
						: String.join(", ", merged.getFailingPaths().keySet()))); //$NON-NLS-1$
			}
			return mergeModels(base, ours, theirs, merged);
		} catch (TransportException | InvalidRemoteException unreachable) {
			throw TeamException.transport(remoteName(), unreachable);
		} catch (GitAPIException | IOException failed) {
			throw new TeamException(NLS.bind(Messages.ModelRepository_pullFailed, failed.getMessage()), failed);
		}
	}

	/** Merges the model files both sides changed, over what Git's text merge left; commits when all is clean. */
	private PullResult mergeModels(RevCommit base, ObjectId ours, ObjectId theirs, MergeResult textMerge)
			throws IOException, GitAPIException {
		Set<String> otherConflicts = new HashSet<>(textMerge.getConflicts() == null ? Set.of() : textMerge.getConflicts().keySet());
		List<String> mergedModels = new ArrayList<>();
		Map<String, List<Conflict>> conflicts = new LinkedHashMap<>();
		List<LayoutNote> notes = new ArrayList<>();
		try (RevWalk walk = new RevWalk(repository()); TreeWalk files = new TreeWalk(repository())) {
			files.addTree(base.getTree());
			files.addTree(walk.parseCommit(ours).getTree());
			files.addTree(walk.parseCommit(theirs).getTree());
			files.setRecursive(true);
			while (files.next()) {
				String path = files.getPathString();
				ObjectId baseId = files.getObjectId(0);
				ObjectId oursId = files.getObjectId(1);
				ObjectId theirsId = files.getObjectId(2);
				boolean bothChanged = !baseId.equals(oursId) && !baseId.equals(theirsId) && !oursId.equals(theirsId);
				boolean allThere = !baseId.equals(ObjectId.zeroId()) && !oursId.equals(ObjectId.zeroId())
						&& !theirsId.equals(ObjectId.zeroId());
				if (!bothChanged || !allThere || !ModelChanges.isModel(path)) {
					continue;
				}
				org.civitas.emf.compare.MergeResult result;
				EObject baseRoot = null;
				EObject oursRoot = null;
				EObject theirsRoot = null;
				try {
					try {
						baseRoot = ModelChanges.load(bytes(baseId), path);
						oursRoot = ModelChanges.load(bytes(oursId), path);
						theirsRoot = ModelChanges.load(bytes(theirsId), path);
						result = ThreeWayMerge.merge(baseRoot, oursRoot, theirsRoot, words);
					} catch (IOException unreadable) {
						otherConflicts.add(path); // a version no model: Git's own result stands
						continue;
					}
					Path file = workTree().resolve(path);
					oursRoot.eResource().setURI(URI.createFileURI(file.toString()));
					oursRoot.eResource().save(Map.of());
					ConflictFile.write(file, result.conflicts());
				} finally {
					ModelVersion.release(baseRoot);
					ModelVersion.release(oursRoot);
					ModelVersion.release(theirsRoot);
				}
				git.add().addFilepattern(path).call();
				otherConflicts.remove(path);
				mergedModels.add(path);
				notes.addAll(result.notes());
				if (!result.clean()) {
					conflicts.put(path, result.conflicts());
				}
			}
		}
		if (conflicts.isEmpty() && otherConflicts.isEmpty()) {
			git.commit().call();
			return new PullResult(PullResult.Outcome.MERGED, mergedModels, Map.of(), notes, List.of());
		}
		return new PullResult(PullResult.Outcome.CONFLICTS, mergedModels, conflicts, notes, List.copyOf(otherConflicts));
	}

	private byte[] bytes(ObjectId blob) throws IOException {
		return repository().open(blob).getBytes();
	}

	/** Whether a merge is under way (pulled, with conflicts not all settled or not yet committed). */
	public boolean isMerging() {
		return repository().getRepositoryState() == RepositoryState.MERGING
				|| repository().getRepositoryState() == RepositoryState.MERGING_RESOLVED;
	}

	/** The companion files of the models with open conflicts, by path in the working tree. */
	public List<Path> conflictFiles() throws IOException {
		Path top = workTree();
		Path gitFolder = top.resolve(Constants.DOT_GIT);
		try (Stream<Path> all = Files.walk(top)) {
			return all.filter(path -> !path.startsWith(gitFolder) && path.getFileName().toString().endsWith(ConflictFile.SUFFIX))
					.sorted().toList();
		}
	}

	/**
	 * Commits the merge under way with Git's merge message, once every conflict is settled:
	 * the merged model files are added as they are now.
	 */
	public RevCommit commitMerge(PersonIdent author) throws TeamException {
		try {
			if (!conflictFiles().isEmpty()) {
				throw new TeamException(NLS.bind(Messages.ModelRepository_conflictsOpen, conflictFiles().size()));
			}
			git.add().addFilepattern(".").setUpdate(true).call(); //$NON-NLS-1$
			String message = repository().readMergeCommitMsg();
			return git.commit().setMessage(message != null ? message : Messages.ModelRepository_mergeCommitted).setAuthor(author)
					.setCommitter(author).call();
		} catch (GitAPIException | IOException failed) {
			throw new TeamException(NLS.bind(Messages.ModelRepository_commitFailed, failed.getMessage()), failed);
		}
	}

	/** The commits that changed the file, newest first. */
	public List<RevCommit> commitsOf(String path) throws IOException {
		ObjectId head = repository().resolve(Constants.HEAD);
		List<RevCommit> commits = new ArrayList<>();
		if (head == null) {
			return commits;
		}
		try (RevWalk walk = new RevWalk(repository())) {
			walk.markStart(walk.parseCommit(head));
			walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
			walk.forEach(commits::add);
		}
		return commits;
	}

	/** The file as {@code commit} has it, or {@code null} when the commit has no such file. */
	public byte[] versionAt(ObjectId commit, String path) throws IOException {
		try (RevWalk walk = new RevWalk(repository());
				TreeWalk file = TreeWalk.forPath(repository(), path, walk.parseCommit(commit).getTree())) {
			return file == null ? null : repository().open(file.getObjectId(0)).getBytes();
		}
	}

	/** The path of a file of the working tree in the repository, with forward slashes. */
	public String pathOf(Path file) {
		return workTree().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
	}

	/** Returns to the state before the merge: the last commit, no merge under way, no conflict files. */
	public void abortMerge() throws TeamException {
		try {
			git.reset().setMode(ResetType.HARD).setRef(Constants.HEAD).call();
			repository().writeMergeHeads(null);
			repository().writeMergeCommitMsg(null);
			for (Path companion : conflictFiles()) {
				Files.deleteIfExists(companion);
			}
		} catch (GitAPIException | IOException failed) {
			throw new TeamException(NLS.bind(Messages.ModelRepository_abortFailed, failed.getMessage()), failed);
		}
	}

	/** Pushes the branch; refused when the remote moved on (pull first) or the credentials fail. */
	public void push(CredentialsProvider credentials) throws TeamException {
		try {
			for (PushResult pushed : git.push().setRemote(REMOTE).setCredentialsProvider(credentials).call()) {
				for (RemoteRefUpdate update : pushed.getRemoteUpdates()) {
					switch (update.getStatus()) {
						case OK, UP_TO_DATE -> {
							// pushed
						}
						case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw new TeamException(
								NLS.bind(Messages.ModelRepository_remoteMovedOn, update.getRemoteName()));
						default -> throw new TeamException(NLS.bind(Messages.ModelRepository_pushRefused, update.getRemoteName(),
								update.getMessage() != null ? update.getMessage() : update.getStatus().name()));
					}
				}
			}
		} catch (TransportException | InvalidRemoteException unreachable) {
			throw TeamException.transport(remoteName(), unreachable);
		} catch (GitAPIException failed) {
			throw new TeamException(NLS.bind(Messages.ModelRepository_pushFailed, failed.getMessage()), failed);
		}
	}

	/** The remote's address, as messages name it. */
	private String remoteName() {
		return remoteUrl() != null ? remoteUrl() : REMOTE;
	}

	/**
	 * Keeps files matching {@code pattern} out of Git's view in this clone only
	 * ({@code .git/info/exclude}): for bookkeeping of the tools on this computer that is not part of
	 * the shared models, such as the description the workbench writes into a cloned project.
	 */
	public void excludeLocally(String pattern) throws IOException {
		Path exclude = repository().getDirectory().toPath().resolve("info").resolve("exclude"); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> lines = Files.exists(exclude) ? Files.readAllLines(exclude) : List.of();
		if (!lines.contains(pattern)) {
			Files.createDirectories(exclude.getParent());
			List<String> more = new ArrayList<>(lines);
			more.add(pattern);
			Files.write(exclude, more);
		}
	}

	/** The remote's address, or {@code null} when there is no remote. */
	public String remoteUrl() {
		return repository().getConfig().getString("remote", REMOTE, "url"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void close() {
		git.close();
	}
}
