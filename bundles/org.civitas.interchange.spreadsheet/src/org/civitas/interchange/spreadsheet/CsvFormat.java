package org.civitas.interchange.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.civitas.interchange.SourceTable;
import org.civitas.interchange.TableFormat;
import org.civitas.interchange.TableRows;
import org.civitas.interchange.TableSchema;

/** CSV files as a table format: a file per table, a model's tables a folder of them. */
public final class CsvFormat implements TableFormat {

	@Override
	public List<SourceTable> read(Path file) throws IOException {
		return List.of(CsvTables.read(file));
	}

	@Override
	public void write(TableSchema schema, List<TableRows> tables, Path target) throws IOException {
		CsvTables.write(tables, target);
	}
}
