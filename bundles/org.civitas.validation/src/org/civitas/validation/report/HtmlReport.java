package org.civitas.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.civitas.validation.Rule;
import org.civitas.validation.Severity;

/**
 * The report as one self-contained HTML page for a governance board: the facts of the run, a
 * table of findings by category and severity, then the findings grouped by severity and rule,
 * each group with the rule's rationale and the strategies it serves. No scripts and no external
 * resources, so the page can be mailed, archived and printed as it is.
 *
 * <p>The page is XHTML-compatible HTML5 (every element closed, attributes quoted), so XML tools
 * can read it too.
 */
final class HtmlReport implements ReportWriter {

	private static final String STYLE = """
			body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1f2933; line-height: 1.45;
			       max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; }
			h1 { font-size: 1.7rem; margin: 0 0 0.8rem; }
			h2 { font-size: 1.25rem; border-bottom: 2px solid #cbd2d9; padding-bottom: 0.2rem; margin-top: 2.2rem; }
			h3 { font-size: 1.05rem; margin: 0 0 0.4rem; }
			dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.2rem; margin: 0; }
			dl.facts dt { color: #52606d; }
			dl.facts dd { margin: 0; }
			p.verdict { font-weight: 600; margin: 1rem 0 0; }
			table { border-collapse: collapse; width: 100%; }
			th, td { border: 1px solid #cbd2d9; padding: 0.35rem 0.7rem; text-align: left; }
			thead th { background: #f0f4f8; }
			.number { text-align: right; font-variant-numeric: tabular-nums; }
			tfoot td { font-weight: 600; background: #f0f4f8; }
			.badge { display: inline-block; min-width: 4.2rem; text-align: center; border-radius: 0.3rem;
			         padding: 0.05rem 0.45rem; margin-right: 0.4rem; font-size: 0.8rem; font-weight: 600; color: #ffffff; }
			.badge.error { background: #b42318; }
			.badge.warning { background: #a15c07; }
			.badge.info { background: #1d5fc1; }
			section.rule { border: 1px solid #cbd2d9; border-left: 0.4rem solid #9aa5b1; border-radius: 0.3rem;
			               padding: 0.8rem 1rem; margin: 1rem 0; }
			section.rule.error { border-left-color: #b42318; }
			section.rule.warning { border-left-color: #a15c07; }
			section.rule.info { border-left-color: #1d5fc1; }
			.rule-id { font-family: "DejaVu Sans Mono", Consolas, monospace; margin-right: 0.3rem; }
			p.about { color: #52606d; font-size: 0.9rem; margin: 0 0 0.5rem; }
			p.rationale, p.strategies { margin: 0.3rem 0; }
			ul.findings { list-style: none; padding: 0; margin: 0.6rem 0 0; }
			ul.findings li { border-top: 1px solid #e4e7eb; padding: 0.4rem 0; }
			.message { white-space: pre-wrap; }
			.path { color: #52606d; font-size: 0.9rem; overflow-wrap: anywhere; }
			p.clean { font-size: 1.1rem; }
			@media print {
			  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
			  h2 { break-after: avoid; }
			  section.rule, tr { break-inside: avoid; }
			  .badge, thead th, tfoot td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
			}
			"""; //$NON-NLS-1$

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		MarkupWriter html = new MarkupWriter(out);
		html.raw("<!DOCTYPE html>\n"); //$NON-NLS-1$
		html.start("html", "lang", Messages.HtmlReport_language, "xmlns", "http://www.w3.org/1999/xhtml").newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		html.start("head").newLine(); //$NON-NLS-1$
		html.empty("meta", "charset", "UTF-8").newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.empty("meta", "name", "generator", "content", generator(report)).newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		html.element("title", Messages.format(Messages.HtmlReport_pageTitle, report.title())).newLine(); //$NON-NLS-1$
		html.start("style").raw("\n").raw(STYLE).end().newLine(); //$NON-NLS-1$ //$NON-NLS-2$
		html.end().newLine();
		html.start("body").newLine(); //$NON-NLS-1$
		header(report, html);
		summary(report, html);
		findings(report, html);
		html.end().newLine();
		html.end().newLine();
		html.flush();
	}

	private static String generator(ValidationReport report) {
		return report.toolVersion() == null ? ValidationReport.TOOL_NAME
				: ValidationReport.TOOL_NAME + ' ' + report.toolVersion();
	}

	private static void header(ValidationReport report, MarkupWriter html) throws IOException {
		html.start("header").newLine(); //$NON-NLS-1$
		html.element("h1", report.title()).newLine(); //$NON-NLS-1$
		html.start("dl", "class", "facts").newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.element("dt", Messages.Report_date); //$NON-NLS-1$
		html.start("dd").element("time", ReportWording.date(report.created()), "datetime", report.created().toString()).end() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.newLine();
		html.element("dt", Messages.Report_files); //$NON-NLS-1$
		html.start("dd"); //$NON-NLS-1$
		if (report.files().isEmpty()) {
			html.text(Messages.Report_noFiles);
		}
		for (int i = 0; i < report.files().size(); i++) {
			if (i > 0) {
				html.empty("br"); //$NON-NLS-1$
			}
			html.element("code", report.files().get(i)); //$NON-NLS-1$
		}
		html.end().newLine();
		html.element("dt", Messages.Report_profile); //$NON-NLS-1$
		html.element("dd", report.profile()).newLine(); //$NON-NLS-1$
		html.element("dt", Messages.Report_checked); //$NON-NLS-1$
		html.element("dd", ReportWording.checked(report)).newLine(); //$NON-NLS-1$
		html.end().newLine();
		html.element("p", ReportWording.counts(report) + ". " + ReportWording.verdict(report), "class", "verdict").newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		html.end().newLine();
	}

	private static void summary(ValidationReport report, MarkupWriter html) throws IOException {
		html.start("section", "class", "summary").newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.element("h2", Messages.HtmlReport_summary).newLine(); //$NON-NLS-1$
		html.start("table").newLine(); //$NON-NLS-1$
		html.start("thead").start("tr"); //$NON-NLS-1$ //$NON-NLS-2$
		html.element("th", Messages.HtmlReport_category, "scope", "col"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Severity severity : Severity.values()) {
			html.element("th", ReportWording.plural(severity), "scope", "col", "class", "number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		html.element("th", Messages.HtmlReport_total, "scope", "col", "class", "number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		html.end().end().newLine();
		html.start("tbody").newLine(); //$NON-NLS-1$
		for (String category : report.categories()) {
			html.start("tr").element("th", category, "scope", "row"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			int total = 0;
			for (Severity severity : Severity.values()) {
				int count = report.count(category, severity);
				total += count;
				number(html, count);
			}
			number(html, total);
			html.end().newLine();
		}
		html.end().newLine();
		html.start("tfoot").start("tr").element("td", Messages.HtmlReport_allCategories); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Severity severity : Severity.values()) {
			number(html, report.count(severity));
		}
		number(html, report.findings().size());
		html.end().end().newLine();
		html.end().newLine();
		html.end().newLine();
	}

	private static void number(MarkupWriter html, int count) throws IOException {
		html.element("td", Messages.format(Messages.HtmlReport_number, count), "class", "number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static void findings(ValidationReport report, MarkupWriter html) throws IOException {
		html.start("section", "class", "findings").newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.element("h2", Messages.HtmlReport_findings).newLine(); //$NON-NLS-1$
		if (report.findings().isEmpty()) {
			html.element("p", Messages.Report_clean, "class", "clean").newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		Map<Rule, Map<Severity, Integer>> groupSizes = new HashMap<>();
		for (ReportedFinding finding : report.findings()) {
			groupSizes.computeIfAbsent(finding.finding().rule(), key -> new EnumMap<>(Severity.class))
					.merge(finding.finding().severity(), 1, Integer::sum);
		}
		boolean showFile = report.files().size() > 1;
		Rule rule = null;
		Severity severity = null;
		for (ReportedFinding finding : report.findings()) {
			if (finding.finding().rule() != rule || finding.finding().severity() != severity) {
				if (rule != null) {
					html.end().newLine().end().newLine();
				}
				rule = finding.finding().rule();
				severity = finding.finding().severity();
				ruleHeading(rule, severity, groupSizes.get(rule).get(severity), html);
				html.start("ul", "class", "findings").newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			html.start("li"); //$NON-NLS-1$
			html.element("div", finding.finding().message(), "class", "message"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			ElementLocation location = finding.location();
			String where = showFile && location.file() != null
					? Messages.format(Messages.HtmlReport_fileAndPath, location.file(), location.path())
					: location.path();
			html.element("div", where, "class", "path", "title", location.id()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			html.end().newLine();
		}
		if (rule != null) {
			html.end().newLine().end().newLine();
		}
		html.end().newLine();
	}

	private static void ruleHeading(Rule rule, Severity severity, int count, MarkupWriter html) throws IOException {
		html.start("section", "class", "rule " + severity.key()).newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.start("h3"); //$NON-NLS-1$
		html.element("span", ReportWording.name(severity), "class", "badge " + severity.key()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.element("span", rule.id(), "class", "rule-id"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.text(rule.title());
		html.end().newLine();
		html.element("p", Messages.format(Messages.HtmlReport_about, rule.category(), count), "class", "about").newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (!rule.description().isBlank()) {
			html.start("p", "class", "rationale").element("strong", Messages.HtmlReport_rationale).text(" ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					.text(rule.description()).end().newLine();
		}
		html.start("p", "class", "strategies").element("strong", Messages.HtmlReport_strategies).text(" ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.text(rule.strategies().isEmpty() ? Messages.HtmlReport_noStrategies : String.join(", ", rule.strategies())) //$NON-NLS-1$
				.end().newLine();
	}
}
