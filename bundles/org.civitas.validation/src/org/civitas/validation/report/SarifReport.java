package org.civitas.validation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
 * {@code note} for info). Its physical location is the model file, relative to the report's
 * source root ({@code uriBaseId} {@code SRCROOT}) when it lies under it, with the line of the
 * element as region (the whole file when the model was read without positions), so that code
 * scanning annotates the line in a pull request. Its logical location is the element: its path
 * as {@code fullyQualifiedName}, its label as {@code name}, and its URI fragment as the
 * property {@code elementId}.
 */
final class SarifReport implements ReportWriter {

	/** Where the official schema of SARIF 2.1.0 (with its errata) is published. */
	static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"; //$NON-NLS-1$
	static final String VERSION = "2.1.0"; //$NON-NLS-1$
	/** The base id of files named relative to the source root, as code-scanning services expect. */
	static final String SOURCE_ROOT = "SRCROOT"; //$NON-NLS-1$

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
		Artifacts artifacts = new Artifacts(report.sourceRoot());
		if (report.sourceRoot() != null) {
			json.name("originalUriBaseIds").beginObject().name(SOURCE_ROOT).beginObject() //$NON-NLS-1$
					.member("uri", folderUri(report.sourceRoot())) //$NON-NLS-1$
					.endObject().endObject();
		}
		json.name("artifacts").beginArray(); //$NON-NLS-1$
		for (String file : files) {
			json.beginObject();
			artifacts.location("location", file, null, json); //$NON-NLS-1$
			Long length = artifacts.length(file);
			if (length != null) {
				json.member("length", length); //$NON-NLS-1$
			}
			json.name("roles").beginArray().value("analysisTarget").endArray(); //$NON-NLS-1$ //$NON-NLS-2$
			json.member("mimeType", "application/xml"); //$NON-NLS-1$ //$NON-NLS-2$
			json.endObject();
		}
		json.endArray();
		Map<Rule, Integer> ruleIndex = indexes(report.rules());
		Map<String, Integer> fileIndex = indexes(files);
		json.name("results").beginArray(); //$NON-NLS-1$
		for (ReportedFinding finding : report.findings()) {
			result(finding, ruleIndex, fileIndex, artifacts, json);
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
			Artifacts artifacts, JsonWriter json) throws IOException {
		Finding finding = reported.finding();
		ElementLocation location = reported.location();
		json.beginObject()
				.member("ruleId", finding.rule().id()) //$NON-NLS-1$
				.member("ruleIndex", ruleIndex.get(finding.rule())) //$NON-NLS-1$
				.member("level", level(finding.severity())); //$NON-NLS-1$
		message("message", finding.message(), json); //$NON-NLS-1$
		json.name("locations").beginArray().beginObject(); //$NON-NLS-1$
		if (location.file() != null) {
			json.name("physicalLocation").beginObject(); //$NON-NLS-1$
			artifacts.location("artifactLocation", location.file(), fileIndex.get(location.file()), json); //$NON-NLS-1$
			region(location, artifacts, json);
			json.endObject();
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

	/**
	 * Where in the file: the line of the element's start tag, up to the column where the tag
	 * ends, so that code scanning annotates that line; the whole file when the model was read
	 * without positions.
	 */
	private static void region(ElementLocation location, Artifacts artifacts, JsonWriter json) throws IOException {
		if (location.line() > 0) {
			json.name("region").beginObject() //$NON-NLS-1$
					.member("startLine", location.line()) //$NON-NLS-1$
					.member("startColumn", 1) //$NON-NLS-1$
					.member("endLine", location.line()) //$NON-NLS-1$
					.member("endColumn", Math.max(location.column(), 2)) //$NON-NLS-1$
					.endObject();
			return;
		}
		Integer lines = artifacts.lines(location.file());
		if (lines != null) {
			json.name("region").beginObject().member("startLine", 1).member("endLine", Math.max(lines, 1)).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/**
	 * The model files as SARIF names them: relative to the source root with its base id where
	 * they lie under it (so a dashboard finds them in the repository), by absolute URI otherwise;
	 * their size and line count read once.
	 */
	private static final class Artifacts {

		private final Path sourceRoot;
		private final Map<String, Integer> lineCounts = new HashMap<>();

		Artifacts(Path sourceRoot) {
			this.sourceRoot = sourceRoot;
		}

		/** An artifact location as member {@code name}: {@code location} of an artifact, {@code artifactLocation} of a result. */
		void location(String name, String file, Integer index, JsonWriter json) throws IOException {
			json.name(name).beginObject();
			Path local = localPath(file);
			if (sourceRoot != null && local != null && local.startsWith(sourceRoot)) {
				json.member("uri", URI.createFileURI(sourceRoot.relativize(local).toString()).toString()) //$NON-NLS-1$
						.member("uriBaseId", SOURCE_ROOT); //$NON-NLS-1$
			} else {
				json.member("uri", uriOf(file)); //$NON-NLS-1$
			}
			if (index != null) {
				json.member("index", index); //$NON-NLS-1$
			}
			json.endObject();
		}

		Long length(String file) {
			Path local = localPath(file);
			try {
				return local != null && Files.isRegularFile(local) ? Files.size(local) : null;
			} catch (IOException unreadable) {
				return null;
			}
		}

		Integer lines(String file) {
			return lineCounts.computeIfAbsent(file, name -> {
				Path local = localPath(name);
				if (local == null || !Files.isRegularFile(local)) {
					return null;
				}
				try (Stream<String> lines = Files.lines(local, StandardCharsets.UTF_8)) {
					return (int) lines.count();
				} catch (IOException | UncheckedIOException unreadable) {
					return null;
				}
			});
		}

		/** The file as a local path, when it names one (a path, or a {@code file:} URI). */
		private static Path localPath(String file) {
			if (!ABSOLUTE_URI.matcher(file).matches()) {
				return Path.of(file).toAbsolutePath().normalize();
			}
			URI uri = URI.createURI(file);
			return uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().normalize() : null;
		}
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

	/** A folder as an absolute URI ending in a slash, as a SARIF base must. */
	private static String folderUri(Path folder) {
		String uri = folder.toUri().toString();
		return uri.endsWith("/") ? uri : uri + '/'; //$NON-NLS-1$
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
