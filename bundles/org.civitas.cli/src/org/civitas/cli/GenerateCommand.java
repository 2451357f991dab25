package org.civitas.cli;

import java.nio.file.Path;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.synthetic.SyntheticPortfolio;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code civitas generate --elements N --seed S OUT}: a deterministic synthetic portfolio. */
@Command(name = "generate")
final class GenerateCommand extends CivitasCommand {

	@Parameters(paramLabel = "OUT", descriptionKey = "operands")
	private String file;

	@Option(names = "--elements", paramLabel = "N", defaultValue = "10000")
	private int elements;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "1")
	private long seed;

	@Override
	void run() throws CommandException {
		requireAtLeast("--elements", elements, 10); //$NON-NLS-1$
		if (elements > 10_000_000) {
			throw CommandException.usage(NLS.bind(Messages.GenerateCommand_tooLarge, elements));
		}
		Portfolio portfolio = SyntheticPortfolio.generate(elements, seed);
		Path saved = PortfolioFiles.save(portfolio, file);
		out.println(NLS.bind(Messages.GenerateCommand_done,
				new Object[] { saved, PortfolioFiles.countElements(portfolio), PortfolioFiles.size(saved) }));
	}
}
