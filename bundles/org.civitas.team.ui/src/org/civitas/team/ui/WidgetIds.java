package org.civitas.team.ui;

/** Names of the controls UI tests find, set with {@code setData(KEY, id)}. */
final class WidgetIds {

	/** Same key as the test harness's {@code UiDriver.WIDGET_ID_KEY}. */
	static final String KEY = "org.civitas.widgetId"; //$NON-NLS-1$

	static final String AUTHOR_NAME = "team.author.name"; //$NON-NLS-1$
	static final String AUTHOR_EMAIL = "team.author.email"; //$NON-NLS-1$
	static final String LOGIN_USER = "team.login.user"; //$NON-NLS-1$
	static final String LOGIN_TOKEN = "team.login.token"; //$NON-NLS-1$
	static final String COMMIT_FILES = "team.commit.files"; //$NON-NLS-1$
	static final String COMMIT_MESSAGE = "team.commit.message"; //$NON-NLS-1$
	static final String HISTORY_HEADING = "team.history.heading"; //$NON-NLS-1$
	static final String HISTORY_TABLE = "team.history.table"; //$NON-NLS-1$
	static final String CONFLICTS_SUMMARY = "team.conflicts.summary"; //$NON-NLS-1$
	static final String CONFLICTS_TABLE = "team.conflicts.table"; //$NON-NLS-1$
	static final String CLONE_ADDRESS = "team.clone.address"; //$NON-NLS-1$
	static final String CLONE_USER = "team.clone.user"; //$NON-NLS-1$
	static final String CLONE_TOKEN = "team.clone.token"; //$NON-NLS-1$
	static final String CLONE_FOLDER = "team.clone.folder"; //$NON-NLS-1$

	private WidgetIds() {
	}
}
