package org.civitas.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

/** The table formats contributed to {@value #EXTENSION_POINT}, as import and export offer them. */
public final class TableFormats {

	/** The extension point through which formats are contributed. */
	public static final String EXTENSION_POINT = "org.civitas.interchange.formats"; //$NON-NLS-1$

	/**
	 * A contributed format, described without creating it.
	 *
	 * @param id its id, which the command line's {@code --format} takes too
	 * @param name what people call it ("Excel workbook")
	 * @param extension the file name extension of its files, without the dot ("xlsx")
	 * @param writes whether it writes tables, or only reads them
	 * @param folder whether a model's tables are a folder of such files (one per table) rather than one file
	 */
	public record Descriptor(String id, String name, String extension, boolean writes, boolean folder,
			IConfigurationElement element) {

		/** The format itself, created the first time it is needed. */
		public TableFormat format() throws CoreException {
			return (TableFormat) element.createExecutableExtension("class"); //$NON-NLS-1$
		}

		/** Whether {@code file} is one of its files, by its extension. */
		public boolean reads(Path file) {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			return name.endsWith('.' + extension);
		}

		/** Where a model's tables named {@code stem} go in {@code folder}: a file with the extension, or a folder. */
		public Path target(Path folder, String stem) {
			return folder.resolve(this.folder ? stem : stem + '.' + extension);
		}
	}

	private static List<Descriptor> known;

	private TableFormats() {
	}

	/** Every contributed format, in the order of the registry. */
	public static synchronized List<Descriptor> all() {
		if (known == null) {
			known = read(RegistryFactory.getRegistry());
		}
		return known;
	}

	/** The format of that id or file extension, ignoring case ("xlsx", "csv"). */
	public static Optional<Descriptor> named(String idOrExtension) {
		String wanted = idOrExtension.toLowerCase(Locale.ROOT);
		return all().stream().filter(format -> format.id().equalsIgnoreCase(wanted) || format.extension().equals(wanted))
				.findFirst();
	}

	/** The format that reads {@code file}, by its extension. */
	public static Optional<Descriptor> reading(Path file) {
		return all().stream().filter(format -> format.reads(file)).findFirst();
	}

	/**
	 * The files an import reads for {@code path}: the file itself, or, for a folder (a model's
	 * tables as CSV files), the files in it that a format reads, by name.
	 */
	public static List<Path> filesOf(Path path) throws IOException {
		if (!Files.isDirectory(path)) {
			return List.of(path);
		}
		try (var files = Files.list(path)) {
			return files.filter(file -> Files.isRegularFile(file) && reading(file).isPresent()).sorted().toList();
		}
	}

	/** The formats of the registry (none outside OSGi); one without an id, a name or an extension is logged and left out. */
	static List<Descriptor> read(IExtensionRegistry registry) {
		List<Descriptor> read = new ArrayList<>();
		if (registry == null) {
			return read;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id"); //$NON-NLS-1$
			String name = element.getAttribute("name"); //$NON-NLS-1$
			String extension = element.getAttribute("extension"); //$NON-NLS-1$
			if (id == null || name == null || extension == null) {
				ILog.of(TableFormats.class).error(NLS.bind(Messages.TableFormats_incomplete, element.getContributor().getName()));
				continue;
			}
			read.add(new Descriptor(id, name, extension.toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""), //$NON-NLS-1$ //$NON-NLS-2$
					Boolean.parseBoolean(element.getAttribute("writes")), Boolean.parseBoolean(element.getAttribute("folder")), //$NON-NLS-1$ //$NON-NLS-2$
					element));
		}
		return List.copyOf(read);
	}
}
