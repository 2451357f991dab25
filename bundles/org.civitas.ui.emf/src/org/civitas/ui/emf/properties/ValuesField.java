package org.civitas.ui.emf.properties;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;

/**
 * The values of a multi-valued property, listed by their labels, with a button that opens the
 * dialog choosing them.
 */
final class ValuesField extends PropertyField {

	private Text shown;

	ValuesField(PropertyTarget target) {
		super(target);
	}

	/** Test id of the button that opens the values dialog of a property. */
	static String editButtonId(String propertyId) {
		return EmfTabbedProperties.CONTRIBUTOR_ID + ".edit." + propertyId; //$NON-NLS-1$
	}

	@Override
	protected Control createEditor(Composite parent, TabbedPropertySheetWidgetFactory factory) {
		Composite editor = factory.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(editor);
		shown = factory.createText(editor, "", SWT.READ_ONLY); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(shown);
		Button edit = factory.createButton(editor, Messages.editValuesButton, SWT.PUSH);
		WidgetIds.name(edit, editButtonId(target.id()));
		edit.setToolTipText(NLS.bind(Messages.editValuesTooltip, target.displayName()));
		edit.addListener(SWT.Selection, event -> chooseValues());
		factory.paintBordersFor(editor);
		return editor;
	}

	private void chooseValues() {
		FeatureValuesDialog dialog = FeatureValuesDialog.forProperty(shown.getShell(), target, labels, target.value());
		if (dialog.open() == Window.OK) {
			apply(dialog.values());
		}
	}

	@Override
	void refresh() {
		shown.setText(labels.getText(target.value()));
	}
}
