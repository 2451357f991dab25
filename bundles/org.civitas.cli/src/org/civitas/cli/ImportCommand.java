package org.civitas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.civitas.emf.document.ModelDocument;
import org.civitas.emf.document.ModelDocuments;
import org.civitas.interchange.CellProblem;
import org.civitas.interchange.ImportMapping;
import org.civitas.interchange.ImportOptions;
import org.civitas.interchange.ImportPlan;
import org.civitas.interchange.SourceTable;
import org.civitas.interchange.TableFormats;
import org.civitas.interchange.TableImport;
import org.civitas.interchange.TableKind;
import org.civitas.interchange.TableSchema;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.RuleExtensions;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.civitas.validation.ValidationResult;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civitas import FILE... --into MODEL [--mapping M] [--dry-run] [--clear-empty]
 * [--delete-missing LIST,...] [--format text|json]}: reads workbooks, CSV files (or folders of
 * them) and files of any contributed table format into a model, creating it when absent. All of
 * it, or nothing when any cell has a problem; {@code --dry-run} only says what would change.
 */
@Command(name = "import")
final class ImportCommand extends CivitasCommand {

	@Parameters(paramLabel = "FILE", descriptionKey = "operands", arity = "1..*", completionCandidates = InstalledFormats.class)
	private List<String> files;

	@Option(names = "--into", paramLabel = "MODEL", required = true)
	private String into;

	@Option(names = "--mapping", paramLabel = "M")
	private String mappingFile;

	@Option(names = "--dry-run")
	private boolean dryRun;

	@Option(names = "--clear-empty")
	private boolean clearEmpty;

	@Option(names = "--delete-missing", paramLabel = "LIST", split = ",")
	private List<String> deleteMissing = List.of();

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
	private String format;

	@Override
	void run() throws CommandException {
		if (!format.equals("text") && !format.equals("json")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw CommandException.usage(NLS.bind(Messages.ImportCommand_badFormat, format));
		}
		List<SourceTable> tables = new ArrayList<>();
		for (String operand : files) {
			tables.addAll(read(operand));
		}
		Path model = Path.of(into);
		boolean exists = Files.exists(model);
		// An existing model is changed as its editor changes it: one command on its document, saved with it.
		ModelDocument document = exists ? PortfolioFiles.openDocument(into, this) : null;
		try {
			importInto(document == null ? newPortfolio(model) : (Portfolio) document.getRoot(), document, tables, exists);
		} finally {
			if (document != null) {
				ModelDocuments.release(document, this);
			}
		}
	}

