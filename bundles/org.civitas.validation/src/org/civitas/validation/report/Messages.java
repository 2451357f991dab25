package org.civitas.validation.report;

import java.text.MessageFormat;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the validation reports. */
final class Messages extends NLS {

	public static String ValidationReport_defaultTitle;
	public static String ValidationReport_defaultProfile;
	public static String ReportFormat_unknown;
	public static String Report_date;
	public static String Report_files;
	public static String Report_noFiles;
	public static String Report_profile;
	public static String Report_checked;
	public static String Report_clean;
	public static String ReportWording_error;
	public static String ReportWording_warning;
	public static String ReportWording_info;
	public static String ReportWording_errors;
	public static String ReportWording_warnings;
	public static String ReportWording_infos;
	public static String ReportWording_errorCount;
	public static String ReportWording_warningCount;
	public static String ReportWording_infoCount;
	public static String ReportWording_counts;
	public static String ReportWording_seconds;
	public static String ReportWording_checked;
	public static String ReportWording_failed;
	public static String ReportWording_passed;
	public static String TextReport_heading;
	public static String TextReport_severityHeading;
	public static String TextReport_summary;
	public static String HtmlReport_language;
	public static String HtmlReport_pageTitle;
	public static String HtmlReport_summary;
	public static String HtmlReport_category;
	public static String HtmlReport_total;
	public static String HtmlReport_allCategories;
	public static String HtmlReport_number;
	public static String HtmlReport_findings;
	public static String HtmlReport_about;
	public static String HtmlReport_fileAndPath;
	public static String HtmlReport_rationale;
	public static String HtmlReport_strategies;
	public static String HtmlReport_noStrategies;
	public static String JUnitReport_note;
	public static String JUnitReport_rule;
	public static String JUnitReport_rationale;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}

	/** Fills a pattern: a {@link MessageFormat}, since report wording needs plural choices. */
	static String format(String pattern, Object... arguments) {
		return MessageFormat.format(pattern, arguments);
	}
}
