package org.civitas.interchange;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.civitas.interchange.messages"; //$NON-NLS-1$
	public static String CellValues_notAValueOf;
	public static String CellValues_oneOf;
	public static String CellValues_wholeNumber;
	public static String CellValues_outOfRange;
	public static String CellValues_number;
	public static String CellValues_truth;
	public static String CellValues_date;
	public static String CellProblem_row;
	public static String CellProblem_cell;
	public static String ImportMapping_malformed;
	public static String ImportMapping_noSuchList;
	public static String ImportMapping_noSuchColumn;
	public static String ImportMapping_fileComment;
	public static String TableImport_tableLeftOut;
	public static String TableImport_hiddenLeftOut;
	public static String TableImport_headerLeftOut;
	public static String TableImport_duplicateHeader;
	public static String TableImport_idTwice;
	public static String TableImport_idOfAnother;
	public static String TableImport_ambiguousName;
	public static String TableImport_rootTwice;
	public static String TableImport_rootIdKept;
	public static String TableImport_elementTwice;
	public static String TableImport_parentNeeded;
	public static String TableImport_onlyOne;
	public static String TableImport_wrongKind;
	public static String TableImport_ambiguousReference;
	public static String TableImport_unknownReference;
	public static String TableImport_unknownReferenceNear;
	public static String TableSchema_parentGuide;
	public static String TableSchema_idGuide;
	public static String TableSchema_referenceGuide;
	public static String TableSchema_referencesGuide;
	public static String TableSchema_choiceGuide;
	public static String TableSchema_dateGuide;
	public static String TableSchema_wholeNumberGuide;
	public static String TableSchema_numberGuide;
	public static String TableSchema_truthGuide;
	public static String TableSchema_textGuide;
	public static String TableFormats_incomplete;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
