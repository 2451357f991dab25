package org.civitas.validation.report;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.civitas.validation.Finding;
import org.civitas.validation.Rule;
import org.civitas.validation.RuleCoverage;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationResult;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A validation result as a governance board reads it: which files were validated under which
 * profile, which rules ran, and each finding with the file and path of its element. Every
 * {@link ReportFormat} writes one.
 *
 * <p>Findings are in reading order: by severity (errors first), then by rule id, then by file in
 * the order the files were given, then in model order.
 *
 * <pre>
 * ValidationReport report = ValidationReport.builder(result)
 * 		.title(portfolio.getName())
 * 		.file(resource, "models/e-mail.portfolio")
 * 		.profile("board.profile")
 * 		.build();
 * ReportFormat.of("sarif").write(report, out);
 * </pre>
 */
public final class ValidationReport {

	/** The tool's name in machine-readable reports. */
	public static final String TOOL_NAME = "Civitas"; //$NON-NLS-1$

	private final String title;
	private final String profile;
	private final List<String> files;
	private final List<Rule> rules;
	private final List<ReportedFinding> findings;
	private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
	private final Map<String, Map<Severity, Integer>> countsByCategory = new TreeMap<>();
	private final int elementsChecked;
	private final Duration duration;
	private final Instant created;
	private final Severity failOn;
	private final String toolVersion;
	private final String toolInformationUri;
	private final Path sourceRoot;
	private final RuleCoverage coverage;
	private final ElementLocator locator;

