package org.civitas.ui.emf.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;

/**
 * A drop-down of the property's choices, labelled as EMF.Edit labels them; choosing one
 * applies it. The choices are read again whenever the model changes, since the elements a
 * reference may point to come and go.
 */
final class ChoiceField extends PropertyField {

	private Combo combo;
	private List<Object> choices = List.of();

	ChoiceField(PropertyTarget target) {
		super(target);
	}

	@Override
	protected Control createEditor(Composite parent, TabbedPropertySheetWidgetFactory factory) {
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		factory.adapt(combo, true, true);
		combo.addListener(SWT.Selection, event -> {
			int index = combo.getSelectionIndex();
			if (index >= 0) {
				apply(PropertyChoices.valueOf(choices.get(index)));
			}
		});
		return combo;
	}

	@Override
	void refresh() {
		Object current = PropertyChoices.choiceOf(target.value());
		List<Object> offered = new ArrayList<>(PropertyChoices.of(target, labels));
		// A value outside the choices, such as a reference to an element out of reach, is still shown.
		if (!offered.contains(current) && current != PropertyChoices.NO_VALUE) {
			offered.add(0, current);
		}
		choices = offered;
		combo.setItems(offered.stream().map(labels::getText).toArray(String[]::new));
		int index = offered.indexOf(current);
		if (index >= 0) {
			combo.select(index);
		} else {
			combo.deselectAll();
		}
	}
}
