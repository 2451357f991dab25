package org.civitas.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.civitas.files.SafeFiles;
import org.eclipse.osgi.util.NLS;

/**
 * Which list each source table fills and which feature each of its columns sets. Proposed from
 * the names (a sheet named like a list, a header like a column of it, ignoring case and spaces;
 * a column may also be named after the feature's Java name), changed by a person where the
 * names differ, and kept in a small mapping file for the next import:
 *
 * <pre>
 * Service catalogue = Services
 * Service catalogue/Svc name = Name
 * Service catalogue/Internal notes =
 * </pre>
 *
 * A line {@code SOURCE = LIST} maps a sheet (or CSV file) to a list, {@code SOURCE/HEADER = COLUMN}
 * a header to a column of that list; an empty value leaves the sheet or column out. Hidden
 * sheets are left out unless the mapping names them.
 */
public final class ImportMapping {

	/** Between a source's name and a header in the mapping file's keys. */
	private static final char HEADER_SEPARATOR = '/';

	private final TableSchema schema;
	/** Source name to list name, {@code ""} for left out: the choices a person (or a file) made. */
	private final Map<String, String> tables = new LinkedHashMap<>();
	/** Source name, then header, to column header, {@code ""} for left out. */
	private final Map<String, Map<String, String>> columns = new LinkedHashMap<>();

	private ImportMapping(TableSchema schema) {
		this.schema = schema;
	}

	/** The mapping that the names propose, nothing chosen yet. */
	public static ImportMapping proposed(TableSchema schema) {
		return new ImportMapping(schema);
	}

	/**
	 * The mapping kept in {@code file}.
	 *
	 * @throws IOException if it cannot be read, or names a list or column the model does not
	 *             have (the message names the file, the line's key and what it may be)
	 */
	public static ImportMapping read(TableSchema schema, Path file) throws IOException {
		Properties lines = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IllegalArgumentException malformed) {
			throw new IOException(NLS.bind(Messages.ImportMapping_malformed, file, malformed.getMessage()), malformed);
		}
		ImportMapping mapping = new ImportMapping(schema);
		Map<String, String> sorted = new TreeMap<>();
		lines.forEach((key, value) -> sorted.put(key.toString(), value.toString().strip()));
		// Lists first, so that a header's column is looked up in its source's list.
		sorted.forEach((key, value) -> {
			if (key.indexOf(HEADER_SEPARATOR) < 0) {
				mapping.tables.put(key, value);
			}
		});
		for (Map.Entry<String, String> line : sorted.entrySet()) {
			String key = line.getKey();
			int separator = key.indexOf(HEADER_SEPARATOR);
			if (separator < 0) {
				if (!line.getValue().isEmpty() && schema.table(line.getValue()).isEmpty()) {
					throw new IOException(NLS.bind(Messages.ImportMapping_noSuchList,
							new Object[] { file, key, line.getValue(), listNames(schema) }));
				}
				continue;
			}
			String source = key.substring(0, separator);
			String header = key.substring(separator + 1);
			mapping.columns.computeIfAbsent(source, any -> new LinkedHashMap<>()).put(header, line.getValue());
			Optional<TableKind> table = mapping.explicitOrProposedTable(source);
			if (!line.getValue().isEmpty() && table.isPresent() && mapping.columnNamed(table.get(), line.getValue()).isEmpty()) {
				throw new IOException(NLS.bind(Messages.ImportMapping_noSuchColumn, new Object[] { file, key,
						line.getValue(), table.get().name(), headers(table.get()) }));
			}
		}
		return mapping;
	}

	/** Writes the mapping of {@code sources} (chosen and proposed) to {@code file}, sorted, as people edit it. */
	public void write(List<SourceTable> sources, Path file) throws IOException {
		Properties lines = new SortedProperties();
		for (SourceTable source : sources) {
			Optional<TableKind> table = table(source);
			lines.put(source.name(), table.map(TableKind::name).orElse("")); //$NON-NLS-1$
			if (table.isPresent()) {
				for (String header : source.headers()) {
					if (!header.isBlank()) {
						lines.put(source.name() + HEADER_SEPARATOR + header.strip(),
								column(source, table.get(), header).map(Column::header).orElse("")); //$NON-NLS-1$
					}
				}
			}
		}
		SafeFiles.write(file, out -> lines.store(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				Messages.ImportMapping_fileComment));
	}

	/** The list that {@code source} fills: as chosen, else the list of its name (none for a hidden sheet). */
	public Optional<TableKind> table(SourceTable source) {
		String chosen = tables.get(source.name());
		if (chosen != null) {
			return chosen.isEmpty() ? Optional.empty() : schema.table(chosen);
		}
		return source.hidden() ? Optional.empty() : schema.table(source.name());
	}

	/** The column of {@code table} that {@code header} of {@code source} sets, if any. */
	public Optional<Column> column(SourceTable source, TableKind table, String header) {
		Map<String, String> chosen = columns.getOrDefault(source.name(), Map.of());
		String choice = chosen.get(header.strip());
		if (choice != null) {
			return choice.isEmpty() ? Optional.empty() : columnNamed(table, choice);
		}
		String wanted = TableSchema.normalized(header);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		return table.columns().stream()
				.filter(column -> TableSchema.normalized(column.header()).equals(wanted) || column.feature() != null
						&& TableSchema.normalized(column.feature().getName()).equals(wanted))
				.findFirst();
	}

	/** Chooses the list {@code source} fills; {@code null} leaves it out. */
	public void setTable(SourceTable source, TableKind table) {
		tables.put(source.name(), table == null ? "" : table.name()); //$NON-NLS-1$
	}

	/** Chooses the column {@code header} of {@code source} sets; {@code null} leaves it out. */
	public void setColumn(SourceTable source, String header, Column column) {
		columns.computeIfAbsent(source.name(), any -> new LinkedHashMap<>()).put(header.strip(),
				column == null ? "" : column.header()); //$NON-NLS-1$
	}

	public TableSchema schema() {
		return schema;
	}

	private Optional<TableKind> explicitOrProposedTable(String source) {
		String chosen = tables.get(source);
		return chosen == null ? schema.table(source) : chosen.isEmpty() ? Optional.empty() : schema.table(chosen);
	}

	private static Optional<Column> columnNamed(TableKind table, String header) {
		String wanted = TableSchema.normalized(header);
		return table.columns().stream().filter(column -> TableSchema.normalized(column.header()).equals(wanted))
				.findFirst();
	}

	private static String listNames(TableSchema schema) {
		return String.join(", ", schema.tables().stream().map(TableKind::name).toList()); //$NON-NLS-1$
	}

	private static String headers(TableKind table) {
		return String.join(", ", table.columns().stream().map(Column::header).toList()); //$NON-NLS-1$
	}

	/** Properties written in the order of their keys, so that a source's headers follow it. */
	private static final class SortedProperties extends Properties {
		private static final long serialVersionUID = 1L;

		@Override
		public Set<Map.Entry<Object, Object>> entrySet() {
			Map<Object, Object> sorted = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
			for (Map.Entry<Object, Object> entry : super.entrySet()) {
				sorted.put(entry.getKey(), entry.getValue());
			}
			return Collections.unmodifiableSet(sorted.entrySet());
		}
	}
}
