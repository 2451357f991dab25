package org.civitas.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.civitas.examples.ExamplePortfolios;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of broken files of every kind Civitas reads (portfolios, diagrams, viewpoint
 * specifications, validation profiles), made by a seeded generator and given to the command
 * line as a user would. For each, whatever the damage:
 * <ul>
 * <li>the exit code is 0, 1 or 3 (never a crash, never "misuse");</li>
 * <li>nothing printed shows a Java class name, an object identity or a stack trace;</li>
 * <li>every error names the file and a line;</li>
 * <li>no input file changed;</li>
 * <li>given to {@code merge} as their version (portfolios and diagrams), the mutant is merged or
 * refused with its file and line, and a refused merge leaves our version as it was.</li>
 * </ul>
 * A failure prints the seed and the mutant's number; {@code -Dcivitas.mutants.seed=S
 * -Dcivitas.mutants.only=N} replays one mutant.
 */
class MutatedInputTest {

	private static final long SEED = Long.getLong("civitas.mutants.seed", 20261202L);
	private static final int ONLY = Integer.getInteger("civitas.mutants.only", -1);

	/** How many mutants of each kind of file one run tries. */
	private static final Map<String, Integer> MUTANTS = Map.of("portfolio", 130, "diagram", 100, "viewpoint", 60, "profile",
			20);

	/** A qualified Java class name, an EMF object dump ({@code RiskImpl@42ee0597}), or a stack frame. */
	private static final Pattern JAVA_INTERNALS = Pattern.compile(
			"\\b(?:java|javax|jdk|sun|org|com)\\.[a-z0-9_]{1,40}(?:\\.[a-z0-9_]{1,40})*\\.[A-Z]\\w{0,60}"
					+ "|\\b[A-Z]\\w{0,60}Impl\\b|@[0-9a-f]{6,}\\b|^\\s+at [\\w.$]{1,200}\\("
					+ "|\\b[A-Z]\\w{0,60}(?:Exception|Error)\\b|publicId|systemId",
			Pattern.MULTILINE);

	@TempDir
	Path folder;

	private final CommandRunner cli = new CommandRunner();

	@Test
	void everyBrokenFileIsNamedWithItsLineAndNothingIsLost() throws Exception {
		Map<String, List<Path>> originals = originals();
		List<String> failures = new ArrayList<>();
		int number = 0;
		for (String kind : List.of("portfolio", "diagram", "viewpoint", "profile")) {
			for (int i = 0; i < MUTANTS.get(kind); i++, number++) {
				if (ONLY >= 0 && number != ONLY) {
					continue;
				}
				Random random = new Random(SEED * 1_000_003L + number);
				Path original = originals.get(kind).get(random.nextInt(originals.get(kind).size()));
				Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
				String problem = tryMutant(number, original, mutation, random);
				if (problem != null) {
					problem = problem.length() > 400 ? problem.substring(0, 400) + "..." : problem;
					failures.add("mutant " + number + " (seed " + SEED + ", " + mutation + " of " + original.getFileName()
							+ "): " + problem);
				}
			}
		}
		assertTrue(failures.isEmpty(), failures.size() + " of " + number + " mutants failed; replay one with "
				+ "-Dcivitas.mutants.seed=" + SEED + " -Dcivitas.mutants.only=N\n" + String.join("\n", failures));
	}

	/** Runs one mutant; returns what was wrong, or {@code null}. */
	private String tryMutant(int number, Path original, Mutation mutation, Random random) throws IOException {
		Path work = Files.createDirectories(folder.resolve("mutant-" + number));
		for (Path sibling : siblings(original)) {
			Files.copy(sibling, work.resolve(sibling.getFileName()));
		}
		Path mutant = work.resolve(original.getFileName());
		Files.write(mutant, mutation.apply(Files.readAllBytes(original), random));
		Map<Path, String> before = digests(work);

		String kind = kindOf(original);
		int code = switch (kind) {
			case "portfolio" -> cli.run("validate", mutant.toString());
			case "diagram" -> cli.run("export", mutant.toString(), "--output", folder.resolve("images-" + number).toString());
			case "viewpoint" -> cli.run("viewpoints", mutant.toString());
			default -> cli.run("validate", work.resolve("federal-grants-portal.portfolio").toString(), "--profile",
					mutant.toString());
		};
		String printed = cli.out() + cli.err();
		String verdict = null;
		if (code != 0 && code != 1 && code != 3) {
			verdict = "exit code " + code;
		} else if (JAVA_INTERNALS.matcher(printed).find()) {
			verdict = "shows Java internals: " + excerpt(printed, JAVA_INTERNALS);
		} else if (unlocated(cli.err(), cli.out()) != null) {
			verdict = "a problem without file and line: " + unlocated(cli.err(), cli.out());
		} else if (kind.equals("diagram") && containsNotANumber(folder.resolve("images-" + number))) {
			verdict = "an exported image holds NaN or Infinity";
		} else if (!before.equals(digests(work))) {
			verdict = "an input file changed";
		} else if (kind.equals("portfolio") || kind.equals("diagram")) {
			verdict = mergedAsTheirs(number, original, mutant);
		}
		deleteTree(work);
		return verdict;
	}

