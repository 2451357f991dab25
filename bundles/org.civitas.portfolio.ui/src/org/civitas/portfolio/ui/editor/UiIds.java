package org.civitas.portfolio.ui.editor;

/** The key under which widgets carry the id that UI tests find them by. */
final class UiIds {

	/** Same key as the test harness's {@code UiDriver.WIDGET_ID_KEY}. */
	static final String KEY = "org.civitas.widgetId"; //$NON-NLS-1$

	private UiIds() {
	}
}
