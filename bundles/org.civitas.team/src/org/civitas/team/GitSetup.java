package org.civitas.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.civitas.files.SafeFiles;
import org.eclipse.jgit.errors.NoWorkTreeException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.osgi.util.NLS;

/**
 * Makes Git merge and diff portfolios and diagrams with Civitas in a repository: the
 * {@code .gitattributes} lines at the repository's top (committed, so that every clone names the
 * drivers) and the drivers in the repository's own configuration (each clone sets them once:
 * Git never takes commands from a repository's content). Applying it again changes nothing.
 */
public final class GitSetup {

	/** The drivers' name in Git's attributes and configuration. */
	public static final String DRIVER = "civitas"; //$NON-NLS-1$
	/** The attribute lines, one per kind of model file. */
	public static final List<String> ATTRIBUTES = List.of("*.portfolio merge=civitas diff=civitas", //$NON-NLS-1$
			"*.diagram merge=civitas diff=civitas"); //$NON-NLS-1$
	private static final String ATTRIBUTES_FILE = ".gitattributes"; //$NON-NLS-1$

	/**
	 * What applying did.
	 *
	 * @param top the repository's working tree
	 * @param attributesAdded whether {@code .gitattributes} lacked lines and got them
	 * @param command the command the drivers run
	 */
	public record Outcome(Path top, boolean attributesAdded, String command) {

		public Path attributesFile() {
			return top.resolve(ATTRIBUTES_FILE);
		}
	}

	private GitSetup() {
	}

	/**
	 * The command Git's drivers run: the product's start script when the product was started by
	 * it (which says so in {@code civitas.launcher}), else {@code civitas} on the PATH.
	 */
	public static String launcher() {
		String launcher = System.getProperty("civitas.launcher"); //$NON-NLS-1$
		return launcher != null && !launcher.isBlank() ? launcher : DRIVER;
	}

	/**
	 * Sets up the repository holding {@code folder}, its drivers running {@code launcher} (the
	 * path of the {@code civitas} start script, or a command on the PATH).
	 */
	public static Outcome apply(Path folder, String launcher) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException(NLS.bind(Messages.GitSetup_notAFolder, folder));
		}
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile());
		if (builder.getGitDir() == null) {
			throw new IOException(NLS.bind(Messages.GitSetup_noRepository, folder));
		}
		try (Repository repository = builder.setMustExist(true).build()) {
			Path top = repository.getWorkTree().toPath();
			boolean added = writeAttributes(top.resolve(ATTRIBUTES_FILE));
			String command = shellWord(launcher);
			StoredConfig config = repository.getConfig();
			config.setString("merge", DRIVER, "name", Messages.GitSetup_mergeDriverName); //$NON-NLS-1$ //$NON-NLS-2$
			config.setString("merge", DRIVER, "driver", command + " merge %O %A %B --path %P"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			config.setString("diff", DRIVER, "command", command + " diff"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			config.save();
			return new Outcome(top, added, command);
		} catch (NoWorkTreeException bare) {
			throw new IOException(NLS.bind(Messages.GitSetup_bare, folder), bare);
		}
	}

	/** Adds the lines the file lacks; whether it added any. */
	private static boolean writeAttributes(Path file) throws IOException {
		List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
		List<String> missing = ATTRIBUTES.stream().filter(line -> !lines.contains(line)).toList();
		if (missing.isEmpty()) {
			return false;
		}
		List<String> all = new ArrayList<>(lines);
		if (!all.contains(Messages.GitSetup_attributesComment)) {
			all.add(Messages.GitSetup_attributesComment);
		}
		all.addAll(missing);
		SafeFiles.write(file, stream -> stream.write((String.join("\n", all) + '\n').getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
		return true;
	}

	/** The command as one word of the shell Git runs drivers with. */
	private static String shellWord(String command) {
		return command.matches("[A-Za-z0-9_./:+@=-]+") ? command : "'" + command.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}
}
