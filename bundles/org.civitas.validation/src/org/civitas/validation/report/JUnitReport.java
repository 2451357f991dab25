package org.civitas.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.civitas.validation.Rule;
import org.eclipse.emf.ecore.EObject;

/**
 * The report as JUnit XML, which CI servers (Jenkins, GitLab, GitHub test reporters) show as test
 * results.
 *
 * <ul>
 * <li>One {@code <testsuite>} per rule category, named by the category, in alphabetical order.</li>
 * <li>One {@code <testcase>} per rule and element the rule checked, so that passing checks count
 * too: {@code classname} is {@code Category.RULE-ID} (Jenkins groups by it), {@code name} is
 * the element's path, {@code file} is its model file.</li>
 * <li>A test case <b>fails</b> when the element has a finding of the rule at or above the
 * report's {@linkplain ValidationReport#failOn() fail-on severity}: errors, unless the report
 * is built to fail on warnings too. Its
 * {@code <failure>} has the first message as {@code message}, the severity as {@code type}, and
 * every failing message, the rule and its rationale as text.</li>
 * <li>Findings below the fail-on severity (by default warnings and infos) do not fail the test
 * case: they are listed in its {@code <system-out>} as {@code Warning: message}, so that they
 * are visible in the dashboard without breaking the build.</li>
 * <li>Counts ({@code tests}, {@code failures}) are given on every suite and on
 * {@code <testsuites>}; {@code errors} and {@code skipped} are always 0, since a rule that
 * throws is reported as a finding of its own.</li>
 * </ul>
 *
 * A model of 100,000 elements with 20 rules makes up to two million test cases: they are
 * counted in a first pass and written in a second, without holding them in memory.
 */
