package org.civitas.emf.compare;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civitas.files.SafeFiles;
import org.eclipse.osgi.util.NLS;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The companion file of a model with open conflicts, {@code NAME.conflicts} beside
 * {@code NAME}: JSON that a person can read, and that {@code civitas conflicts} and
 * {@code civitas resolve} read back. It exists only while conflicts are open.
 */
public final class ConflictFile {

	/** The format this version writes and reads. */
	public static final int FORMAT = 1;
	public static final String SUFFIX = ".conflicts"; //$NON-NLS-1$

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
	private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)"); //$NON-NLS-1$

	/** What the file holds: its format, the model's file name and the open conflicts. */
	private record Document(int format, String model, List<Conflict> conflicts) {
	}

	private ConflictFile() {
	}

	/** The companion file of the model. */
	public static Path of(Path model) {
		return model.resolveSibling(model.getFileName() + SUFFIX);
	}

	/**
	 * Writes the model's open conflicts into its companion file, or removes the companion file
	 * when there are none.
	 */
	public static void write(Path model, List<Conflict> conflicts) throws IOException {
		Path companion = of(model);
		if (conflicts.isEmpty()) {
			Files.deleteIfExists(companion);
			return;
		}
		Document document = new Document(FORMAT, model.getFileName().toString(), conflicts);
		SafeFiles.write(companion, stream -> {
			Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			GSON.toJson(document, writer);
			writer.write('\n');
			writer.flush();
		});
	}

	/** The model's open conflicts; none when it has no companion file. */
	public static List<Conflict> read(Path model) throws IOException {
		Path companion = of(model);
		if (!Files.exists(companion)) {
			return List.of();
		}
		Document document;
		try (Reader reader = Files.newBufferedReader(companion, StandardCharsets.UTF_8)) {
			document = GSON.fromJson(reader, Document.class);
		} catch (JsonParseException malformed) {
			throw new IOException(malformedMessage(companion, malformed), malformed);
		}
		if (document == null || document.conflicts() == null) {
			throw new IOException(NLS.bind(Messages.ConflictFile_malformed, new Object[] { companion, 1, 1, Messages.ConflictFile_noConflicts }));
		}
		if (document.format() > FORMAT) {
			throw new IOException(NLS.bind(Messages.ConflictFile_newerFormat, new Object[] { companion, document.format(), FORMAT }));
		}
		for (Conflict conflict : document.conflicts()) {
			if (conflict == null || conflict.kind() == null || conflict.element() == null || conflict.theirsChoice() == null) {
				throw new IOException(NLS.bind(Messages.ConflictFile_malformed,
						new Object[] { companion, 1, 1, Messages.ConflictFile_incomplete }));
			}
		}
		return List.copyOf(document.conflicts());
	}

	private static String malformedMessage(Path companion, JsonParseException malformed) {
		String reason = malformed.getCause() != null && malformed.getCause().getMessage() != null
				? malformed.getCause().getMessage() : String.valueOf(malformed.getMessage());
		Matcher position = POSITION.matcher(reason);
		String line = "1"; //$NON-NLS-1$
		String column = "1"; //$NON-NLS-1$
		if (position.find()) {
			line = position.group(1);
			column = position.group(2);
		}
		String firstLine = reason.lines().findFirst().orElse(reason);
		return NLS.bind(Messages.ConflictFile_malformed, new Object[] { companion, line, column, firstLine });
	}
}
