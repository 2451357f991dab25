package org.civitas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.civitas.diagram.core.Drawing;
import org.civitas.diagram.core.Drawings;
import org.civitas.diagram.core.files.RepresentationFiles;
import org.civitas.diagram.core.files.RepresentationResourceFactory;
import org.civitas.diagram.core.files.RepresentationSummary;
import org.civitas.diagram.core.render.PngWriter;
import org.civitas.diagram.core.render.SvgWriter;
import org.civitas.diagram.core.representation.DEdge;
import org.civitas.diagram.core.representation.DElement;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.scene.ElementProblems;
import org.civitas.diagram.core.scene.Figure;
import org.civitas.diagram.core.scene.Scene;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.sync.DiagramProblem;
import org.civitas.diagram.core.sync.DroppedElement;
import org.civitas.emf.xmi.ElementPositions;
import org.civitas.files.FileKind;
import org.civitas.files.SafeFiles;
import org.civitas.interchange.TableExport;
import org.civitas.interchange.TableFormats;
import org.civitas.interchange.TableRows;
import org.civitas.interchange.TableSchema;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civitas export FILE... [--format svg|png|xlsx|csv] [--output DIR] [--scale S] [--arrange] [--template]}:
 * exports diagrams as images without a display, or a model's lists in a table format (an Excel
 * workbook, CSV files, or any format contributed that writes), or a template: the tables
 * without rows. A {@code .diagram} file exports that diagram; a
 * model exports all its diagrams, or, when it has none yet, one of each kind that applies to it.
 * Diagrams are brought up to date with their model first, in memory: export never changes a
 * file.
 */
@Command(name = "export")
final class ExportCommand extends CivitasCommand {

	private static final String DIAGRAM_SUFFIX = '.' + RepresentationResourceFactory.FILE_EXTENSION;

