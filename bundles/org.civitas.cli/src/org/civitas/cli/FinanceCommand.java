package org.civitas.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.civitas.portfolio.model.BusinessCase;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.derived.BusinessCaseAnalysis;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code civitas finance FILE [--json]}: NPV, IRR, paybacks and ROI of every business case (F5). */
@Command(name = "finance")
final class FinanceCommand extends CivitasCommand {

	@Parameters(paramLabel = "FILE", descriptionKey = "operands")
	private String file;

	@Option(names = "--json")
	private boolean json;

	@Override
	void run() throws CommandException {
		Portfolio portfolio = PortfolioFiles.load(file);
		if (json) {
			printJson(portfolio, out);
		} else {
			printTable(portfolio, file, out);
		}
	}

	private static void printTable(Portfolio portfolio, String file, PrintStream out) {
		out.println(NLS.bind(Messages.FinanceCommand_title, portfolio.getName(), file));
		if (portfolio.getBusinessCases().isEmpty()) {
			out.println(Messages.FinanceCommand_noCases);
			return;
		}
		for (BusinessCase businessCase : portfolio.getBusinessCases()) {
			out.println();
			out.println(businessCase.getName());
			out.println(NLS.bind(Messages.FinanceCommand_rate, InfoCommand.percent(BusinessCaseAnalysis.discountRate(businessCase))));
			out.println(NLS.bind(Messages.FinanceCommand_npv, amount(businessCase.getNpv()), portfolio.getCurrency()));
			out.println(NLS.bind(Messages.FinanceCommand_irr, businessCase.getIrr() != null
					? InfoCommand.percent(businessCase.getIrr()) : businessCase.getIrrExplanation()));
			out.println(NLS.bind(Messages.FinanceCommand_simplePayback, years(businessCase.getSimplePayback())));
			out.println(NLS.bind(Messages.FinanceCommand_discountedPayback, years(businessCase.getDiscountedPayback())));
			out.println(NLS.bind(Messages.FinanceCommand_roi, businessCase.getRoi() != null
					? InfoCommand.percent(businessCase.getRoi()) : Messages.FinanceCommand_undefined));
		}
	}

	private static void printJson(Portfolio portfolio, PrintStream out) {
		List<String> cases = new ArrayList<>();
		for (BusinessCase businessCase : portfolio.getBusinessCases()) {
			cases.add("{\"id\":" + Json.string(businessCase.getId()) //$NON-NLS-1$
					+ ",\"name\":" + Json.string(businessCase.getName()) //$NON-NLS-1$
					+ ",\"discountRate\":" + Json.number(BusinessCaseAnalysis.discountRate(businessCase)) //$NON-NLS-1$
					+ ",\"npv\":" + Json.number(businessCase.getNpv()) //$NON-NLS-1$
					+ ",\"irr\":" + Json.number(businessCase.getIrr()) //$NON-NLS-1$
					+ ",\"irrExplanation\":" + Json.string(businessCase.getIrrExplanation()) //$NON-NLS-1$
					+ ",\"simplePayback\":" + Json.number(businessCase.getSimplePayback()) //$NON-NLS-1$
					+ ",\"discountedPayback\":" + Json.number(businessCase.getDiscountedPayback()) //$NON-NLS-1$
					+ ",\"roi\":" + Json.number(businessCase.getRoi()) + "}"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.println("{\"portfolio\":" + Json.string(portfolio.getName()) + ",\"currency\":" //$NON-NLS-1$ //$NON-NLS-2$
				+ Json.string(portfolio.getCurrency()) + ",\"businessCases\":[" + String.join(",", cases) + "]}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String amount(double value) {
		return Double.isNaN(value) ? Messages.FinanceCommand_undefined : String.format("%,.2f", value); //$NON-NLS-1$
	}

	private static String years(Double value) {
		return value != null ? NLS.bind(Messages.FinanceCommand_years, String.format("%.2f", value)) //$NON-NLS-1$
				: Messages.FinanceCommand_notPaidBack;
	}
}
