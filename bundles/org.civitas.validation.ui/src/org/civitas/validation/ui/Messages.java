package org.civitas.validation.ui;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of validation in the workbench. */
final class Messages extends NLS {

	public static String FileValidation_job;
	public static String FileValidation_failed;
	public static String FileValidation_unreadable;
	public static String FileValidation_where;
	public static String MarkerUpdates_job;
	public static String MarkerUpdates_failed;
	public static String QuickFixResolutions_description;
	public static String QuickFixResolutions_failedTitle;
	public static String QuickFixResolutions_noModel;
	public static String ValidateHandler_summary;
	public static String ValidateHandler_validating;
	public static String ValidationMarkers_message;
	public static String ValidationPreferencePage_description;
	public static String ValidationPreferencePage_rule;
	public static String ValidationPreferencePage_severity;
	public static String ValidationPreferencePage_runs;
	public static String ValidationPreferencePage_strategies;
	public static String ValidationPreferencePage_category;
	public static String ValidationPreferencePage_error;
	public static String ValidationPreferencePage_warning;
	public static String ValidationPreferencePage_info;
	public static String ValidationPreferencePage_live;
	public static String ValidationPreferencePage_batch;
	public static String ValidationPreferencePage_import;
	public static String ValidationPreferencePage_export;
	public static String ValidationPreferencePage_rationale;
	public static String ValidationPreferencePage_fixes;
	public static String ValidationPreferencePage_importFailed;
	public static String ValidationPreferencePage_exportFailed;
	public static String ValidationPreferencePage_cannotWrite;
	public static String ValidationPreferencePage_cannotRead;
	public static String ValidationPreferences_source;
	public static String RuleHelp_text;
	public static String RuleHelp_noStrategy;
	public static String RuleHelp_categoryTopic;
	public static String RuleHelp_strategiesTopic;

	static {
		NLS.initializeMessages(Messages.class.getName().replace(".Messages", ".messages"), Messages.class); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Messages() {
	}
}
