package org.civitas.interchange.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.civitas.interchange.SourceTable;
import org.civitas.interchange.TableFormat;
import org.civitas.interchange.TableRows;
import org.civitas.interchange.TableSchema;

/** Excel workbooks as a table format: a sheet per table. */
public final class XlsxFormat implements TableFormat {

	@Override
	public List<SourceTable> read(Path file) throws IOException {
		return XlsxTables.read(file);
	}

	@Override
	public void write(TableSchema schema, List<TableRows> tables, Path target) throws IOException {
		XlsxTables.write(schema, tables, target);
	}
}
