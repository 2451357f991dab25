package org.civitas.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.civitas.validation.Finding;
import org.civitas.validation.Rule;
import org.civitas.validation.Severity;
import org.eclipse.emf.common.util.URI;

/**
 * The report as SARIF 2.1.0, the OASIS format that code-scanning dashboards read, valid against
 * the official schema. One run: the tool with the rules in the report ({@code id}, a
 * {@code name} made of the title, the title as {@code shortDescription}, the rationale as
 * {@code fullDescription}, the rule's own severity as {@code defaultConfiguration.level}, and
 * category and strategies as properties); the model files as {@code artifacts}; one result per
 * finding.
 *
 * <p>A result's level is its severity under the profile ({@code error}, {@code warning},
 * {@code note} for info). Its location has the model file as physical location (models have no
 * lines to point at) and the element as logical location: the element's path as
 * {@code fullyQualifiedName}, its label as {@code name}, and its URI fragment as the property
 * {@code elementId}.
 */
final class SarifReport implements ReportWriter {

	/** Where the official schema of SARIF 2.1.0 (with its errata) is published. */
	static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"; //$NON-NLS-1$
	static final String VERSION = "2.1.0"; //$NON-NLS-1$

	/** An absolute URI starts with a scheme of two or more characters; a Windows path has a one-letter drive. */
	private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*"); //$NON-NLS-1$

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.beginObject()
				.member("$schema", SCHEMA) //$NON-NLS-1$
				.member("version", VERSION); //$NON-NLS-1$
		json.name("runs").beginArray().beginObject(); //$NON-NLS-1$
		tool(report, json);
		invocation(report, json);
		List<String> files = report.files();
		json.name("artifacts").beginArray(); //$NON-NLS-1$
		for (String file : files) {
			json.beginObject().name("location").beginObject().member("uri", uriOf(file)).endObject().endObject(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		json.endArray();
		Map<Rule, Integer> ruleIndex = indexes(report.rules());
		Map<String, Integer> fileIndex = indexes(files);
		json.name("results").beginArray(); //$NON-NLS-1$
		for (ReportedFinding finding : report.findings()) {
			result(finding, ruleIndex, fileIndex, json);
		}
		json.endArray();
		json.name("properties").beginObject() //$NON-NLS-1$
				.member("title", report.title()) //$NON-NLS-1$
				.member("profile", report.profile()) //$NON-NLS-1$
				.member("elementsChecked", report.elementsChecked()) //$NON-NLS-1$
				.endObject();
		json.endObject().endArray();
		json.endObject().finish();
	}

	private static void tool(ValidationReport report, JsonWriter json) throws IOException {
		json.name("tool").beginObject().name("driver").beginObject() //$NON-NLS-1$ //$NON-NLS-2$
				.member("name", ValidationReport.TOOL_NAME); //$NON-NLS-1$
		if (report.toolVersion() != null) {
			json.member("version", report.toolVersion()); //$NON-NLS-1$
		}
		if (report.toolInformationUri() != null) {
			json.member("informationUri", report.toolInformationUri()); //$NON-NLS-1$
		}
		json.name("rules").beginArray(); //$NON-NLS-1$
		for (Rule rule : report.rules()) {
			rule(rule, json);
		}
		json.endArray();
		json.endObject().endObject();
	}

	private static void rule(Rule rule, JsonWriter json) throws IOException {
		json.beginObject()
				.member("id", rule.id()) //$NON-NLS-1$
				.member("name", pascalCase(rule.title())); //$NON-NLS-1$
		message("shortDescription", rule.title(), json); //$NON-NLS-1$
		if (!rule.description().isBlank()) {
			message("fullDescription", rule.description(), json); //$NON-NLS-1$
		}
		json.name("defaultConfiguration").beginObject() //$NON-NLS-1$
				.member("enabled", rule.enabledByDefault()) //$NON-NLS-1$
				.member("level", level(rule.severity())) //$NON-NLS-1$
				.endObject();
		json.name("properties").beginObject() //$NON-NLS-1$
				.member("category", rule.category()); //$NON-NLS-1$
		json.name("strategies").beginArray(); //$NON-NLS-1$
		for (String strategy : rule.strategies()) {
			json.value(strategy);
		}
		json.endArray();
		json.name("tags").beginArray().value(rule.category()).endArray(); //$NON-NLS-1$
		json.endObject();
		json.endObject();
	}

	private static void invocation(ValidationReport report, JsonWriter json) throws IOException {
		json.name("invocations").beginArray().beginObject() //$NON-NLS-1$
				.member("executionSuccessful", true) //$NON-NLS-1$
				.member("startTimeUtc", report.created().minus(report.duration()).truncatedTo(ChronoUnit.MILLIS).toString()) //$NON-NLS-1$
				.member("endTimeUtc", report.created().truncatedTo(ChronoUnit.MILLIS).toString()) //$NON-NLS-1$
				.endObject().endArray();
	}

	private static void result(ReportedFinding reported, Map<Rule, Integer> ruleIndex, Map<String, Integer> fileIndex,
			JsonWriter json) throws IOException {
		Finding finding = reported.finding();
		ElementLocation location = reported.location();
		json.beginObject()
				.member("ruleId", finding.rule().id()) //$NON-NLS-1$
				.member("ruleIndex", ruleIndex.get(finding.rule())) //$NON-NLS-1$
				.member("level", level(finding.severity())); //$NON-NLS-1$
		message("message", finding.message(), json); //$NON-NLS-1$
		json.name("locations").beginArray().beginObject(); //$NON-NLS-1$
		if (location.file() != null) {
			json.name("physicalLocation").beginObject().name("artifactLocation").beginObject() //$NON-NLS-1$ //$NON-NLS-2$
					.member("uri", uriOf(location.file())) //$NON-NLS-1$
					.member("index", fileIndex.get(location.file())) //$NON-NLS-1$
					.endObject().endObject();
		}
		json.name("logicalLocations").beginArray().beginObject() //$NON-NLS-1$
				.member("name", location.label()) //$NON-NLS-1$
				.member("fullyQualifiedName", location.path()); //$NON-NLS-1$
		json.name("properties").beginObject().member("elementId", location.id()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
		json.endObject().endArray();
		json.endObject().endArray();
		json.name("properties").beginObject() //$NON-NLS-1$
				.member("category", finding.rule().category()); //$NON-NLS-1$
		if (finding.feature() != null) {
			json.member("feature", finding.feature().getName()); //$NON-NLS-1$
		}
		json.endObject();
		json.endObject();
	}

	private static void message(String name, String text, JsonWriter json) throws IOException {
		json.name(name).beginObject().member("text", text).endObject(); //$NON-NLS-1$
	}

	private static String level(Severity severity) {
		return switch (severity) {
			case ERROR -> "error"; //$NON-NLS-1$
			case WARNING -> "warning"; //$NON-NLS-1$
			case INFO -> "note"; //$NON-NLS-1$
		};
	}

	/** The file as a URI reference: kept if it is an absolute URI already, else taken as a path and encoded. */
	static String uriOf(String file) {
		return ABSOLUTE_URI.matcher(file).matches() ? URI.createURI(file, true).toString() : URI.createFileURI(file).toString();
	}

	/** A rule name in the style SARIF suggests: the title's words, capitalized and joined. */
	static String pascalCase(String title) {
		StringBuilder name = new StringBuilder();
		boolean wordStart = true;
		for (int i = 0; i < title.length(); i = title.offsetByCodePoints(i, 1)) {
			int c = title.codePointAt(i);
			if (Character.isLetterOrDigit(c)) {
				name.appendCodePoint(wordStart ? Character.toUpperCase(c) : c);
				wordStart = false;
			} else {
				wordStart = true;
			}
		}
		return name.toString();
	}

	private static <T> Map<T, Integer> indexes(List<T> items) {
		Map<T, Integer> indexes = new HashMap<>();
		for (T item : items) {
			indexes.put(item, indexes.size());
		}
		return indexes;
	}
}
