package org.civitas.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.RiskLevel;
import org.civitas.portfolio.model.SharedService;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code civitas info FILE}: what a portfolio holds, section by section. */
@Command(name = "info")
final class InfoCommand extends CivitasCommand {

	@Parameters(paramLabel = "FILE", descriptionKey = "operands")
	private String file;

	@Override
	void run() throws CommandException {
		Portfolio portfolio = PortfolioFiles.load(file);

		out.println(NLS.bind(Messages.InfoCommand_title, portfolio.getName(), file));
		out.println(NLS.bind(Messages.InfoCommand_settings, new Object[] { text(portfolio.getJurisdiction()),
				portfolio.getCurrency(), percent(portfolio.getDiscountRate()), portfolio.getRiskAppetite() }));
		for (EReference section : portfolio.eClass().getEAllContainments()) {
			int count = section.isMany() ? ((List<?>) portfolio.eGet(section)).size()
					: portfolio.eGet(section) != null ? 1 : 0;
			out.println(String.format("  %-22s %6d", section.getName(), count)); //$NON-NLS-1$
		}
		out.println(NLS.bind(Messages.InfoCommand_servicesByLifecycle, servicesByLifecycle(portfolio)));
		out.println(NLS.bind(Messages.InfoCommand_risksByLevel, risksByLevel(portfolio)));
		out.println(NLS.bind(Messages.InfoCommand_elements, PortfolioFiles.countElements(portfolio)));
	}

	private static String servicesByLifecycle(Portfolio portfolio) {
		Map<LifecycleStage, Long> counts = new EnumMap<>(LifecycleStage.class);
		for (SharedService service : portfolio.getServices()) {
			counts.merge(service.getLifecycle(), 1L, Long::sum);
		}
		return join(counts);
	}

	private static String risksByLevel(Portfolio portfolio) {
		Map<RiskLevel, Long> counts = new EnumMap<>(RiskLevel.class);
		for (Risk risk : portfolio.getRisks()) {
			counts.merge(risk.getLevel(), 1L, Long::sum);
		}
		return join(counts);
	}

	private static String join(Map<? extends Enum<?>, Long> counts) {
		if (counts.isEmpty()) {
			return "-"; //$NON-NLS-1$
		}
		return counts.entrySet().stream().map(entry -> entry.getKey().name().toLowerCase() + " " + entry.getValue()) //$NON-NLS-1$
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? "-" : value; //$NON-NLS-1$
	}

	static String percent(double fraction) {
		return String.format("%.2f%%", fraction * 100); //$NON-NLS-1$
	}
}
