package org.civitas.cli;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.civitas.validation.Rule;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.eclipse.osgi.util.NLS;

/**
 * The rules that {@code civitas validate} runs, as a board or a script reads them: grouped by
 * category (in alphabetical order, as the reports list categories), each rule with its title,
 * severity and whether it runs under a profile, its modes, the strategies it serves and its
 * rationale. The same rules and profile give the same document, byte for byte, so a catalogue
 * kept in a repository can be checked against the rules it describes.
 */
final class RuleCatalogue {

	private static final String NEW_LINE = "\n"; //$NON-NLS-1$
	private static final String MARKDOWN_SPECIAL = "\\`*_[]<>|"; //$NON-NLS-1$

	private final Map<String, List<Rule>> byCategory = new TreeMap<>();
	private final ValidationProfile profile;
	private final String profileName;

	/**
	 * @param rules every rule known, in any order
	 * @param profile the profile that switches and re-grades them
	 * @param profileName the profile's file as the user named it, or {@code null} for the rule defaults
	 */
	RuleCatalogue(List<Rule> rules, ValidationProfile profile, String profileName) {
		this.profile = profile;
		this.profileName = profileName;
		for (Rule rule : rules) {
			byCategory.computeIfAbsent(rule.category(), category -> new ArrayList<>()).add(rule);
		}
		byCategory.values().forEach(list -> list.sort(Comparator.comparing(Rule::id)));
	}

	/** For a terminal: one block per rule under its category's heading, facts and rationale indented under the title. */
	String text() {
		int idWidth = byCategory.values().stream().flatMap(List::stream).mapToInt(rule -> rule.id().length()).max().orElse(0);
		String indentation = " ".repeat(idWidth + 4); //$NON-NLS-1$
		StringBuilder out = new StringBuilder();
		out.append(NLS.bind(Messages.RuleCatalogue_textHeading, summary())).append(NEW_LINE);
		for (Map.Entry<String, List<Rule>> category : byCategory.entrySet()) {
			out.append(NEW_LINE).append(category.getKey()).append(NEW_LINE);
			for (Rule rule : category.getValue()) {
				out.append(NEW_LINE).append("  ").append(rule.id()).append(" ".repeat(idWidth - rule.id().length() + 2)) //$NON-NLS-1$ //$NON-NLS-2$
						.append(oneLine(rule.title())).append(NEW_LINE);
				out.append(indentation).append(NLS.bind(Messages.RuleCatalogue_textFacts, new Object[] { severity(rule),
						profile.isEnabled(rule) ? Messages.RuleCatalogue_on : Messages.RuleCatalogue_off, modes(rule),
						strategies(rule) })).append(NEW_LINE);
				if (!rule.description().isBlank()) {
					out.append(indentation).append(oneLine(rule.description())).append(NEW_LINE);
				}
			}
		}
		return out.toString();
	}