final class JUnitReport implements ReportWriter {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC);

	/** What one test case is about: a rule, an element it checked, and the element's findings of that rule. */
	@FunctionalInterface
	private interface TestCaseAction {
		void accept(EObject element, List<ReportedFinding> findings) throws IOException;
	}

	/** Test cases and failures of a suite. */
	private static final class Tally {
		int tests;
		int failures;
	}

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		Map<Rule, Map<EObject, List<ReportedFinding>>> findings = findingsByRuleAndElement(report);
		Map<String, List<Rule>> suites = new TreeMap<>();
		for (Rule rule : report.rules()) {
			suites.computeIfAbsent(rule.category(), category -> new ArrayList<>()).add(rule);
		}
		Map<String, Tally> tallies = new HashMap<>();
		Tally all = new Tally();
		for (Map.Entry<String, List<Rule>> suite : suites.entrySet()) {
			Tally tally = new Tally();
			for (Rule rule : suite.getValue()) {
				forEachTestCase(report, rule, findings, (element, ofElement) -> {
					tally.tests++;
					tally.failures += ofElement.stream().anyMatch(finding -> report.fails(finding.finding().severity())) ? 1 : 0;
				});
			}
			tallies.put(suite.getKey(), tally);
			all.tests += tally.tests;
			all.failures += tally.failures;
		}

		String timestamp = TIMESTAMP.format(report.created().truncatedTo(ChronoUnit.SECONDS));
		MarkupWriter xml = new MarkupWriter(out);
		xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		xml.start("testsuites", "name", report.title(), "tests", Integer.toString(all.tests), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"failures", Integer.toString(all.failures), "errors", "0", "skipped", "0", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"time", seconds(report), "timestamp", timestamp).newLine(); //$NON-NLS-1$ //$NON-NLS-2$
		for (Map.Entry<String, List<Rule>> suite : suites.entrySet()) {
			Tally tally = tallies.get(suite.getKey());
			xml.start("testsuite", "name", suite.getKey(), "tests", Integer.toString(tally.tests), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"failures", Integer.toString(tally.failures), "errors", "0", "skipped", "0", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					"timestamp", timestamp).newLine(); //$NON-NLS-1$
			properties(report, xml);
			for (Rule rule : suite.getValue()) {
				String classname = rule.category() + '.' + rule.id();
				forEachTestCase(report, rule, findings, (element, ofElement) -> testCase(report, rule, classname, element,
						ofElement, xml));
			}
			xml.end().newLine();
		}
		xml.end().newLine();
		xml.flush();
	}

	/** The findings of each rule, by element, in reading order. */
	private static Map<Rule, Map<EObject, List<ReportedFinding>>> findingsByRuleAndElement(ValidationReport report) {
		Map<Rule, Map<EObject, List<ReportedFinding>>> index = new HashMap<>();
		for (ReportedFinding finding : report.findings()) {
			index.computeIfAbsent(finding.finding().rule(), rule -> new LinkedHashMap<>())
					.computeIfAbsent(finding.finding().element(), element -> new ArrayList<>()).add(finding);
		}
		return index;
	}

	/**
	 * Every element {@code rule} checked, with its findings of the rule; then any element with
	 * findings of the rule that the coverage does not list (a result assembled from findings alone).
	 */
	private static void forEachTestCase(ValidationReport report, Rule rule,
			Map<Rule, Map<EObject, List<ReportedFinding>>> findings, TestCaseAction action) throws IOException {
		Map<EObject, List<ReportedFinding>> left = new LinkedHashMap<>(findings.getOrDefault(rule, Map.of()));
		Iterator<EObject> checked = report.coverage().elementsCheckedBy(rule).iterator();
		while (checked.hasNext()) {
			EObject element = checked.next();
			List<ReportedFinding> ofElement = left.remove(element);
			action.accept(element, ofElement == null ? List.of() : ofElement);
		}
		for (Map.Entry<EObject, List<ReportedFinding>> unlisted : left.entrySet()) {
			action.accept(unlisted.getKey(), unlisted.getValue());
		}
	}

	private static List<ReportedFinding> failing(ValidationReport report, List<ReportedFinding> findings) {
		return findings.stream().filter(finding -> report.fails(finding.finding().severity())).toList();
	}

	private static void properties(ValidationReport report, MarkupWriter xml) throws IOException {
		xml.start("properties").newLine(); //$NON-NLS-1$
		xml.empty("property", "name", "profile", "value", report.profile()).newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		xml.empty("property", "name", "failOn", "value", report.failOn().key()).newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (String file : report.files()) {
			xml.empty("property", "name", "file", "value", file).newLine(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		xml.end().newLine();
	}

	private static void testCase(ValidationReport report, Rule rule, String classname, EObject element,
			List<ReportedFinding> findings, MarkupWriter xml) throws IOException {
		if (findings.isEmpty()) {
			xml.empty("testcase", "classname", classname, "name", report.pathOf(element), "file", report.fileOf(element)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.newLine();
			return;
		}
		ElementLocation location = findings.get(0).location();
		// file and line as the JUnit dialects of GitLab, Jenkins and GitHub annotations read them.
		xml.start("testcase", "classname", classname, "name", location.path(), "file", location.file(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"line", location.line() > 0 ? Integer.toString(location.line()) : null); //$NON-NLS-1$
		List<ReportedFinding> failing = failing(report, findings);
		if (!failing.isEmpty()) {
			ReportedFinding first = failing.get(0);
			xml.element("failure", failureText(rule, location, failing), "message", first.finding().message(), //$NON-NLS-1$ //$NON-NLS-2$
					"type", first.finding().severity().key()); //$NON-NLS-1$
		}
		if (failing.size() < findings.size()) {
			StringBuilder notes = new StringBuilder();
			for (ReportedFinding finding : findings) {
				if (!report.fails(finding.finding().severity())) {
					notes.append(Messages.format(Messages.JUnitReport_note, ReportWording.name(finding.finding().severity()),
							finding.finding().message())).append('\n');
				}
			}
			xml.element("system-out", notes.toString()); //$NON-NLS-1$
		}
		xml.end().newLine();
	}

	private static String failureText(Rule rule, ElementLocation location, List<ReportedFinding> failing) {
		StringBuilder text = new StringBuilder();
		String place = location.file() == null ? "" //$NON-NLS-1$
				: location.line() > 0 ? location.file() + ':' + location.line() + ": " : location.file() + ": "; //$NON-NLS-1$ //$NON-NLS-2$
		for (ReportedFinding finding : failing) {
			text.append(place).append(finding.finding().message()).append('\n');
		}
		text.append('\n').append(Messages.format(Messages.JUnitReport_rule, rule.id(), rule.title())).append('\n');
		if (!rule.description().isBlank()) {
			text.append(Messages.format(Messages.JUnitReport_rationale, rule.description())).append('\n');
		}
		return text.toString();
	}

	private static String seconds(ValidationReport report) {
		return String.format(Locale.ROOT, "%.3f", report.duration().toNanos() / 1e9); //$NON-NLS-1$
	}
}
