package org.civitas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

/**
 * Where a command's document goes: standard output, or the {@code --output} file, whose folders
 * are created. Commands stream into it, so a large report is never held in memory first.
 */
final class OutputFiles {

	/** Writes a document to a stream that stays open. */
	interface Content {
		void writeTo(OutputStream stream) throws IOException;
	}

	private OutputFiles() {
	}

	/** Writes {@code content} to the file {@code output}, or to {@code out} when it is {@code null}. */
	static void write(String output, PrintStream out, Content content) throws CommandException {
		try {
			if (output == null) {
				content.writeTo(out);
				return;
			}
			Path target = Path.of(output);
			if (target.toAbsolutePath().getParent() != null) {
				Files.createDirectories(target.toAbsolutePath().getParent());
			}
			try (OutputStream file = Files.newOutputStream(target)) {
				content.writeTo(file);
			}
		} catch (IOException failure) {
			throw CommandException.failure(NLS.bind(Messages.OutputFiles_cannotWrite, output, failure.getMessage()));
		}
	}
}
