package org.civitas.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A kind of file that holds a model's tables: read by an import, and, if the format can, written
 * by an export. Contributed through the {@code org.civitas.interchange.formats} extension point;
 * implementations keep no state between calls and may be used from any thread.
 */
public interface TableFormat {

	/**
	 * The tables of {@code file}, each row with the number a person sees for it, each cell as
	 * text (see {@link SourceTable}).
	 *
	 * @throws IOException if the file cannot be read or is not of this format, with a message that
	 *             names the file and, where it can, the place in it
	 */
	List<SourceTable> read(Path file) throws IOException;

	/**
	 * Writes {@code tables} (a model's rows, or none for a template) to {@code target}: a file,
	 * or a folder for a format whose contribution says {@code folder="true"}.
	 *
	 * @throws IOException if it cannot be written; {@code target} is then as it was
	 * @throws UnsupportedOperationException if the format is read only
	 */
	default void write(TableSchema schema, List<TableRows> tables, Path target) throws IOException {
		throw new UnsupportedOperationException(getClass().getName() + " reads tables only"); //$NON-NLS-1$
	}
}
