package org.civitas.interchange.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.civitas.interchange.ImportMapping;
import org.civitas.interchange.ImportOptions;
import org.civitas.interchange.ImportPlan;
import org.civitas.interchange.SourceTable;
import org.civitas.interchange.TableFormats;
import org.civitas.interchange.TableImport;
import org.civitas.interchange.TableSchema;
import org.civitas.ui.emf.files.ModelRoots;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;

/**
 * One import as the wizard builds it: the model, the files read, the mapping a person reviews,
 * the options, and the plan worked out from them.
 */
final class ImportSession {

	IFile model;
	final List<Path> files = new ArrayList<>();
	Path mappingFile;
	boolean clearEmpty;
	final Set<String> deleteMissing = new LinkedHashSet<>();

	TableSchema schema;
	List<SourceTable> tables = List.of();
	ImportMapping mapping;
	ImportPlan plan;
	/** What the tables and mapping were read from: model, files and mapping file. */
	private List<Object> readFrom = List.of();

	/**
	 * Reads the files and the model's form, and starts the mapping from the mapping file or from
	 * what the names propose; does nothing when the model and files are those read last, so that
	 * the mapping a person edited stays.
	 *
	 * @throws IOException naming the file that cannot be read
	 */
	void read() throws IOException {
		List<Object> inputs = new ArrayList<>(files);
		inputs.add(model);
		inputs.add(String.valueOf(mappingFile));
		if (inputs.equals(readFrom)) {
			return;
		}
		EObject root = ModelRoots.forReading(model);
		TableSchema readSchema = schema != null && schema.root() == root.eClass() ? schema
				: TableSchema.of(root.eClass(), new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
		List<SourceTable> read = new ArrayList<>();
		for (Path path : files) {
			for (Path file : TableFormats.filesOf(path)) {
				TableFormats.Descriptor format = TableFormats.reading(file)
						.orElseThrow(() -> new IOException(NLS.bind(Messages.ImportSession_unknownFormat, file)));
				try {
					read.addAll(format.format().read(file));
				} catch (CoreException broken) {
					throw new IOException(broken.getStatus().getMessage(), broken);
				}
			}
		}
		schema = readSchema;
		tables = read;
		mapping = mappingFile == null ? ImportMapping.proposed(schema) : ImportMapping.read(schema, mappingFile);
		readFrom = inputs;
	}

	/**
	 * A source as the wizard shows it: without the folder of the file chosen
	 * ({@code catalogue.xlsx, sheet "Services"}); messages elsewhere keep the whole path.
	 */
	String shortName(String source) {
		for (Path file : files) {
			Path folder = file.toAbsolutePath().getParent();
			String prefix = folder == null ? null : folder + File.separator;
			if (prefix != null && source.startsWith(prefix)) {
				return source.substring(prefix.length());
			}
		}
		return source;
	}

	/** Works the import out against the model as it is now (in its editor if it is open). */
	ImportPlan plan() throws IOException {
		return planAgainst(ModelRoots.forReading(model));
	}

	ImportPlan planAgainst(EObject root) {
		plan = TableImport.of(schema).plan(root, tables, mapping, new ImportOptions(clearEmpty, deleteMissing));
		return plan;
	}
}
