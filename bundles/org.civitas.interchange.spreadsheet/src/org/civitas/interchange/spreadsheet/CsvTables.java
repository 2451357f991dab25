package org.civitas.interchange.spreadsheet;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.civitas.files.SafeFiles;
import org.civitas.interchange.CellText;
import org.civitas.interchange.Column;
import org.civitas.interchange.SourceTable;
import org.civitas.interchange.TableRows;
import org.eclipse.osgi.util.NLS;

/**
 * A model's tables as CSV files in a folder, one per table named after it ({@code Cost
 * Entries.csv}), and CSV files read back as tables. Written: UTF-8 with a byte order mark, so
 * that Excel reads the accents right, comma separated, values as {@link CellText} writes them
 * (ISO dates, numbers in full with a decimal point and no grouping).
 * Each file is replaced whole or not at all.
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
					printer.printRecord(row.stream().map(CellText::of).toList());
				}
				printer.flush();
			});
			written.add(file);
		}
		return written;
	}

	/**
	 * Reads a CSV file as people and other programs write them: UTF-8 with or without a byte
	 * order mark, else Windows-1252 (what Excel writes on Windows); comma, semicolon or tab,
	 * whichever separates the header line; blank lines left out.
	 *
	 * @throws IOException if the file cannot be read or is not CSV, naming the file and the line
	 */
	public static SourceTable read(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		String text = decoded(bytes);
		char delimiter = delimiterOf(text);
		// Blank lines are records too, so that a row's number is the one a spreadsheet shows for it;
		// they are left out below.
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		List<String> headers = null;
		List<SourceTable.Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			for (CSVRecord record : parser) {
				List<String> cells = record.toList();
				if (headers == null) {
					headers = cells;
				} else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
					rows.add(new SourceTable.Row((int) record.getRecordNumber(), cells));
				}
			}
		} catch (UncheckedIOException | IllegalStateException notCsv) {
			throw new IOException(NLS.bind(Messages.CsvTables_notCsv, file, notCsv.getMessage()), notCsv);
		}
		String name = file.getFileName().toString().replaceFirst("(?i)\\.csv$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return new SourceTable(file.toString(), name, headers == null ? List.of() : headers, rows, false);
	}

	/** UTF-8 when the bytes are UTF-8 (the mark dropped), else Windows-1252. */
	static String decoded(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
		} catch (CharacterCodingException notUtf8) {
			return new String(bytes, Charset.forName("windows-1252")); //$NON-NLS-1$
		}
	}

	/** The separator the header line uses most outside quotes: comma, semicolon or tab. */
	static char delimiterOf(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted) {
				commas += c == ',' ? 1 : 0;
				semicolons += c == ';' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		if (tabs > commas && tabs > semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

}
