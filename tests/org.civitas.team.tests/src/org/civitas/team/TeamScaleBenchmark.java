package org.civitas.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.civitas.emf.compare.DiffText;
import org.civitas.portfolio.model.Named;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.synthetic.SyntheticPortfolio;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team work on a long history of a large portfolio: a repository of {@value #COMMITS} commits of
 * a generated portfolio of {@value #ELEMENTS} elements, each commit renaming
 * {@value #RENAMES_PER_COMMIT} elements and every {@value #TRACKED_EVERY}th also changing one
 * risk. Times, as medians of {@value #RUNS} runs after a warm-up:
 * <ul>
 * <li>the history of that risk ({@link ElementHistory}) with every commit indexed and with
 * nothing indexed, against JGit's path-filtered log of the file (what {@code git log -- file}
 * does: the commits of the file, nothing read), and against reading every version of the
 * file once (the floor of any history without an index); and the indexing itself, once;</li>
 * <li>a pull that merges 1,000 changes of the other side with 10 of ours
 * ({@link ModelRepository#pull}), against JGit's own recursive merge of the same two commits
 * (a text merge, which knows no model).</li>
 * </ul>
 * A benchmark that prints figures, not a test: its name keeps it out of the normal test run.
 * Run it with
 *
 * <pre>
 * ./mvnw -B verify -pl releng/org.civitas.codegen,releng/org.civitas.helpgen,tests/org.civitas.team.tests -am \
 *     -Dtest=TeamScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false "-Dcivitas.test.vmargs=-Xmx3g"
 * </pre>
 */
class TeamScaleBenchmark {

	private static final int ELEMENTS = 10_000;
	private static final int COMMITS = 500;
	private static final int RENAMES_PER_COMMIT = 10;
	private static final int TRACKED_EVERY = 25;
	private static final int THEIR_CHANGES = 1_000;
	private static final int OUR_CHANGES = 10;
	private static final int RUNS = 5;
	private static final String MODEL = "generated.portfolio";
	private static final PersonIdent AUTHOR = new PersonIdent("Ana", "ana@example.org");

	@TempDir
	Path folder;

	private final DiffText words = new DiffText(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
	private final Random random = new Random(42);

	@Test
	void historyOfAnElementAndAPullOnALongHistory() throws Exception {
		Path origin = folder.resolve("origin");
		long started = System.nanoTime();
		String tracked = buildHistory(origin);
		System.out.printf("Built %d commits of a %d-element portfolio in %.1f s%n", COMMITS, ELEMENTS, seconds(started));

		try (Git git = Git.open(origin.toFile())) {
			Repository repository = git.getRepository();
			Path index = repository.getDirectory().toPath().resolve("civitas");
			double[] unindexed = new double[RUNS];
			double[] indexed = new double[RUNS];
			double[] log = new double[RUNS];
			double[] readAll = new double[RUNS];
			int revisions = 0;
			int commitsOfFile = 0;
			for (int run = -1; run < RUNS; run++) { // run -1 warms up
				deleteRecursively(index);
				started = System.nanoTime();
				revisions = ElementHistory.of(repository, MODEL, tracked, words).size();
				double unindexedTime = millis(started);
				started = System.nanoTime();
				List<ObjectId> blobs = blobsOfFile(repository);
				double logTime = millis(started);
				commitsOfFile = blobs.size();
				started = System.nanoTime();
				long bytes = 0;
				for (ObjectId blob : blobs) {
					bytes += repository.open(blob).getBytes().length;
				}
				double readTime = millis(started) + logTime;
				if (run >= 0) {
					unindexed[run] = unindexedTime;
					log[run] = logTime;
					readAll[run] = readTime;
				}
				if (bytes == 0) {
					throw new AssertionError("no versions read");
				}
			}
			started = System.nanoTime();
			int worked = ElementHistory.index(repository, MODEL, words, () -> false);
			double indexing = seconds(started);
			for (int run = -1; run < RUNS; run++) {
				started = System.nanoTime();
				int found = ElementHistory.of(repository, MODEL, tracked, words).size();
				if (run >= 0) {
					indexed[run] = millis(started);
				}
				if (found != revisions) {
					throw new AssertionError("the index gives " + found + " commits, the versions " + revisions);
				}
			}
			System.out.printf("History of one risk: %d of %d commits of the file changed it%n", revisions, commitsOfFile);
			System.out.printf("  element history, commits indexed (Civitas)       %8.0f ms%n", median(indexed));
			System.out.printf("  element history, nothing indexed (Civitas)       %8.0f ms%n", median(unindexed));
			System.out.printf("  baseline: JGit path-filtered log                 %8.0f ms%n", median(log));
			System.out.printf("  floor without an index: every version read once  %8.0f ms%n", median(readAll));
			System.out.printf("  indexing the %d commits (once, in the background) %6.1f s%n", worked, indexing);
		}

		pull(origin);
	}

	/** A pull merging {@value #THEIR_CHANGES} changes of theirs into {@value #OUR_CHANGES} of ours, and JGit's merge of the same. */
	private void pull(Path origin) throws Exception {
		Path shared = folder.resolve("shared.git");
		Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(shared.toFile()).setBare(true).call().close();
		try (ModelRepository theirs = ModelRepository.cloneFrom(shared.toUri().toString(), folder.resolve("theirs"), null,
				"civitas", words);
				ModelRepository ours = ModelRepository.cloneFrom(shared.toUri().toString(), folder.resolve("ours"), null,
						"civitas", words)) {
			edit(theirs.workTree(), THEIR_CHANGES, "theirs");
			theirs.commit(List.of(MODEL), "1,000 renames", AUTHOR);
			theirs.push(null);
			edit(ours.workTree(), OUR_CHANGES, "ours");
			RevCommit ourCommit = ours.commit(List.of(MODEL), "10 renames", AUTHOR);
			Git git = Git.wrap(ours.repository());
			double[] pull = new double[RUNS];
			double[] textMerge = new double[RUNS];
			String outcome = null;
			String textOutcome = null;
			for (int run = -1; run < RUNS; run++) {
				git.reset().setMode(ResetType.HARD).setRef(ourCommit.name()).call();
				long started = System.nanoTime();
				PullResult result = ours.pull(null);
				double pullTime = millis(started);
				outcome = result.outcome() + ", " + result.conflicts().size() + " file(s) with conflicts";
				git.reset().setMode(ResetType.HARD).setRef(ourCommit.name()).call();
				ObjectId remote = ours.repository().resolve(Constants.R_REMOTES + "origin/main");
				started = System.nanoTime();
				textOutcome = git.merge().include(remote).setStrategy(MergeStrategy.RECURSIVE).setMessage("text merge").call()
						.getMergeStatus().toString();
				double textTime = millis(started);
				if (run >= 0) {
					pull[run] = pullTime;
					textMerge[run] = textTime;
				}
			}
			System.out.printf("Pull merging %d changes of theirs with %d of ours (%s)%n", THEIR_CHANGES, OUR_CHANGES, outcome);
			System.out.printf("  pull with the semantic merge (Civitas)     %8.0f ms%n", median(pull));
			System.out.printf("  baseline: JGit recursive merge (%s) %8.0f ms%n", textOutcome, median(textMerge));
		}
	}

	/** The shared portfolio's history; returns the ID of the risk some commits change. */
	private String buildHistory(Path origin) throws Exception {
		Resource resource = new ResourceSetImpl().createResource(URI.createFileURI(origin.resolve(MODEL).toString()));
		Portfolio portfolio = SyntheticPortfolio.generate(ELEMENTS, 42);
		resource.getContents().add(portfolio);
		Files.createDirectories(origin);
		resource.save(Map.of());
		ModelRepository.share(origin, "civitas", AUTHOR, words).close();
		List<Named> named = named(portfolio);
		Risk risk = portfolio.getRisks().get(0);
		try (Git git = Git.open(origin.toFile())) {
			for (int commit = 1; commit < COMMITS; commit++) {
				for (int rename = 0; rename < RENAMES_PER_COMMIT; rename++) {
					Named element = named.get(random.nextInt(named.size()));
					if (element != risk) {
						element.setName("Renamed in commit " + commit + '.' + rename);
					}
				}
				if (commit % TRACKED_EVERY == 0) {
					risk.setLikelihood(1 + commit / TRACKED_EVERY % 5);
				}
				resource.save(Map.of());
				git.commit().setAll(true).setMessage("Commit " + commit).setAuthor(AUTHOR).setCommitter(AUTHOR).call();
			}
		}
		return risk.getId();
	}

	/** Renames {@code count} elements of the model in {@code workTree}, distinct from those of the other side. */
	private void edit(Path workTree, int count, String side) throws IOException {
		Resource resource = new ResourceSetImpl().createResource(URI.createFileURI(workTree.resolve(MODEL).toString()));
		resource.load(Map.of());
		List<Named> named = named((Portfolio) resource.getContents().get(0));
		int from = side.equals("theirs") ? 0 : named.size() - count; // the two sides rename different elements
		for (int index = from; index < from + count; index++) {
			named.get(index).setName(named.get(index).getName() + " (" + side + ")");
		}
		resource.save(Map.of());
	}

	private static List<Named> named(Portfolio portfolio) {
		List<Named> named = new ArrayList<>();
		for (var contents = portfolio.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element instanceof Named one) {
				named.add(one);
			}
		}
		return named;
	}

	/** The blobs of the file in the commits that changed it: {@code git log -- file}. */
	private static List<ObjectId> blobsOfFile(Repository repository) throws IOException {
		List<ObjectId> blobs = new ArrayList<>();
		try (RevWalk walk = new RevWalk(repository)) {
			walk.markStart(walk.parseCommit(repository.resolve(Constants.HEAD)));
			walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(MODEL), TreeFilter.ANY_DIFF));
			for (RevCommit commit : walk) {
				try (TreeWalk file = TreeWalk.forPath(repository, MODEL, commit.getTree())) {
					blobs.add(file.getObjectId(0));
				}
			}
		}
		return blobs;
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	private static double millis(long started) {
		return (System.nanoTime() - started) / 1e6;
	}

	private static double seconds(long started) {
		return millis(started) / 1e3;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
