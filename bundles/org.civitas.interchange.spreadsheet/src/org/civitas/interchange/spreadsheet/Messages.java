package org.civitas.interchange.spreadsheet;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.civitas.interchange.spreadsheet.messages"; //$NON-NLS-1$
	public static String CsvTables_notCsv;
	public static String XlsxTables_sheet;
	public static String XlsxTables_notAWorkbook;
	public static String XlsxTables_formulaWithoutValue;
	public static String XlsxTables_errorValue;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
