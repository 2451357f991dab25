package org.civitas.team;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String GitSetup_notAFolder;
	public static String GitSetup_noRepository;
	public static String GitSetup_bare;
	public static String GitSetup_mergeDriverName;
	public static String GitSetup_attributesComment;
	public static String ConflictSettlement_notSaved;
	public static String ModelChanges_deleted;
	public static String ModelChanges_new;
	public static String ModelChanges_unreadable;

	public static String ModelRepository_notARepository;
	public static String ModelRepository_firstCommit;
	public static String ModelRepository_shareFailed;
	public static String ModelRepository_cloneFailed;
	public static String ModelRepository_commitFailed;
	public static String ModelRepository_mergeMessage;
	public static String ModelRepository_pullBlocked;
	public static String ModelRepository_pullFailed;
	public static String ModelRepository_abortFailed;
	public static String ModelRepository_conflictsOpen;
	public static String ModelRepository_mergeCommitted;
	public static String ModelRepository_remoteMovedOn;
	public static String ModelRepository_pushRefused;
	public static String ModelRepository_pushFailed;
	public static String ModelRepository_credentialsRefused;
	public static String ModelRepository_unreachable;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
