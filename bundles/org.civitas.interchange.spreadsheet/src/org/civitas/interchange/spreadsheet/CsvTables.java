package org.civitas.interchange.spreadsheet;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civitas.files.SafeFiles;
import org.civitas.interchange.Column;
import org.civitas.interchange.TableRows;

/**
 * A model's tables as CSV files in a folder, one per table named after it ({@code Cost
 * Entries.csv}): UTF-8 with a byte order mark, so that Excel reads the accents right, comma
 * separated, dates as ISO {@code yyyy-MM-dd}, numbers in full with a decimal point and no
 * grouping. Each file is replaced whole or not at all.
 */
public final class CsvTables {

	/** The mark that tells Excel and other readers the file is UTF-8. */
	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private CsvTables() {
	}

	/** Writes every table into {@code folder}, creating it; answers the files written. */
	public static List<Path> write(List<TableRows> tables, Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		for (TableRows table : tables) {
			Path file = folder.resolve(table.table().name() + ".csv"); //$NON-NLS-1$
			SafeFiles.write(file, stream -> {
				Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
				writer.write(BYTE_ORDER_MARK);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
				printer.printRecord(table.table().columns().stream().map(Column::header).toList());
				for (List<Object> row : table.rows()) {
					printer.printRecord(row.stream().map(CsvTables::text).toList());
				}
				printer.flush();
			});
			written.add(file);
		}
		return written;
	}

	private static String text(Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Date day) {
			return new SimpleDateFormat("yyyy-MM-dd").format(day); //$NON-NLS-1$
		}
		if (value instanceof Double || value instanceof Float) {
			// 3800000, not 3800000.0 or 3.8E6: as a person types it.
			return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}
}