	/**
	 * The mutant as their version in a merge: merged (exit 0, or 4 with conflicts), or refused
	 * with its file and line and our version untouched (exit 1); what was wrong, or {@code null}.
	 */
	private String mergedAsTheirs(int number, Path original, Path mutant) throws IOException {
		Path ours = Files.copy(original, folder.resolve("ours-" + number + "-" + original.getFileName()));
		byte[] oursBefore = Files.readAllBytes(ours);
		int code = cli.run("merge", original.toString(), ours.toString(), mutant.toString());
		String printed = cli.out() + cli.err();
		if (code != 0 && code != 1 && code != CommandException.CONFLICTS) {
			return "merge: exit code " + code;
		}
		if (JAVA_INTERNALS.matcher(printed).find()) {
			return "merge shows Java internals: " + excerpt(printed, JAVA_INTERNALS);
		}
		if (code == 1 && unlocated(cli.err(), "") != null) {
			return "merge: a problem without file and line: " + unlocated(cli.err(), "");
		}
		if (code == 1 && !Arrays.equals(oursBefore, Files.readAllBytes(ours))) {
			return "merge refused the mutant yet changed our version";
		}
		return null;
	}

	private static boolean containsNotANumber(Path images) throws IOException {
		if (!Files.isDirectory(images)) {
			return false;
		}
		try (Stream<Path> files = Files.list(images)) {
			for (Path image : files.toList()) {
				String text = Files.readString(image, java.nio.charset.StandardCharsets.ISO_8859_1);
				if (text.contains("NaN") || text.contains("Infinity")) {
					return true;
				}
			}
		}
		return false;
	}

	/** Lines that sum a batch up rather than report a problem of a file. */
	private static final Pattern SUMMARY = Pattern.compile(
			"civitas \\w+: (?:\\d+ findings? at or above \\w+|\\d+ errors? in the specifications)");
	private static final Pattern LOCATED = Pattern.compile("\\.(?:portfolio|diagram|viewpoint|profile):\\d+[:\\s]");

	/** The first problem printed without its file and line, or {@code null}. */
	private static String unlocated(String err, String out) {
		for (String line : err.lines().toList()) {
			if (!SUMMARY.matcher(line).matches() && !LOCATED.matcher(line).find()) {
				return line;
			}
		}
		for (String line : out.lines().toList()) {
			if ((line.contains(": error: ") || line.contains(": warning: ")) && !LOCATED.matcher(line).find()) {
				return line;
			}
		}
		return null;
	}

	private static String excerpt(String text, Pattern pattern) {
		var matcher = pattern.matcher(text);
		matcher.find();
		int from = Math.max(0, matcher.start() - 80);
		return text.substring(from, Math.min(text.length(), matcher.end() + 80)).replace('\n', '|');
	}

	private static String kindOf(Path file) {
		String name = file.getFileName().toString();
		return name.substring(name.lastIndexOf('.') + 1);
	}

	/** What a mutant needs beside it: a diagram its model, a profile a portfolio to validate. */
	private List<Path> siblings(Path original) throws IOException {
		String kind = kindOf(original);
		if (kind.equals("diagram") || kind.equals("profile")) {
			try (Stream<Path> files = Files.list(original.getParent())) {
				return files.filter(file -> file.equals(original) || file.toString().endsWith(".portfolio")).toList();
			}
		}
		return List.of(original);
	}

	/** The files to break: every example portfolio and diagram, the portfolio viewpoint, a profile. */
	private Map<String, List<Path>> originals() throws IOException {
		Path examples = Files.createDirectories(folder.resolve("originals"));
		for (URL model : ExamplePortfolios.all()) {
			String path = model.getPath();
			String stem = path.substring(path.lastIndexOf('/') + 1, path.length() - ".portfolio".length());
			var bundle = Platform.getBundle("org.civitas.examples");
			for (var entries = bundle.findEntries(path.substring(0, path.lastIndexOf('/')), stem + ".*", false); entries
					.hasMoreElements();) {
				URL entry = entries.nextElement();
				try (InputStream in = entry.openStream()) {
					Files.copy(in, examples.resolve(entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1)));
				}
			}
		}
		try (InputStream in = Platform.getBundle("org.civitas.portfolio.design").getEntry("description/portfolio.viewpoint")
				.openStream()) {
			Files.copy(in, examples.resolve("portfolio.viewpoint"));
		}
		Files.writeString(examples.resolve("board.profile"),
				"# board profile\nSTK-005 = off\nFIN-004 = error\nRSK-001 = warning\nGOV-002 = on\n");
		Map<String, List<Path>> originals = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.sorted().toList()) {
				originals.computeIfAbsent(kindOf(file), key -> new ArrayList<>()).add(file);
			}
		}
		return originals;
	}

	private static Map<Path, String> digests(Path work) throws IOException {
		Map<Path, String> digests = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(work)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				try {
					digests.put(file, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
				} catch (NoSuchAlgorithmException absent) {
					throw new IllegalStateException(absent);
				}
			}
		}
		return digests;
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