	/**
	 * For a board pack: a table per category (rule, title, severity, and with a profile whether
	 * the rule runs, strategies), then the rationale of each of its rules.
	 */
	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("# ").append(Messages.RuleCatalogue_markdownTitle).append(NEW_LINE).append(NEW_LINE); //$NON-NLS-1$
		out.append(markdown(summary())).append(". ").append(Messages.RuleCatalogue_severities).append(NEW_LINE); //$NON-NLS-1$
		for (Map.Entry<String, List<Rule>> category : byCategory.entrySet()) {
			out.append(NEW_LINE).append("## ").append(markdown(category.getKey())).append(NEW_LINE).append(NEW_LINE); //$NON-NLS-1$
			List<String> headings = new ArrayList<>(List.of(Messages.RuleCatalogue_rule, Messages.RuleCatalogue_title,
					Messages.RuleCatalogue_severity));
			if (profileName != null) {
				headings.add(Messages.RuleCatalogue_runs);
			}
			headings.add(Messages.RuleCatalogue_strategies);
			row(out, headings);
			out.append('|').append(" --- |".repeat(headings.size())).append(NEW_LINE); //$NON-NLS-1$
			for (Rule rule : category.getValue()) {
				List<String> cells = new ArrayList<>(List.of(rule.id(), rule.title(), severity(rule)));
				if (profileName != null) {
					cells.add(profile.isEnabled(rule) ? Messages.RuleCatalogue_on : Messages.RuleCatalogue_off);
				} else if (!rule.enabledByDefault()) {
					cells.set(2, NLS.bind(Messages.RuleCatalogue_offByDefault, severity(rule)));
				}
				cells.add(strategies(rule));
				row(out, cells);
			}
			for (Rule rule : category.getValue()) {
				if (!rule.description().isBlank()) {
					out.append(NEW_LINE).append("**").append(rule.id()).append("**: ") //$NON-NLS-1$ //$NON-NLS-2$
							.append(markdown(rule.description())).append(NEW_LINE);
				}
			}
		}
		return out.toString();
	}

	/**
	 * For scripts: {@code format} {@code "civitas-rules"}, {@code formatVersion} 1, {@code profile}
	 * (the file, or null for the rule defaults), and {@code categories}, each with its
	 * {@code name} and {@code rules}: {@code id}, {@code title}, {@code severity} (under the
	 * profile), {@code defaultSeverity}, {@code enabled} (under the profile),
	 * {@code enabledByDefault}, {@code modes}, {@code strategies}, {@code rationale}.
	 */
	String json() {
		StringBuilder out = new StringBuilder("{\"format\":\"civitas-rules\",\"formatVersion\":1,\"profile\":"); //$NON-NLS-1$
		out.append(Json.string(profileName)).append(",\"categories\":["); //$NON-NLS-1$
		String categorySeparator = ""; //$NON-NLS-1$
		for (Map.Entry<String, List<Rule>> category : byCategory.entrySet()) {
			out.append(categorySeparator).append("{\"name\":").append(Json.string(category.getKey())).append(",\"rules\":["); //$NON-NLS-1$ //$NON-NLS-2$
			categorySeparator = ","; //$NON-NLS-1$
			String ruleSeparator = ""; //$NON-NLS-1$
			for (Rule rule : category.getValue()) {
				out.append(ruleSeparator).append("{\"id\":").append(Json.string(rule.id())) //$NON-NLS-1$
						.append(",\"title\":").append(Json.string(rule.title())) //$NON-NLS-1$
						.append(",\"severity\":").append(Json.string(profile.severityOf(rule).key())) //$NON-NLS-1$
						.append(",\"defaultSeverity\":").append(Json.string(rule.severity().key())) //$NON-NLS-1$
						.append(",\"enabled\":").append(profile.isEnabled(rule)) //$NON-NLS-1$
						.append(",\"enabledByDefault\":").append(rule.enabledByDefault()) //$NON-NLS-1$
						.append(",\"modes\":").append(array(modeKeys(rule))) //$NON-NLS-1$
						.append(",\"strategies\":").append(array(rule.strategies())) //$NON-NLS-1$
						.append(",\"rationale\":").append(Json.string(rule.description())).append('}'); //$NON-NLS-1$
				ruleSeparator = ","; //$NON-NLS-1$
			}
			out.append("]}"); //$NON-NLS-1$
		}
		return out.append("]}").append(NEW_LINE).toString(); //$NON-NLS-1$
	}

	private String summary() {
		int rules = byCategory.values().stream().mapToInt(List::size).sum();
		String counts = MessageFormat.format(Messages.RuleCatalogue_counts, rules, byCategory.size());
		if (profileName == null) {
			return NLS.bind(Messages.RuleCatalogue_ruleDefaults, counts);
		}
		long on = byCategory.values().stream().flatMap(List::stream).filter(profile::isEnabled).count();
		return NLS.bind(Messages.RuleCatalogue_underProfile, new Object[] { counts, profileName, on, rules - on });
	}

	/** The severity under the profile, with the rule's own when the profile changes it. */
	private String severity(Rule rule) {
		Severity severity = profile.severityOf(rule);
		return severity == rule.severity() ? severity.key()
				: NLS.bind(Messages.RuleCatalogue_changedSeverity, severity.key(), rule.severity().key());
	}

	private static List<String> modeKeys(Rule rule) {
		List<String> keys = new ArrayList<>();
		for (ValidationMode mode : ValidationMode.values()) {
			if (rule.modes().contains(mode)) {
				keys.add(mode.name().toLowerCase(Locale.ROOT));
			}
		}
		return keys;
	}

	private static String modes(Rule rule) {
		return String.join(", ", modeKeys(rule)); //$NON-NLS-1$
	}

	private static String strategies(Rule rule) {
		return rule.strategies().isEmpty() ? Messages.RuleCatalogue_noStrategies : String.join(", ", rule.strategies()); //$NON-NLS-1$
	}

	/** {@code text} with every run of white space, line breaks included, as one space. */
	private static String oneLine(String text) {
		return text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void row(StringBuilder out, List<String> cells) {
		out.append('|');
		for (String cell : cells) {
			out.append(' ').append(markdown(cell)).append(" |"); //$NON-NLS-1$
		}
		out.append(NEW_LINE);
	}

	/** {@code text} on one line, with the characters that Markdown would read as markup escaped. */
	private static String markdown(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : oneLine(text).toCharArray()) {
			if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

	private static String array(List<String> values) {
		return values.stream().map(Json::string).collect(Collectors.joining(",", "[", "]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
