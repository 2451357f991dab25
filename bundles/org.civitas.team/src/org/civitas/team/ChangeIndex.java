package org.civitas.team;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civitas.files.SafeFiles;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * What changed, element by element, between two versions of a model file, kept in the
 * repository's own folder ({@code .git/civitas/changes}) once it has been worked out, so that
 * the history of an element reads no version of the file where an entry exists. An entry is
 * named by the two versions' blobs, not by a commit: it holds on every branch and after a
 * rebase. The folder is a cache: deleting it loses nothing but time.
 */
final class ChangeIndex {

	private static final String HEADER = "civitas-changes 1"; //$NON-NLS-1$
	private static final String NONE = ObjectId.zeroId().name();

	private final Path folder;

	ChangeIndex(Repository repository) {
		folder = repository.getDirectory().toPath().resolve("civitas").resolve("changes"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The change lines of each changed element, by key, from {@code before} to {@code after}
	 * ({@code null} where the file is not there); {@code null} when the pair is not indexed or its
	 * entry cannot be read.
	 */
	Map<String, List<String>> read(ObjectId before, ObjectId after) {
		try (BufferedReader reader = Files.newBufferedReader(entry(before, after), StandardCharsets.UTF_8)) {
			if (!HEADER.equals(reader.readLine())) {
				return null;
			}
			Map<String, List<String>> changes = new LinkedHashMap<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int tab = line.indexOf('\t');
				if (tab < 0) {
					return null;
				}
				changes.computeIfAbsent(unescape(line.substring(0, tab)), key -> new ArrayList<>())
						.add(unescape(line.substring(tab + 1)));
			}
			return changes;
		} catch (NoSuchFileException notIndexed) {
			return null;
		} catch (IOException | IllegalArgumentException unreadable) {
			return null; // a damaged entry is worked out again
		}
	}

	/** Keeps the changes from {@code before} to {@code after}, each element's lines under its key. */
	void write(ObjectId before, ObjectId after, Map<String, List<String>> changes) throws IOException {
		SafeFiles.write(entry(before, after), stream -> {
			Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			writer.write(HEADER);
			writer.write('\n');
			for (Map.Entry<String, List<String>> element : changes.entrySet()) {
				for (String line : element.getValue()) {
					writer.write(escape(element.getKey()));
					writer.write('\t');
					writer.write(escape(line));
					writer.write('\n');
				}
			}
			writer.flush();
		});
	}

	private Path entry(ObjectId before, ObjectId after) {
		String afterName = after == null ? NONE : after.name();
		return folder.resolve(afterName.substring(0, 2)).resolve((before == null ? NONE : before.name()) + '-' + afterName);
	}

	/** Keys and lines may hold any character; an entry's line holds neither a line break nor a tab. */
	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}

	private static String unescape(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (int index = 0; index < text.length(); index++) {
			char character = text.charAt(index);
			if (character != '\\') {
				plain.append(character);
				continue;
			}
			if (++index == text.length()) {
				throw new IllegalArgumentException(text);
			}
			switch (text.charAt(index)) {
				case 'n' -> plain.append('\n');
				case 'r' -> plain.append('\r');
				case 't' -> plain.append('\t');
				case '\\' -> plain.append('\\');
				default -> throw new IllegalArgumentException(text);
			}
		}
		return plain.toString();
	}
}
