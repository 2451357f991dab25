package org.civitas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

import org.civitas.emf.compare.Conflict;
import org.civitas.emf.compare.ConflictFile;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civitas conflicts FILE [--format text|json]}: the conflicts a merge left open in a
 * model, from its companion file, each with base, ours and theirs in the editor's words.
 */
@Command(name = "conflicts")
final class ConflictsCommand extends CivitasCommand {

	@Parameters(paramLabel = "FILE", descriptionKey = "operands")
	private String file;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
	private String format;

	@Override
	void run() throws CommandException {
		if (!format.equals("text") && !format.equals("json")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw CommandException.usage(NLS.bind(Messages.DiffCommand_badFormat, format));
		}
		Path model = Path.of(file);
		List<Conflict> conflicts = read(model);
		if (format.equals("json")) { //$NON-NLS-1$
			out.println(json(conflicts));
		} else if (conflicts.isEmpty()) {
			out.println(NLS.bind(Messages.ConflictsCommand_none, file));
		} else {
			out.println(NLS.bind(Messages.ConflictsCommand_open, file, conflicts.size()));
			int number = 1;
			for (Conflict conflict : conflicts) {
				out.println(line(number++, conflict));
			}
			out.println(NLS.bind(Messages.MergeCommand_settle, file));
		}
		if (!conflicts.isEmpty()) {
			out.flush();
			throw CommandException.reported(CommandException.CONFLICTS);
		}
	}

	/** The open conflicts of the model; none without a companion file. */
	static List<Conflict> read(Path model) throws CommandException {
		try {
			return ConflictFile.read(model);
		} catch (IOException unreadable) {
			throw CommandException.failure(unreadable.getMessage());
		}
	}

	static void writeCompanion(Path model, List<Conflict> conflicts) throws CommandException {
		try {
			ConflictFile.write(model, conflicts);
		} catch (IOException unwritable) {
			throw CommandException.failure(NLS.bind(Messages.PortfolioFiles_notSaved, ConflictFile.of(model), unwritable.getMessage()));
		}
	}

	/** One conflict on one line: its number, the element's key, and what each side has. */
	static String line(int number, Conflict conflict) {
		String what = switch (conflict.kind()) {
			case VALUE -> NLS.bind(Messages.ConflictsCommand_value, new Object[] { conflict.featureText(), conflict.base(),
					conflict.ours(), conflict.theirs() });
			case ORDER -> NLS.bind(Messages.ConflictsCommand_order, new Object[] { conflict.featureText(), conflict.ours(),
					conflict.theirs() });
			case MOVE -> NLS.bind(Messages.ConflictsCommand_move, new Object[] { conflict.base(), conflict.ours(), conflict.theirs() });
			case DELETED_BY_THEIRS -> NLS.bind(Messages.ConflictsCommand_deletedByTheirs, conflict.ours());
			case DELETED_BY_OURS -> NLS.bind(Messages.ConflictsCommand_deletedByOurs, conflict.theirs());
		};
		return NLS.bind(Messages.ConflictsCommand_line, new Object[] { number, conflict.element(), conflict.elementText(), what });
	}

	private static String json(List<Conflict> conflicts) {
		StringJoiner array = new StringJoiner(",", "[", "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Conflict conflict : conflicts) {
			array.add("{\"kind\":" + Json.string(conflict.kind().name()) + ",\"element\":" + Json.string(conflict.element()) //$NON-NLS-1$ //$NON-NLS-2$
					+ ",\"feature\":" + Json.string(conflict.feature()) + ",\"elementText\":" + Json.string(conflict.elementText()) //$NON-NLS-1$ //$NON-NLS-2$
					+ ",\"featureText\":" + Json.string(conflict.featureText()) + ",\"base\":" + Json.string(conflict.base()) //$NON-NLS-1$ //$NON-NLS-2$
					+ ",\"ours\":" + Json.string(conflict.ours()) + ",\"theirs\":" + Json.string(conflict.theirs()) + '}'); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return "{\"conflicts\":" + array + '}'; //$NON-NLS-1$
	}
}
