package org.civitas.interchange.ui;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.civitas.interchange.ui.messages"; //$NON-NLS-1$
	public static String ImportSession_unknownFormat;
	public static String ImportFilesPage_title;
	public static String ImportFilesPage_description;
	public static String ImportFilesPage_model;
	public static String ImportFilesPage_files;
	public static String ImportFilesPage_filesHint;
	public static String ImportFilesPage_addFiles;
	public static String ImportFilesPage_addFolder;
	public static String ImportFilesPage_mappingFile;
	public static String ImportFilesPage_mappingHint;
	public static String ImportFilesPage_browseMapping;
	public static String ImportFilesPage_clearEmpty;
	public static String ImportFilesPage_deleteMissing;
	public static String ImportFilesPage_tableFiles;
	public static String ImportFilesPage_allFiles;
	public static String ImportFilesPage_noSuchFile;
	public static String ImportFilesPage_unknownFormat;
	public static String ImportFilesPage_noFiles;
	public static String ImportMappingPage_title;
	public static String ImportMappingPage_description;
	public static String ImportMappingPage_inTheFile;
	public static String ImportMappingPage_importsInto;
	public static String ImportMappingPage_importsIntoLabel;
	public static String ImportMappingPage_leftOut;
	public static String ImportMappingPage_hiddenLeftOut;
	public static String ImportMappingPage_save;
	public static String ImportMappingPage_saveFailedTitle;
	public static String ImportMappingPage_saveFailed;
	public static String ImportPreviewPage_title;
	public static String ImportPreviewPage_description;
	public static String ImportPreviewPage_result;
	public static String ImportPreviewPage_source;
	public static String ImportPreviewPage_row;
	public static String ImportPreviewPage_element;
	public static String ImportPreviewPage_details;
	public static String ImportPreviewPage_error;
	public static String ImportPreviewPage_update;
	public static String ImportPreviewPage_create;
	public static String ImportPreviewPage_delete;
	public static String ImportPreviewPage_leftOut;
	public static String ImportPreviewPage_cell;
	public static String ImportPreviewPage_change;
	public static String ImportPreviewPage_empty;
	public static String ImportPreviewPage_newIn;
	public static String ImportPreviewPage_summary;
	public static String ImportPreviewPage_nothingToDo;
	public static String ImportPreviewPage_ready;
	public static String ImportPreviewPage_problems;
	public static String SpreadsheetImportWizard_title;
	public static String SpreadsheetImportWizard_commandLabel;
	public static String SpreadsheetImportWizard_commandDescription;
	public static String SpreadsheetExportWizard_title;
	public static String SpreadsheetExportWizard_writing;
	public static String SpreadsheetExportWizard_failed;
	public static String ExportPage_title;
	public static String ExportPage_description;
	public static String ExportPage_model;
	public static String ExportPage_format;
	public static String ExportPage_formatEntry;
	public static String ExportPage_folderOf;
	public static String ExportPage_target;
	public static String ExportPage_browseTarget;
	public static String ExportPage_template;
	public static String ExportPage_noFormat;
	public static String ExportPage_noTarget;
	public static String ExportPage_badTarget;
	public static String ExportPage_targetIsFolder;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
