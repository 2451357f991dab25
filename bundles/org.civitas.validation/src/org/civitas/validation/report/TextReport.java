package org.civitas.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.civitas.validation.Rule;
import org.civitas.validation.Severity;

/**
 * The report as plain text for a terminal or a CI log: the facts of the run, then the findings
 * grouped by severity and, within a severity, by rule, then a summary line with the counts and
 * the verdict. Columns are aligned with spaces; control characters in messages are replaced,
 * so that no message can move the cursor or colour a log, and a line break in a message
 * continues at the message's indentation.
 */
final class TextReport implements ReportWriter {

	private static final String FACT_INDENT = "  "; //$NON-NLS-1$
	private static final String RULE_INDENT = "  "; //$NON-NLS-1$
	private static final String LOCATION_INDENT = "      "; //$NON-NLS-1$
	private static final String MESSAGE_INDENT = "          "; //$NON-NLS-1$
	private static final String GAP = "  "; //$NON-NLS-1$

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		line(out, Messages.format(Messages.TextReport_heading, report.title()));
		out.write('\n');
		facts(report, out);
		if (report.findings().isEmpty()) {
			out.write('\n');
			line(out, Messages.Report_clean);
		} else {
			findings(report, out);
		}
		out.write('\n');
		line(out, Messages.format(Messages.TextReport_summary, ReportWording.counts(report), ReportWording.verdict(report)));
		out.flush();
	}

	private static void facts(ValidationReport report, Writer out) throws IOException {
		List<String[]> facts = List.of(
				new String[] { Messages.Report_date, ReportWording.date(report.created()) },
				new String[] { Messages.Report_files, report.files().isEmpty() ? Messages.Report_noFiles
						: String.join(", ", report.files()) }, //$NON-NLS-1$
				new String[] { Messages.Report_profile, report.profile() },
				new String[] { Messages.Report_checked, ReportWording.checked(report) });
		int width = facts.stream().mapToInt(fact -> fact[0].length()).max().orElse(0);
		for (String[] fact : facts) {
			line(out, FACT_INDENT + pad(fact[0], width) + GAP + fact[1]);
		}
	}

	private static void findings(ValidationReport report, Writer out) throws IOException {
		int idWidth = report.findings().stream().mapToInt(finding -> finding.finding().rule().id().length()).max().orElse(0);
		boolean showFile = report.files().size() > 1;
		Severity severity = null;
		Rule rule = null;
		for (ReportedFinding finding : report.findings()) {
			if (finding.finding().severity() != severity) {
				severity = finding.finding().severity();
				rule = null;
				String heading = Messages.format(Messages.TextReport_severityHeading, ReportWording.plural(severity),
						report.count(severity));
				out.write('\n');
				line(out, heading);
				line(out, "=".repeat(heading.length())); //$NON-NLS-1$
			}
			if (finding.finding().rule() != rule) {
				rule = finding.finding().rule();
				out.write('\n');
				line(out, RULE_INDENT + pad(rule.id(), idWidth) + GAP + rule.title() + GAP + '[' + rule.category() + ']');
			}
			ElementLocation location = finding.location();
			line(out, LOCATION_INDENT + (showFile && location.file() != null ? location.file() + ": " : "") //$NON-NLS-1$ //$NON-NLS-2$
					+ location.path());
			line(out, MESSAGE_INDENT + finding.finding().message());
		}
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - text.length())); //$NON-NLS-1$
	}

	/**
	 * Writes {@code text} as one line, or as several when it holds line breaks, each further line
	 * at the indentation {@code text} starts with.
	 */
	private static void line(Writer out, String text) throws IOException {
		int indentation = 0;
		while (indentation < text.length() && text.charAt(indentation) == ' ') {
			indentation++;
		}
		String continuation = '\n' + " ".repeat(indentation); //$NON-NLS-1$
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				continue;
			}
			if (c == '\n' || c == '\r') {
				out.write(continuation);
			} else if (c == '\t') {
				out.write(' ');
			} else if (Characters.isPrintable(text, i)) {
				out.write(c);
			} else {
				out.write(Characters.REPLACEMENT);
			}
		}
		out.write('\n');
	}
}
