package org.civitas.team.ui;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the team workbench. */
final class Messages extends NLS {

	public static String Author_name;
	public static String Author_email;
	public static String ClonePage_title;
	public static String ClonePage_description;
	public static String ClonePage_address;
	public static String ClonePage_user;
	public static String ClonePage_token;
	public static String ClonePage_folder;
	public static String ClonePage_browse;
	public static String ClonePage_noAddress;
	public static String ClonePage_badAddress;
	public static String ClonePage_noFolder;
	public static String ClonePage_folderNotEmpty;
	public static String ClonePage_loginIncomplete;
	public static String ClonePage_projectExists;
	public static String CloneWizard_title;
	public static String CloneWizard_cloning;
	public static String CommitDialog_title;
	public static String CommitDialog_heading;
	public static String CommitDialog_headingMerge;
	public static String CommitDialog_message;
	public static String CommitDialog_file;
	public static String CommitDialog_kind;
	public static String CommitDialog_summary;
	public static String CommitDialog_added;
	public static String CommitDialog_deleted;
	public static String CommitDialog_modified;
	public static String CommitDialog_messageLabel;
	public static String CommitDialog_mergeMessage;
	public static String CommitDialog_commit;
	public static String CommitDialog_nothingChosen;
	public static String CommitDialog_noMessage;
	public static String CommitDialog_noAuthor;
	public static String CommitFlow_conflictsOpen;
	public static String CommitFlow_nothing;
	public static String CommitFlow_reading;
	public static String Compare_commit;
	public static String Compare_element;
	public static String Compare_lastCommit;
	public static String Compare_noChanges;
	public static String Compare_notCommitted;
	public static String Compare_place;
	public static String Compare_title;
	public static String Compare_unreadable;
	public static String Compare_workingTree;
	public static String ConflictsView_title;
	public static String ConflictsView_takeOurs;
	public static String ConflictsView_takeTheirs;
	public static String ConflictsView_commitMerge;
	public static String ConflictsView_abortMerge;
	public static String ConflictsView_element;
	public static String ConflictsView_feature;
	public static String ConflictsView_base;
	public static String ConflictsView_ours;
	public static String ConflictsView_theirs;
	public static String ConflictsView_model;
	public static String ConflictsView_order;
	public static String ConflictsView_move;
	public static String ConflictsView_deletedByTheirs;
	public static String ConflictsView_deletedByOurs;
	public static String ConflictsView_none;
	public static String ConflictsView_summary;
	public static String ConflictsView_unsettled;
	public static String ConflictsView_allSettled;
	public static String ConflictsView_saveFirst;
	public static String ConflictsView_abortQuestion;
	public static String HistoryIndexing_job;
	public static String HistoryView_empty;
	public static String HistoryView_summarizing;
	public static String HistoryView_commit;
	public static String HistoryView_date;
	public static String HistoryView_author;
	public static String HistoryView_message;
	public static String HistoryView_changes;
	public static String HistoryView_ofFile;
	public static String HistoryView_ofElement;
	public static String HistoryView_loading;
	public static String HistoryView_count;
	public static String HistoryView_created;
	public static String HistoryView_deleted;
	public static String LoginDialog_title;
	public static String LoginDialog_heading;
	public static String LoginDialog_user;
	public static String LoginDialog_token;
	public static String LoginDialog_remember;
	public static String TeamDecorator_branch;
	public static String TeamDecorator_conflicts;
	public static String TeamHandlers_title;
	public static String TeamHandlers_noProject;
	public static String TeamHandlers_notShared;
	public static String TeamHandlers_alreadyShared;
	public static String TeamHandlers_noModel;
	public static String TeamHandlers_noMerge;
	public static String TeamHandlers_noRemote;
	public static String TeamHandlers_twoModels;
	public static String TeamHandlers_shareTitle;
	public static String TeamHandlers_shareQuestion;
	public static String TeamHandlers_shared;
	public static String TeamHandlers_pullTitle;
	public static String TeamHandlers_upToDate;
	public static String TeamHandlers_fastForward;
	public static String TeamHandlers_merged;
	public static String TeamHandlers_layoutNotes;
	public static String TeamHandlers_conflicts;
	public static String TeamHandlers_otherConflicts;
	public static String TeamHandlers_pushTitle;
	public static String TeamHandlers_pushed;
	public static String TeamPreferencePage_description;
	public static String TeamStates_job;
	public static String TeamStates_merging;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
