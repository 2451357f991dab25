package org.civitas.validation;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

/** How serious a finding is, from the board's point of view. */
public enum Severity {

	/** The model breaks a rule the governance relies on: fix before approval. */
	ERROR(Diagnostic.ERROR),
	/** A likely problem worth a decision. */
	WARNING(Diagnostic.WARNING),
	/** Worth knowing; no action required. */
	INFO(Diagnostic.INFO);

	private final int diagnosticSeverity;

	Severity(int diagnosticSeverity) {
		this.diagnosticSeverity = diagnosticSeverity;
	}

	/** The matching EMF {@link Diagnostic} severity. */
	public int diagnosticSeverity() {
		return diagnosticSeverity;
	}

	/** The name used in files and on the command line: {@code error}, {@code warning}, {@code info}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The severity named {@code key} ({@code error}, {@code warning} or {@code info}, any case). */
	public static Severity of(String key) {
		for (Severity severity : values()) {
			if (severity.key().equalsIgnoreCase(key.strip())) {
				return severity;
			}
		}
		throw new IllegalArgumentException(key);
	}

	/** Whether this severity is at least as serious as {@code other}. */
	public boolean atLeast(Severity other) {
		return ordinal() <= other.ordinal();
	}
}