	@Parameters(paramLabel = "FILE", descriptionKey = "operands", arity = "1..*")
	private List<String> files;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "svg")
	private String format;

	@Option(names = "--output", paramLabel = "DIR", defaultValue = ".")
	private String output;

	@Option(names = "--scale", paramLabel = "S", defaultValue = "1")
	private int scale;

	@Option(names = "--arrange")
	private boolean arrange;

	@Option(names = "--template")
	private boolean template;

	@Override
	void run() throws CommandException {
		boolean images = format.equals("svg") || format.equals("png"); //$NON-NLS-1$ //$NON-NLS-2$
		TableFormats.Descriptor tables = images ? null
				: TableFormats.named(format).filter(TableFormats.Descriptor::writes).orElseThrow(() -> CommandException
						.usage(NLS.bind(Messages.ExportCommand_badFormat, format, String.join(", ", TableFormats.all().stream() //$NON-NLS-1$
								.filter(TableFormats.Descriptor::writes).map(TableFormats.Descriptor::id).toList()))));
		if (template && images) {
			throw CommandException.usage(Messages.ExportCommand_templateOfImages);
		}
		requireAtLeast("--scale", scale, 1); //$NON-NLS-1$
		Path folder = Path.of(output);
		FileKind kind = FileKind.of(folder);
		if (kind != FileKind.FOLDER && kind != FileKind.MISSING) {
			throw CommandException.usage(NLS.bind(Messages.ExportCommand_outputNotAFolder, output, kind.description()));
		}
		if (tables != null) {
			exportTables(tables, folder);
			return;
		}
		Export export = new Export(new DiagramSupport(), format, scale, folder, arrange, out);
		Batch batch = batch();
		for (String operand : files) {
			batch.each(() -> {
				Path file = InputFiles.requireReadable(operand);
				if (operand.endsWith(DIAGRAM_SUFFIX)) {
					export.representation(file);
				} else {
					export.model(file);
				}
			});
		}
		batch.finish();
	}

	/**
	 * Every list of each model as tables in the output folder: an Excel workbook {@code MODEL.xlsx},
	 * a folder {@code MODEL} of CSV files, or the file of another format; with {@code --template}
	 * the tables without rows, {@code MODEL-template.xlsx}.
	 */
	private void exportTables(TableFormats.Descriptor tableFormat, Path folder) throws CommandException {
		Batch batch = batch();
		for (String operand : files) {
			batch.each(() -> {
				Path file = InputFiles.requireReadable(operand);
				if (operand.endsWith(DIAGRAM_SUFFIX)) {
					throw CommandException.failure(NLS.bind(Messages.ExportCommand_tablesOfADiagram, file, format));
				}
				EObject model = DiagramSupport.loadModel(file);
				TableSchema schema = TableSchema.of(model.eClass(),
						new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
				TableExport export = TableExport.of(schema);
				List<TableRows> rows = template ? export.template() : export.rows(model);
				String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + (template ? "-template" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				Path target = tableFormat.target(folder, stem);
				InputFiles.requireNotAnInput(target, List.of(file));
				try {
					tableFormat.format().write(schema, rows, target);
				} catch (IOException failure) {
					throw CommandException.failure(NLS.bind(Messages.OutputFiles_cannotWrite, target, failure.getMessage()));
				} catch (CoreException broken) {
					throw CommandException.failure(broken.getStatus().getMessage());
				}
				out.println(NLS.bind(Messages.ExportCommand_tablesWritten, new Object[] { target, rows.size(),
						rows.stream().mapToInt(table -> table.rows().size()).sum() }));
			});
		}
		batch.finish();
	}

	/** One run of the command: where and how to write. */
	private record Export(DiagramSupport support, String format, int scale, Path folder, boolean arrange,
			PrintStream out) {

		void representation(Path file) throws CommandException {
			Representation representation = DiagramSupport.loadRepresentation(file);
			printRepairs(file, representation);
			Path modelFile = DiagramSupport.modelOf(file, representation);
			EObject model = DiagramSupport.loadModel(modelFile);
			EObject root = DiagramSupport.rootOf(representation, model, file);
			write(support.typeOf(representation, file), representation, root, DiagramSupport.validate(model),
					stem(file), List.of(file, modelFile), RepresentationFiles.locationOf(file, representation));
		}

		void model(Path file) throws CommandException {
			EObject model = DiagramSupport.loadModel(file);
			ElementProblems problems = DiagramSupport.validate(model);
			List<RepresentationSummary> existing;
			try {
				existing = RepresentationFiles.list(file);
			} catch (IOException unreadable) {
				throw CommandException.failure(unreadable.getMessage());
			}
			List<Path> inputs = new ArrayList<>(List.of(file));
			existing.forEach(summary -> inputs.add(summary.file()));
			for (RepresentationSummary summary : existing) {
				Representation representation = DiagramSupport.loadRepresentation(summary.file());
				printRepairs(summary.file(), representation);
				EObject root = DiagramSupport.rootOf(representation, model, summary.file());
				write(support.typeOf(representation, summary.file()), representation, root, problems,
						stem(summary.file()), inputs, RepresentationFiles.locationOf(summary.file(), representation));
			}
			if (!existing.isEmpty()) {
				return;
			}
			List<DiagramType> types = support.viewpoints().applicableTo(model);
			if (types.isEmpty()) {
				throw CommandException.failure(NLS.bind(Messages.ExportCommand_noDiagramKinds, file));
			}
			for (DiagramType type : types) {
				Path unsaved = RepresentationFiles.newFile(file, type.name());
				Representation representation = RepresentationFiles.create(type, model, type.label(), file, unsaved);
				write(type, representation, model, problems, stem(unsaved), List.of(file), file.toString());
			}
		}

		/** The line of a node or edge read from a diagram file (left out, it is in no file now), or the diagram's place. */
		private static String placeOf(DElement element, Resource resource, String diagramLocation) {
			int line = resource instanceof ElementPositions positions ? positions.lineOf(element) : 0;
			return line > 0 && resource.getURI().isFile() ? resource.getURI().toFileString() + ':' + line : diagramLocation;
		}

		private static String describe(DroppedElement dropped) {
			DElement element = dropped.element();
			String kind = element instanceof DEdge ? Messages.ExportCommand_edge : Messages.ExportCommand_node;
			return dropped.unknownMapping()
					? NLS.bind(Messages.ExportCommand_unknownMapping, new Object[] { kind, DiagramSupport.abbreviated(element.getId()),
							DiagramSupport.abbreviated(element.getMapping()) })
					: NLS.bind(Messages.ExportCommand_missingElement, new Object[] { kind, DiagramSupport.abbreviated(element.getId()),
							DiagramSupport.abbreviated(element.getElement()) });
		}

		/** What loading had to repair in a diagram file (positions that are not numbers), with its line. */
		private void printRepairs(Path file, Representation representation) {
			for (Resource.Diagnostic repair : representation.eResource().getWarnings()) {
				out.println(NLS.bind(Messages.ExportCommand_problem, file + ":" + repair.getLine(), repair.getMessage())); //$NON-NLS-1$
			}
		}

		private void write(DiagramType type, Representation representation, EObject root, ElementProblems problems,
				String name, List<Path> inputs, String location) throws CommandException {
			Drawing drawing = arrange ? Drawings.arrangeAll(type, representation, root, problems)
					: Drawings.refresh(type, representation, root, problems);
			Scene scene = drawing.scene();
			Path target = folder.resolve(name + '.' + format);
			InputFiles.requireNotAnInput(target, inputs);
			try {
				SafeFiles.write(target, stream -> {
					if (format.equals("png")) { //$NON-NLS-1$
						PngWriter.write(scene, scale, stream);
					} else {
						SvgWriter.write(scene, stream);
					}
				});
			} catch (IOException failure) {
				throw CommandException.failure(NLS.bind(Messages.OutputFiles_cannotWrite, target, failure.getMessage()));
			}
			out.println(NLS.bind(Messages.ExportCommand_written, new Object[] { target, representation.getName(),
					count(scene.figures(), false), count(scene.figures(), true) }));
			for (DroppedElement dropped : drawing.sync().dropped()) {
				out.println(NLS.bind(Messages.ExportCommand_problem, placeOf(dropped.element(), representation.eResource(), location),
						describe(dropped)));
			}
			for (DiagramProblem problem : drawing.problems()) {
				out.println(NLS.bind(Messages.ExportCommand_problem, location, problem));
			}
		}
	}

	/** The file name without its {@code .diagram} extension. */
	private static String stem(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(DIAGRAM_SUFFIX) ? name.substring(0, name.length() - DIAGRAM_SUFFIX.length()) : name;
	}

	/** How many nodes (or edges) a scene shows. */
	private static int count(List<Figure> figures, boolean edges) {
		int count = 0;
		for (Figure figure : figures) {
			if (figure instanceof Figure.Group group) {
				boolean node = group.kind() == Figure.Kind.NODE || group.kind() == Figure.Kind.CONTAINER
						|| group.kind() == Figure.Kind.LIST_ITEM || group.kind() == Figure.Kind.BORDERED;
				if (edges ? group.kind() == Figure.Kind.EDGE : node) {
					count++;
				}
				count += count(group.children(), edges);
			}
		}
		return count;
	}
}
