package org.civitas.ui.emf.properties;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;

/** The value of a property that cannot be set, as a text that can be selected and copied. */
final class ReadOnlyField extends PropertyField {

	private Text shown;

	ReadOnlyField(PropertyTarget target) {
		super(target);
	}

	@Override
	protected Control createEditor(Composite parent, TabbedPropertySheetWidgetFactory factory) {
		shown = factory.createText(parent, "", SWT.READ_ONLY); //$NON-NLS-1$
		return shown;
	}

	@Override
	void refresh() {
		shown.setText(labels.getText(target.value()));
	}
}