	private ValidationReport(Builder builder) {
		ValidationResult result = builder.result;
		title = builder.title;
		profile = builder.profile;
		created = builder.created;
		failOn = builder.failOn;
		toolVersion = builder.toolVersion;
		toolInformationUri = builder.toolInformationUri;
		sourceRoot = builder.sourceRoot;
		elementsChecked = result.elementsChecked();
		duration = result.duration();
		coverage = result.coverage();
		locator = new ElementLocator(builder.fileNames);
		Set<String> knownFiles = new LinkedHashSet<>(builder.fileNames.values());
		Set<Rule> knownRules = new LinkedHashSet<>(coverage.rules());
		List<ReportedFinding> located = new ArrayList<>(result.findings().size());
		for (Finding finding : result.findings()) {
			ElementLocation location = locator.locate(finding.element());
			if (location.file() != null) {
				knownFiles.add(location.file());
			}
			knownRules.add(finding.rule());
			located.add(new ReportedFinding(finding, location));
		}
		files = List.copyOf(knownFiles);
		rules = List.copyOf(knownRules);
		located.sort(readingOrder(files));
		findings = List.copyOf(located);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0);
		}
		for (Rule rule : rules) {
			countsByCategory.computeIfAbsent(rule.category(), category -> new EnumMap<>(counts));
		}
		for (ReportedFinding finding : findings) {
			Severity severity = finding.finding().severity();
			counts.merge(severity, 1, Integer::sum);
			countsByCategory.get(finding.finding().rule().category()).merge(severity, 1, Integer::sum);
		}
	}

	private static Comparator<ReportedFinding> readingOrder(List<String> files) {
		Map<String, Integer> fileOrder = new LinkedHashMap<>();
		files.forEach(file -> fileOrder.put(file, fileOrder.size()));
		return Comparator.<ReportedFinding, Severity> comparing(finding -> finding.finding().severity())
				.thenComparing(finding -> finding.finding().rule().id())
				.thenComparingInt(finding -> fileOrder.getOrDefault(finding.location().file(), files.size()));
	}

	/** A report of {@code result}; the builder names its files, title and profile. */
	public static Builder builder(ValidationResult result) {
		return new Builder(result);
	}

	/** What the report is about, such as the model's name. */
	public String title() {
		return title;
	}

	/** The profile the rules ran under, as the reader knows it (a file name, or "rule defaults"). */
	public String profile() {
		return profile;
	}

	/** The model files validated: those the builder named, then any other file a finding is in. */
	public List<String> files() {
		return files;
	}

	/** The rules that ran, and any rule a finding names that the result's coverage does not list. */
	public List<Rule> rules() {
		return rules;
	}

	/** The findings in reading order. */
	public List<ReportedFinding> findings() {
		return findings;
	}

	/** How many findings have {@code severity}. */
	public int count(Severity severity) {
		return counts.get(severity);
	}

	/** The categories of the rules in the report, in alphabetical order, including categories without findings. */
	public List<String> categories() {
		return List.copyOf(countsByCategory.keySet());
	}

	/** How many findings of rules in {@code category} have {@code severity}. */
	public int count(String category, Severity severity) {
		Map<Severity, Integer> ofCategory = countsByCategory.get(category);
		return ofCategory == null ? 0 : ofCategory.get(severity);
	}

	public int elementsChecked() {
		return elementsChecked;
	}

	public Duration duration() {
		return duration;
	}

	/** When the report was made. */
	public Instant created() {
		return created;
	}

	/** The least severity that fails the run: formats that pass or fail checks (JUnit) and the command line's exit code use it. */
	public Severity failOn() {
		return failOn;
	}

	/** Whether a finding of {@code severity} fails the run. */
	public boolean fails(Severity severity) {
		return severity.atLeast(failOn);
	}

	/** Whether any finding fails the run. */
	public boolean failed() {
		return findings.stream().anyMatch(finding -> fails(finding.finding().severity()));
	}

	/** The version of the tool that validated, or {@code null} when it is not known. */
	public String toolVersion() {
		return toolVersion;
	}

	/** The address where readers learn about the tool, or {@code null} when none was given. */
	public String toolInformationUri() {
		return toolInformationUri;
	}

	/**
	 * The folder the report's files are named relative to in formats that can say so (SARIF's
	 * {@code SRCROOT}), such as a CI job's checkout; {@code null} when not given.
	 */
	public Path sourceRoot() {
		return sourceRoot;
	}

	/** Which rules checked which elements. */
	public RuleCoverage coverage() {
		return coverage;
	}

	/** Where {@code element} is, named the way this report names files. */
	public ElementLocation locate(EObject element) {
		return locator.locate(element);
	}

	/**
	 * The path of {@code element} alone: cheaper than {@link #locate}, since an element's id can
	 * cost a walk through its list where the model has no ids.
	 */
	public String pathOf(EObject element) {
		return locator.path(element);
	}

	/** The file of {@code element} as this report names it, or {@code null} for an element in no file. */
	public String fileOf(EObject element) {
		return locator.fileOf(element);
	}

	/** Collects what a report says beyond the validation result itself. */
	public static final class Builder {

		private final ValidationResult result;
		private final Map<Resource, String> fileNames = new LinkedHashMap<>();
		private String title = Messages.ValidationReport_defaultTitle;
		private String profile = Messages.ValidationReport_defaultProfile;
		private Instant created = Instant.now();
		private Severity failOn = Severity.ERROR;
		private String toolVersion = versionOfThisBundle();
		private String toolInformationUri;
		private Path sourceRoot;

		private Builder(ValidationResult result) {
			this.result = Objects.requireNonNull(result, "result"); //$NON-NLS-1$
		}

		public Builder title(String value) {
			title = Objects.requireNonNull(value, "title"); //$NON-NLS-1$
			return this;
		}

		public Builder profile(String value) {
			profile = Objects.requireNonNull(value, "profile"); //$NON-NLS-1$
			return this;
		}

		/**
		 * A file that was validated, by its resource and the name the report gives it, such as
		 * the path given on the command line. Files are listed in the order given.
		 */
		public Builder file(Resource resource, String name) {
			fileNames.put(resource, Objects.requireNonNull(name, "name")); //$NON-NLS-1$
			return this;
		}

		/** When the report was made; now, unless given. */
		public Builder created(Instant value) {
			created = Objects.requireNonNull(value, "created"); //$NON-NLS-1$
			return this;
		}

		/** The least severity that fails the run; {@link Severity#ERROR} unless given. */
		public Builder failOn(Severity value) {
			failOn = Objects.requireNonNull(value, "failOn"); //$NON-NLS-1$
			return this;
		}

		/** The tool's version; the validation engine's bundle version unless given, and left out if {@code null}. */
		public Builder toolVersion(String value) {
			toolVersion = value;
			return this;
		}

		/**
		 * The folder files are named relative to (the repository's checkout, for code scanning);
		 * files outside it keep their absolute names.
		 */
		public Builder sourceRoot(Path value) {
			sourceRoot = value == null ? null : value.toAbsolutePath().normalize();
			return this;
		}

		/** An absolute URI where readers learn about the tool; left out unless given. */
		public Builder toolInformationUri(String value) {
			toolInformationUri = value;
			return this;
		}

		public ValidationReport build() {
			return new ValidationReport(this);
		}

		private static String versionOfThisBundle() {
			Bundle bundle = FrameworkUtil.getBundle(ValidationReport.class);
			return bundle == null ? null : bundle.getVersion().toString();
		}
	}
}
