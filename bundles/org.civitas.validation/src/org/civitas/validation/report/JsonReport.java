package org.civitas.validation.report;

import java.io.IOException;
import java.io.Writer;

import org.civitas.validation.Finding;
import org.civitas.validation.Rule;
import org.civitas.validation.Severity;

/**
 * The report as JSON for scripts and dashboards. The structure is stable: members are only ever
 * added, and {@code formatVersion} changes if one is ever removed or changes its meaning.
 *
 * <pre>
 * {
 *   "format": "civitas-validation-report",
 *   "formatVersion": 1,
 *   "title": "Statewide E-mail Consolidation",
 *   "created": "2026-11-28T09:30:00Z",          (ISO 8601, UTC)
 *   "tool": { "name": "Civitas", "version": "0.1.0" },   (version null when unknown)
 *   "profile": "board.profile",
 *   "files": [ "models/e-mail.portfolio" ],
 *   "elementsChecked": 5120,
 *   "durationMillis": 412,
 *   "failOn": "error",                           (the least severity that fails the run)
 *   "failed": true,
 *   "summary": {
 *     "total": 3,
 *     "bySeverity": { "error": 2, "warning": 1, "info": 0 },
 *     "byCategory": { "Finance": { "error": 2, "warning": 0, "info": 0, "total": 2 }, ... }
 *   },
 *   "rules": [                                   (the rules that ran)
 *     { "id": "FIN-003", "title": "...", "category": "Finance", "severity": "error",
 *       "strategies": [ "S5" ], "rationale": "..." }    (severity: the rule's own, before the profile)
 *   ],
 *   "findings": [                                (by severity, rule id, file, model order)
 *     { "ruleId": "FIN-003", "title": "...", "category": "Finance",
 *       "severity": "error",                     (under the profile: error, warning or info)
 *       "message": "...", "file": "models/e-mail.portfolio",   (file null for an element in no file)
 *       "elementPath": "Statewide E-mail Consolidation / businessCases / Hosted e-mail",
 *       "elementLabel": "Hosted e-mail", "elementId": "_a1b2...",   (the URI fragment)
 *       "feature": "costBaseline",               (null for the element as a whole)
 *       "strategies": [ "S5" ], "rationale": "..." }
 *   ]
 * }
 * </pre>
 */
final class JsonReport implements ReportWriter {

	/** Names this kind of document, for readers that receive several kinds. */
	static final String FORMAT = "civitas-validation-report"; //$NON-NLS-1$
	static final int FORMAT_VERSION = 1;

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.beginObject()
				.member("format", FORMAT) //$NON-NLS-1$
				.member("formatVersion", FORMAT_VERSION) //$NON-NLS-1$
				.member("title", report.title()) //$NON-NLS-1$
				.member("created", report.created().toString()); //$NON-NLS-1$
		json.name("tool").beginObject() //$NON-NLS-1$
				.member("name", ValidationReport.TOOL_NAME) //$NON-NLS-1$
				.member("version", report.toolVersion()) //$NON-NLS-1$
				.endObject();
		json.member("profile", report.profile()); //$NON-NLS-1$
		json.name("files").beginArray(); //$NON-NLS-1$
		for (String file : report.files()) {
			json.value(file);
		}
		json.endArray();
		json.member("elementsChecked", report.elementsChecked()) //$NON-NLS-1$
				.member("durationMillis", report.duration().toMillis()) //$NON-NLS-1$
				.member("failOn", report.failOn().key()) //$NON-NLS-1$
				.member("failed", report.failed()); //$NON-NLS-1$
		summary(report, json);
		json.name("rules").beginArray(); //$NON-NLS-1$
		for (Rule rule : report.rules()) {
			json.beginObject()
					.member("id", rule.id()) //$NON-NLS-1$
					.member("title", rule.title()) //$NON-NLS-1$
					.member("category", rule.category()) //$NON-NLS-1$
					.member("severity", rule.severity().key()); //$NON-NLS-1$
			strategiesAndRationale(rule, json);
			json.endObject();
		}
		json.endArray();
		json.name("findings").beginArray(); //$NON-NLS-1$
		for (ReportedFinding reported : report.findings()) {
			finding(reported, json);
		}
		json.endArray();
		json.endObject().finish();
	}

	private static void summary(ValidationReport report, JsonWriter json) throws IOException {
		json.name("summary").beginObject() //$NON-NLS-1$
				.member("total", report.findings().size()); //$NON-NLS-1$
		json.name("bySeverity").beginObject(); //$NON-NLS-1$
		for (Severity severity : Severity.values()) {
			json.member(severity.key(), report.count(severity));
		}
		json.endObject();
		json.name("byCategory").beginObject(); //$NON-NLS-1$
		for (String category : report.categories()) {
			json.name(category).beginObject();
			int total = 0;
			for (Severity severity : Severity.values()) {
				int count = report.count(category, severity);
				json.member(severity.key(), count);
				total += count;
			}
			json.member("total", total).endObject(); //$NON-NLS-1$
		}
		json.endObject();
		json.endObject();
	}

	private static void finding(ReportedFinding reported, JsonWriter json) throws IOException {
		Finding finding = reported.finding();
		Rule rule = finding.rule();
		ElementLocation location = reported.location();
		json.beginObject()
				.member("ruleId", rule.id()) //$NON-NLS-1$
				.member("title", rule.title()) //$NON-NLS-1$
				.member("category", rule.category()) //$NON-NLS-1$
				.member("severity", finding.severity().key()) //$NON-NLS-1$
				.member("message", finding.message()) //$NON-NLS-1$
				.member("file", location.file()) //$NON-NLS-1$
				.member("elementPath", location.path()) //$NON-NLS-1$
				.member("elementLabel", location.label()) //$NON-NLS-1$
				.member("elementId", location.id()) //$NON-NLS-1$
				.member("feature", finding.feature() == null ? null : finding.feature().getName()); //$NON-NLS-1$
		strategiesAndRationale(rule, json);
		json.endObject();
	}

	private static void strategiesAndRationale(Rule rule, JsonWriter json) throws IOException {
		json.name("strategies").beginArray(); //$NON-NLS-1$
		for (String strategy : rule.strategies()) {
			json.value(strategy);
		}
		json.endArray();
		json.member("rationale", rule.description()); //$NON-NLS-1$
	}
}
