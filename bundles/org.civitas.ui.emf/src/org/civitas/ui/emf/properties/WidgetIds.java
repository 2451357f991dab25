package org.civitas.ui.emf.properties;

import org.eclipse.swt.widgets.Widget;

/**
 * Names the widgets that tests look for, under the key the Civitas UI test harness reads (the
 * product bundles use the key's literal value, since they do not depend on the harness).
 */
final class WidgetIds {

	static final String KEY = "org.civitas.widgetId"; //$NON-NLS-1$

	private WidgetIds() {
	}

	static <W extends Widget> W name(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}
}