	private void importInto(Portfolio portfolio, ModelDocument document, List<SourceTable> tables, boolean exists)
			throws CommandException {
		TableSchema schema = TableSchema.of(portfolio.eClass(),
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
		ImportMapping mapping = mapping(schema, tables);
		ImportOptions options = new ImportOptions(clearEmpty, listsToDelete(schema, mapping, tables));
		ImportPlan plan = TableImport.of(schema).plan(portfolio, tables, mapping, options);

		String validation = null;
		if (plan.isApplicable() && !dryRun) {
			if (document == null) {
				plan.apply();
				PortfolioFiles.save(portfolio, into);
			} else {
				document.getCommandStack().execute(new ChangeCommand(document.getResource()) {
					@Override
					protected void doExecute() {
						plan.apply();
					}
				});
				PortfolioFiles.save(document, into);
			}
			validation = validationSummary(portfolio);
		}
		if (format.equals("json")) { //$NON-NLS-1$
			out.println(ImportReport.json(plan, into, dryRun, !exists, validation));
		} else {
			out.print(ImportReport.text(plan, into, dryRun, !exists, validation));
		}
		if (!plan.isApplicable()) {
			throw CommandException.failure(NLS.bind(Messages.ImportCommand_nothingImported, plan.problems().size(), into));
		}
	}

	/** The tables of a file or folder, read by the format its extension names. */
	private List<SourceTable> read(String operand) throws CommandException {
		Path path = Path.of(operand);
		if (!Files.isDirectory(path)) {
			InputFiles.requireReadable(operand);
		}
		List<SourceTable> tables = new ArrayList<>();
		try {
			List<Path> found = TableFormats.filesOf(path);
			if (found.isEmpty()) {
				throw CommandException.failure(NLS.bind(Messages.ImportCommand_emptyFolder, operand, extensions()));
			}
			for (Path file : found) {
				TableFormats.Descriptor reader = TableFormats.reading(file).orElseThrow(
						() -> CommandException.usage(NLS.bind(Messages.ImportCommand_unknownFormat, file, extensions())));
				tables.addAll(reader.format().read(file));
			}
		} catch (IOException unreadable) {
			throw CommandException.failure(unreadable.getMessage());
		} catch (CoreException broken) {
			throw CommandException.failure(broken.getStatus().getMessage());
		}
		return tables;
	}

	private static String extensions() {
		return String.join(", ", new InstalledFormats()); //$NON-NLS-1$
	}

	/** The formats installed, as the help and the errors name them: ".xlsx (Excel workbook)". */
	static final class InstalledFormats implements Iterable<String> {
		@Override
		public Iterator<String> iterator() {
			return TableFormats.all().stream().map(format -> '.' + format.extension() + " (" + format.name() + ')') //$NON-NLS-1$
					.iterator();
		}
	}

	private static Portfolio newPortfolio(Path model) {
		Portfolio portfolio = PortfolioFactory.eINSTANCE.createPortfolio();
		portfolio.setName(model.getFileName().toString().replaceFirst("\\.[^.]*$", "")); //$NON-NLS-1$ //$NON-NLS-2$
		return portfolio;
	}

	/**
	 * The mapping kept in {@code --mapping}, or the one the names propose; a mapping file that
	 * does not exist yet is written with the proposal, for a person to edit and import again.
	 */
	private ImportMapping mapping(TableSchema schema, List<SourceTable> tables) throws CommandException {
		if (mappingFile == null) {
			return ImportMapping.proposed(schema);
		}
		Path file = Path.of(mappingFile);
		try {
			if (Files.exists(file)) {
				return ImportMapping.read(schema, file);
			}
			ImportMapping proposed = ImportMapping.proposed(schema);
			proposed.write(tables, file);
			err.println(NLS.bind(Messages.ImportCommand_mappingWritten, file));
			return proposed;
		} catch (IOException unreadable) {
			throw CommandException.failure(unreadable.getMessage());
		}
	}

	/** The lists {@code --delete-missing} names, by their name or by the name of a sheet that fills them. */
	private Set<String> listsToDelete(TableSchema schema, ImportMapping mapping, List<SourceTable> tables)
			throws CommandException {
		Set<String> lists = new LinkedHashSet<>();
		for (String named : deleteMissing) {
			String list = tables.stream().filter(table -> TableSchema.normalized(table.name()).equals(TableSchema.normalized(named)))
					.map(mapping::table).flatMap(Optional::stream).map(TableKind::name).findFirst()
					.or(() -> schema.table(named).map(TableKind::name)).orElse(null);
			if (list == null) {
				throw CommandException.usage(NLS.bind(Messages.ImportCommand_noSuchList, named,
						String.join(", ", schema.tables().stream().skip(1).map(TableKind::name).toList()))); //$NON-NLS-1$
			}
			lists.add(list);
		}
		return lists;
	}

	/** Errors and warnings of the rules on the imported model, as a line. */
	private static String validationSummary(Portfolio portfolio) {
		ModelValidator validator = new ModelValidator(RuleExtensions.registry(Platform.getExtensionRegistry()),
				ValidationProfile.defaults());
		ValidationResult result = validator.validate(List.of(portfolio), ValidationMode.BATCH);
		long errors = result.findings().stream().filter(finding -> finding.severity() == Severity.ERROR).count();
		long warnings = result.findings().stream().filter(finding -> finding.severity() == Severity.WARNING).count();
		return NLS.bind(Messages.ImportCommand_validation, errors, warnings);
	}

	/** The report of an import, for people or for scripts. */
	static final class ImportReport {

		private ImportReport() {
		}

		static String text(ImportPlan plan, String model, boolean dryRun, boolean created, String validation) {
			StringBuilder text = new StringBuilder();
			line(text, NLS.bind(dryRun ? Messages.ImportCommand_dryRunTitle : Messages.ImportCommand_title, model,
					created ? Messages.ImportCommand_newModel : "")); //$NON-NLS-1$
			for (ImportPlan.SourceOutcome source : plan.sources()) {
				line(text, NLS.bind(Messages.ImportCommand_source, new Object[] { source.source().source(), source.table().name(),
						source.created().size(), source.updated().size(), source.unchanged(), source.refused() }));
				for (ImportPlan.RowChange row : source.updated()) {
					StringJoiner changes = new StringJoiner("; "); //$NON-NLS-1$
					row.changes().forEach(change -> changes.add(NLS.bind(Messages.ImportCommand_change,
							new Object[] { change.header(), shown(change.oldValue()), shown(change.newValue()) })));
					line(text, NLS.bind(Messages.ImportCommand_updatedRow, new Object[] { row.row(), row.element(), changes }));
				}
			}
			for (Map.Entry<TableKind, List<String>> deleted : plan.deletions().entrySet()) {
				line(text, NLS.bind(Messages.ImportCommand_deleted, new Object[] { deleted.getKey().name(), deleted.getValue().size(),
						String.join(", ", deleted.getValue()) })); //$NON-NLS-1$
			}
			plan.notes().forEach(note -> line(text, NLS.bind(Messages.ImportCommand_note, note)));
			if (!plan.problems().isEmpty()) {
				line(text, NLS.bind(Messages.ImportCommand_problems, plan.problems().size()));
				plan.problems().forEach(problem -> line(text, "  " + problem)); //$NON-NLS-1$
			}
			line(text, NLS.bind(Messages.ImportCommand_totals, new Object[] { plan.created(), plan.updated(), plan.unchanged(),
					plan.refused(), plan.deletedCount() }));
			if (validation != null) {
				line(text, validation);
			}
			return text.toString();
		}

		private static String shown(String value) {
			return value.isEmpty() ? Messages.ImportCommand_empty : value;
		}

		private static void line(StringBuilder text, String line) {
			text.append(line).append(System.lineSeparator());
		}

		static String json(ImportPlan plan, String model, boolean dryRun, boolean created, String validation) {
			StringJoiner sources = new StringJoiner(",", "[", "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (ImportPlan.SourceOutcome source : plan.sources()) {
				StringJoiner updates = new StringJoiner(",", "[", "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				for (ImportPlan.RowChange row : source.updated()) {
					StringJoiner changes = new StringJoiner(",", "[", "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					row.changes().forEach(change -> changes.add("{\"column\":" + Json.string(change.header()) + ",\"old\":" //$NON-NLS-1$ //$NON-NLS-2$
							+ Json.string(change.oldValue()) + ",\"new\":" + Json.string(change.newValue()) + '}')); //$NON-NLS-1$
					updates.add("{\"row\":" + row.row() + ",\"element\":" + Json.string(row.element()) + ",\"changes\":" + changes //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							+ '}');
				}
				sources.add("{\"source\":" + Json.string(source.source().source()) + ",\"list\":" //$NON-NLS-1$ //$NON-NLS-2$
						+ Json.string(source.table().name()) + ",\"created\":" + source.created().size() + ",\"updated\":" //$NON-NLS-1$ //$NON-NLS-2$
						+ updates + ",\"unchanged\":" + source.unchanged() + ",\"refused\":" + source.refused() + '}'); //$NON-NLS-1$ //$NON-NLS-2$
			}
			StringJoiner deletions = new StringJoiner(",", "{", "}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			plan.deletions().forEach((table, deleted) -> deletions.add(Json.string(table.name()) + ':'
					+ strings(deleted)));
			StringJoiner problems = new StringJoiner(",", "[", "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (CellProblem problem : plan.problems()) {
				problems.add("{\"source\":" + Json.string(problem.source()) + ",\"row\":" + problem.row() + ",\"column\":" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ Json.string(problem.header()) + ",\"cell\":" + Json.string(problem.cell()) + ",\"message\":" //$NON-NLS-1$ //$NON-NLS-2$
						+ Json.string(problem.message()) + '}');
			}
			return "{\"model\":" + Json.string(model) + ",\"newModel\":" + created + ",\"dryRun\":" + dryRun //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ ",\"applied\":" + (plan.isApplicable() && !dryRun) + ",\"sources\":" + sources + ",\"deleted\":" + deletions //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ ",\"notes\":" + strings(plan.notes()) + ",\"problems\":" + problems + ",\"validation\":" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ Json.string(validation) + '}';
		}

		private static String strings(List<String> values) {
			StringJoiner array = new StringJoiner(",", "[", "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			values.forEach(value -> array.add(Json.string(value)));
			return array.toString();
		}
	}
}
