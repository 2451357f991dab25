package org.civitas.emf.compare;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.civitas.emf.compare.messages"; //$NON-NLS-1$
	public static String DiffText_added;
	public static String DiffText_removed;
	public static String DiffText_moved;
	public static String DiffText_changed;
	public static String DiffText_listChanged;
	public static String DiffText_reordered;
	public static String DiffText_none;
	public static String ChangeSummary_none;
	public static String ChangeSummary_changed;
	public static String ChangeSummary_added;
	public static String ChangeSummary_removed;
	public static String Merge_present;
	public static String Merge_deleted;
	public static String Merge_none;
	public static String Merge_place;
	public static String Merge_layoutNote;
	public static String Resolution_elementGone;
	public static String Resolution_featureUnknown;
	public static String Resolution_targetGone;
	public static String Resolution_containerGone;
	public static String Resolution_alreadyThere;
	public static String Resolution_cycle;
	public static String Resolution_badValue;
	public static String Resolution_badFragment;
	public static String ConflictFile_malformed;
	public static String ConflictFile_newerFormat;
	public static String ConflictFile_noConflicts;
	public static String ConflictFile_incomplete;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
