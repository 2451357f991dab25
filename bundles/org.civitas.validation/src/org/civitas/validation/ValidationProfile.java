package org.civitas.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.civitas.files.TextPosition;

/**
 * Which rules run and at what severity: a team's choice, kept in a small text file that can
 * be shared and given to the command line. Rules a profile does not mention keep their
 * defaults.
 *
 * <pre>
 * # Civitas validation profile
 * FIN-003 = off
 * GOV-001 = error
 * RSK-002 = on
 * </pre>
 *
 * A value is {@code on}, {@code off}, or a severity ({@code error}, {@code warning},
 * {@code info}), which also switches the rule on.
 */
public final class ValidationProfile {

	/** A rule's setting in a profile. */
	private record Setting(boolean enabled, Severity severity) {
	}

	private static final String ON = "on"; //$NON-NLS-1$
	private static final String OFF = "off"; //$NON-NLS-1$

	private final Map<String, Setting> settings;
	/** Where the profile was read from, and the line of each rule's setting, for messages. */
	private final String source;
	private final Map<String, Integer> lines;

	private ValidationProfile(Map<String, Setting> settings, String source, Map<String, Integer> lines) {
		this.settings = Collections.unmodifiableMap(settings);
		this.source = source;
		this.lines = Map.copyOf(lines);
	}

	/** Every rule as its author set it. */
	public static ValidationProfile defaults() {
		return new ValidationProfile(new LinkedHashMap<>(), "profile", Map.of()); //$NON-NLS-1$
	}

	/**
	 * Refuses a profile that sets a rule {@code rules} does not have (nor EMF's
	 * {@link ModelValidator#WELL_FORMED}): a misspelt id, or a rule whose plug-in is not
	 * installed, whose setting would otherwise silently not apply.
	 *
	 * @throws IOException naming the profile, the line and the id
	 */
	public void requireKnownRules(RuleRegistry rules) throws IOException {
		for (String ruleId : settings.keySet()) {
			if (rules.rule(ruleId) == null && !ModelValidator.WELL_FORMED.id().equals(ruleId)) {
				throw new IOException(Messages.format(Messages.ValidationProfile_unknownRule, source,
						lines.getOrDefault(ruleId, 0), ruleId));
			}
		}
	}

	/** Whether {@code rule} runs under this profile. */
	public boolean isEnabled(Rule rule) {
		Setting setting = settings.get(rule.id());
		return setting == null ? rule.enabledByDefault() : setting.enabled();
	}

	/** Whether {@code rule} runs under this profile in {@code mode}. */
	public boolean runs(Rule rule, ValidationMode mode) {
		return rule.modes().contains(mode) && isEnabled(rule);
	}

	/** The severity of {@code rule}'s findings under this profile. */
	public Severity severityOf(Rule rule) {
		Setting setting = settings.get(rule.id());
		return setting == null || setting.severity() == null ? rule.severity() : setting.severity();
	}

	/** This profile with {@code ruleId} switched on or off. */
	public ValidationProfile withEnabled(String ruleId, boolean enabled) {
		Map<String, Setting> changed = new LinkedHashMap<>(settings);
		Setting old = settings.get(ruleId);
		changed.put(ruleId, new Setting(enabled, old == null ? null : old.severity()));
		return new ValidationProfile(changed, source, lines);
	}

	/** This profile with {@code ruleId} on, at {@code severity}. */
	public ValidationProfile withSeverity(String ruleId, Severity severity) {
		Map<String, Setting> changed = new LinkedHashMap<>(settings);
		changed.put(ruleId, new Setting(true, severity));
		return new ValidationProfile(changed, source, lines);
	}

	/**
	 * Reads a profile file (UTF-8). Text that is not UTF-8 is refused with the line and column
	 * where it stops being so.
	 */
	public static ValidationProfile read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader, file.toString());
		} catch (CharacterCodingException notUtf8) {
			TextPosition position = TextPosition.firstMalformedUtf8(file).orElse(new TextPosition(1, 0));
			throw new IOException(Messages.format(Messages.ValidationProfile_notUtf8, file, position.line(),
					position.column()), notUtf8);
		}
	}

	/**
	 * Reads a profile. A line that is neither a comment nor {@code RULE-ID = value} with a
	 * known value is refused with its source and line number.
	 */
	public static ValidationProfile read(Reader reader, String source) throws IOException {
		Map<String, Setting> settings = new LinkedHashMap<>();
		Map<String, Integer> settingLines = new HashMap<>();
		BufferedReader lines = new BufferedReader(reader);
		int number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			String text = line.strip();
			if (text.isEmpty() || text.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			int equals = text.indexOf('=');
			if (equals <= 0) {
				throw new IOException(Messages.format(Messages.ValidationProfile_badLine, source, number, text));
			}
			String ruleId = text.substring(0, equals).strip();
			String value = text.substring(equals + 1).strip();
			settings.put(ruleId, setting(value, source, number));
			settingLines.put(ruleId, number);
		}
		return new ValidationProfile(settings, source, settingLines);
	}

	private static Setting setting(String value, String source, int line) throws IOException {
		if (ON.equalsIgnoreCase(value)) {
			return new Setting(true, null);
		}
		if (OFF.equalsIgnoreCase(value)) {
			return new Setting(false, null);
		}
		try {
			return new Setting(true, Severity.of(value));
		} catch (IllegalArgumentException e) {
			throw new IOException(Messages.format(Messages.ValidationProfile_badValue, source, line, value));
		}
	}

	/** Writes the profile in the format {@link #read} takes. */
	public void write(Writer writer) throws IOException {
		writer.write("# Civitas validation profile: RULE-ID = on | off | error | warning | info\n"); //$NON-NLS-1$
		for (Map.Entry<String, Setting> entry : settings.entrySet()) {
			Setting setting = entry.getValue();
			String value = !setting.enabled() ? OFF : setting.severity() == null ? ON : setting.severity().key();
			writer.write(entry.getKey() + " = " + value + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		writer.flush();
	}
}
