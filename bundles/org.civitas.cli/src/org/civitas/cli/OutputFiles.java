package org.civitas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.civitas.files.SafeFiles;
import org.eclipse.osgi.util.NLS;

/**
 * Where a command's document goes: standard output, or the {@code --output} file, written as a
 * whole through {@link SafeFiles} (folders created, permissions and links kept). Commands stream
 * into it, so a large report is never held in memory first.
 */
final class OutputFiles {

	private OutputFiles() {
	}

	/** Writes {@code content} to the file {@code output}, or to {@code out} when it is {@code null}. */
	static void write(String output, PrintStream out, SafeFiles.Content content) throws CommandException {
		try {
			if (output == null) {
				content.writeTo(out);
				return;
			}
			SafeFiles.write(Path.of(output), content);
		} catch (IOException failure) {
			throw CommandException.failure(NLS.bind(Messages.OutputFiles_cannotWrite, output, failure.getMessage()));
		}
	}

	/** Refuses an {@code --output} that names one of the command's input files (exit 2). */
	static void requireNotAnInput(String output, List<String> inputs) throws CommandException {
		if (output != null) {
			InputFiles.requireNotAnInput(Path.of(output), inputs.stream().map(Path::of).toList());
		}
	}
}
