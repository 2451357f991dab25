package org.civitas.portfolio.ui;

/** The key under which widgets carry the id that UI tests find them by. */
public final class UiIds {

	/** Same key as the test harness's {@code UiDriver.WIDGET_ID_KEY}. */
	public static final String KEY = "org.civitas.widgetId"; //$NON-NLS-1$

	private UiIds() {
	}
}
