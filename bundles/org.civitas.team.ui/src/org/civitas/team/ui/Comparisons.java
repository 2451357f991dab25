package org.civitas.team.ui;

import java.io.IOException;
import java.nio.file.Files;

import org.civitas.team.ModelRepository;
import org.civitas.team.TeamException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.osgi.util.NLS;

/** The comparisons the workbench offers: a model with the last commit, with a commit of its history, or two models. */
final class Comparisons {

	private Comparisons() {
	}

	/** The file as it is now (left) with the last commit's version (right). */
	static ModelCompareInput withLastCommit(IFile file) {
		return withVersion(file, Constants.HEAD, Messages.Compare_lastCommit);
	}

	/** The file as it is now (left) with the version of {@code commit} (right). */
	static ModelCompareInput withCommit(IFile file, RevCommit commit) {
		return withVersion(file, commit.name(), NLS.bind(Messages.Compare_commit, commit.abbreviate(8).name(), commit.getShortMessage()));
	}

	/** Two model files of one kind: {@code newer} on the left. */
	static ModelCompareInput ofFiles(IFile newer, IFile older) {
		return new ModelCompareInput(newer.getName(), current(newer), current(older), TeamProjects.words());
	}

	private static ModelCompareInput withVersion(IFile file, String revision, String label) {
		return new ModelCompareInput(file.getName(), new ModelCompareInput.Version(Messages.Compare_workingTree, () -> Files
				.readAllBytes(TeamProjects.location(file))), new ModelCompareInput.Version(label, () -> committed(file, revision)),
				TeamProjects.words());
	}

	private static ModelCompareInput.Version current(IFile file) {
		return new ModelCompareInput.Version(file.getFullPath().toString(), () -> Files.readAllBytes(TeamProjects.location(file)));
	}

	private static byte[] committed(IFile file, String revision) throws IOException {
		try (ModelRepository repository = TeamProjects.open(file.getProject())) {
			ObjectId commit = repository.repository().resolve(revision + "^{commit}"); //$NON-NLS-1$
			byte[] version = commit == null ? null : repository.versionAt(commit, repository.pathOf(TeamProjects.location(file)));
			if (version == null) {
				throw new IOException(NLS.bind(Messages.Compare_notCommitted, file.getFullPath(), revision));
			}
			return version;
		} catch (TeamException notShared) {
			throw new IOException(notShared.getMessage(), notShared);
		}
	}
}
