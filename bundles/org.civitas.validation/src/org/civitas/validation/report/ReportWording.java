package org.civitas.validation.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.civitas.validation.Severity;

/** How the reports for people (text and HTML) put severities, counts, dates and durations into words. */
final class ReportWording {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private ReportWording() {
	}

	/** "Error", "Warning", "Info". */
	static String name(Severity severity) {
		return switch (severity) {
			case ERROR -> Messages.ReportWording_error;
			case WARNING -> Messages.ReportWording_warning;
			case INFO -> Messages.ReportWording_info;
		};
	}

	/** "Errors", "Warnings", "Infos": headings and table columns. */
	static String plural(Severity severity) {
		return switch (severity) {
			case ERROR -> Messages.ReportWording_errors;
			case WARNING -> Messages.ReportWording_warnings;
			case INFO -> Messages.ReportWording_infos;
		};
	}

	/** "no errors", "1 warning", "12 infos". */
	static String count(Severity severity, int count) {
		String pattern = switch (severity) {
			case ERROR -> Messages.ReportWording_errorCount;
			case WARNING -> Messages.ReportWording_warningCount;
			case INFO -> Messages.ReportWording_infoCount;
		};
		return Messages.format(pattern, count);
	}

	/** The findings of a report counted by severity: "2 errors, 1 warning, no infos". */
	static String counts(ValidationReport report) {
		return Messages.format(Messages.ReportWording_counts, count(Severity.ERROR, report.count(Severity.ERROR)),
				count(Severity.WARNING, report.count(Severity.WARNING)), count(Severity.INFO, report.count(Severity.INFO)));
	}

	/** When, in UTC, to the minute: reports are read in other time zones than they are made in. */
	static String date(Instant instant) {
		return DATE.format(instant);
	}

	static String duration(Duration duration) {
		return Messages.format(Messages.ReportWording_seconds, duration.toNanos() / 1e9);
	}

	/** What the run checked: "57 elements by 4 rules in 0.12 s". */
	static String checked(ValidationReport report) {
		return Messages.format(Messages.ReportWording_checked, report.elementsChecked(), report.rules().size(),
				duration(report.duration()));
	}

	/** Whether the run passed, and what fails it. */
	static String verdict(ValidationReport report) {
		return report.failed() ? Messages.format(Messages.ReportWording_failed, name(report.failOn()))
				: Messages.format(Messages.ReportWording_passed, name(report.failOn()));
	}
}
