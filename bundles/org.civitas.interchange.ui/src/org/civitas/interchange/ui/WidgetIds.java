package org.civitas.interchange.ui;

/** The key under which widgets carry the id that UI tests find them by. */
final class WidgetIds {

	/** Same key as the test harness's {@code UiDriver.WIDGET_ID_KEY}. */
	static final String KEY = "org.civitas.widgetId"; //$NON-NLS-1$

	private WidgetIds() {
	}
}
