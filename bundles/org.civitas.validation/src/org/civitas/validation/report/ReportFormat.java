package org.civitas.validation.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats a {@link ValidationReport} is written in, each by one call. Every format streams:
 * a report of 100,000 findings is written as it goes, not built in memory first.
 */
public enum ReportFormat {

	/** Plain text for a terminal or a CI log, grouped by severity and rule. */
	TEXT("text", "txt", new TextReport()), //$NON-NLS-1$ //$NON-NLS-2$
	/** JSON for scripts, in the stable structure documented on {@link JsonReport}. */
	JSON("json", "json", new JsonReport()), //$NON-NLS-1$ //$NON-NLS-2$
	/** One self-contained HTML page for a governance board, also fit to print. */
	HTML("html", "html", new HtmlReport()), //$NON-NLS-1$ //$NON-NLS-2$
	/** JUnit XML for CI dashboards: a test case per rule and element checked. */
	JUNIT("junit", "xml", new JUnitReport()), //$NON-NLS-1$ //$NON-NLS-2$
	/** SARIF 2.1.0 for code-scanning dashboards. */
	SARIF("sarif", "sarif", new SarifReport()); //$NON-NLS-1$ //$NON-NLS-2$

	private final String key;
	private final String fileExtension;
	private final ReportWriter writer;

	ReportFormat(String key, String fileExtension, ReportWriter writer) {
		this.key = key;
		this.fileExtension = fileExtension;
		this.writer = writer;
	}

	/** The format's name on the command line: {@code text}, {@code json}, {@code html}, {@code junit}, {@code sarif}. */
	public String key() {
		return key;
	}

	/** The usual extension of a file in this format, without the dot. */
	public String fileExtension() {
		return fileExtension;
	}

	/** The format named {@code key}, in any case; refused with the known names otherwise. */
	public static ReportFormat of(String key) {
		for (ReportFormat format : values()) {
			if (format.key.equals(key.strip().toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		throw new IllegalArgumentException(Messages.format(Messages.ReportFormat_unknown, key,
				Arrays.stream(values()).map(ReportFormat::key).collect(Collectors.joining(", ")))); //$NON-NLS-1$
	}

	/** Writes {@code report} to {@code out} in UTF-8 and flushes it; {@code out} stays open. */
	public void write(ValidationReport report, OutputStream out) throws IOException {
		writer.write(report, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
	}

	/**
	 * Writes {@code report} to {@code out} and flushes it; {@code out} stays open. The XML and
	 * HTML formats declare UTF-8, so a writer that encodes should encode in UTF-8.
	 */
	public void write(ValidationReport report, Writer out) throws IOException {
		writer.write(report, new BufferedWriter(out));
	}
}
