package org.civitas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.synthetic.SyntheticPortfolio;
import org.eclipse.osgi.util.NLS;

/** {@code civitas generate --elements N --seed S OUT}: a deterministic synthetic portfolio. */
final class GenerateCommand extends Command {

	private static final String ELEMENTS = "--elements"; //$NON-NLS-1$
	private static final String SEED = "--seed"; //$NON-NLS-1$

	GenerateCommand() {
		super("generate", Messages.GenerateCommand_usage, Messages.GenerateCommand_purpose); //$NON-NLS-1$
	}

	@Override
	void run(List<String> words, PrintStream out) throws CommandException {
		Arguments arguments = new Arguments(words, Set.of(ELEMENTS, SEED), Set.of());
		String file = arguments.requireOperands(1, "OUT").get(0); //$NON-NLS-1$
		long elements = arguments.number(ELEMENTS, 10_000, 10);
		if (elements > 10_000_000) {
			throw CommandException.usage(NLS.bind(Messages.GenerateCommand_tooLarge, elements));
		}
		long seed = arguments.number(SEED, 1, Long.MIN_VALUE);
		Portfolio portfolio = SyntheticPortfolio.generate((int) elements, seed);
		Path saved = PortfolioFiles.save(portfolio, file);
		out.println(NLS.bind(Messages.GenerateCommand_done,
				new Object[] { saved, PortfolioFiles.countElements(portfolio), PortfolioFiles.size(saved) }));
	}
}
