package org.civitas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.civitas.files.FileKind;
import org.eclipse.osgi.util.NLS;

/**
 * The files a command reads and writes: an input must be a regular file, said plainly when it
 * is a folder, a device or a pipe; an output may never be one of the inputs, so that a report
 * can never replace the model it reports on.
 */
final class InputFiles {

	/** How a user asks for standard input elsewhere; Civitas reads files only. */
	private static final String STANDARD_INPUT = "-"; //$NON-NLS-1$

	private InputFiles() {
	}

	/** The path of an input file, or a failure that says what {@code name} is instead. */
	static Path requireReadable(String name) throws CommandException {
		if (STANDARD_INPUT.equals(name)) {
			throw CommandException.failure(Messages.InputFiles_standardInput);
		}
		Path path = Path.of(name);
		FileKind kind = FileKind.of(path);
		if (kind == FileKind.MISSING) {
			throw CommandException.failure(NLS.bind(Messages.InputFiles_notFound, name));
		}
		if (kind != FileKind.FILE) {
			throw CommandException.failure(NLS.bind(Messages.InputFiles_notAFile, name, kind.description()));
		}
		if (!Files.isReadable(path)) {
			throw CommandException.failure(NLS.bind(Messages.InputFiles_unreadable, name));
		}
		return path;
	}

	/**
	 * Refuses an output that is one of the inputs, however it is named (relative, through a
	 * link, a hard link): a misuse of the command line, exit 2.
	 */
	static void requireNotAnInput(Path output, Collection<Path> inputs) throws CommandException {
		if (!Files.exists(output)) {
			return;
		}
		for (Path input : inputs) {
			try {
				if (Files.exists(input) && Files.isSameFile(output, input)) {
					throw CommandException.usage(NLS.bind(Messages.InputFiles_outputIsInput, output, input));
				}
			} catch (IOException unreadable) {
				// An input that cannot be compared is reported when it is read.
			}
		}
	}
}
