package org.civitas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.civitas.emf.compare.Conflict;
import org.civitas.emf.compare.ConflictFile;
import org.civitas.team.ConflictSettlement;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civitas resolve FILE --take ours|theirs [--element ID [--feature NAME]]}: settles the
 * model's open conflicts (all, those of one element, or one feature of it) by keeping ours or
 * taking theirs. The model changes only when every chosen one can be settled; the companion
 * file goes with the last conflict.
 */
@Command(name = "resolve")
final class ResolveCommand extends CivitasCommand {

	@Parameters(paramLabel = "FILE", descriptionKey = "operands")
	private String file;

	@Option(names = "--take", paramLabel = "SIDE", required = true)
	private String side;

	@Option(names = "--element", paramLabel = "ID")
	private String element;

	@Option(names = "--feature", paramLabel = "NAME")
	private String feature;

	@Override
	void run() throws CommandException {
		if (!side.equals("ours") && !side.equals("theirs")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw CommandException.usage(NLS.bind(Messages.ResolveCommand_badSide, side));
		}
		if (feature != null && element == null) {
			throw CommandException.usage(Messages.ResolveCommand_featureWithoutElement);
		}
		Path model = Path.of(file);
		List<Conflict> open = ConflictsCommand.read(model);
		if (open.isEmpty()) {
			throw CommandException.failure(NLS.bind(Messages.ConflictsCommand_none, file));
		}
		List<Conflict> chosen = open.stream().filter(this::chosen).toList();
		if (chosen.isEmpty()) {
			throw CommandException.failure(NLS.bind(Messages.ResolveCommand_noneMatches, new Object[] { file,
					element + (feature != null ? " " + feature : ""), //$NON-NLS-1$ //$NON-NLS-2$
					String.join(", ", open.stream().map(conflict -> conflict.element() //$NON-NLS-1$
							+ (conflict.feature() != null ? " " + conflict.feature() : "")).toList()) })); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<Conflict> remaining;
		try {
			remaining = ConflictSettlement.settle(model, open, chosen, side.equals("theirs")); //$NON-NLS-1$
		} catch (ConflictSettlement.Unsettled stale) {
			throw CommandException.failure(NLS.bind(Messages.ResolveCommand_notApplicable, new Object[] { file,
					ConflictsCommand.line(open.indexOf(stale.conflict()) + 1, stale.conflict()), stale.getMessage() }));
		} catch (IOException failure) {
			throw CommandException.failure(failure.getMessage());
		}
		out.println(NLS.bind(Messages.ResolveCommand_settled, new Object[] { chosen.size(), side, file }));
		out.println(remaining.isEmpty() ? NLS.bind(Messages.ResolveCommand_allSettled, ConflictFile.of(model), file)
				: NLS.bind(Messages.ResolveCommand_remaining, remaining.size(), file));
	}

	private boolean chosen(Conflict conflict) {
		return (element == null || element.equals(conflict.element()))
				&& (feature == null || feature.equals(conflict.feature()));
	}
}
