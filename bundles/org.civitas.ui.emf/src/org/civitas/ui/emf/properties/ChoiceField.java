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
 * applies it. The choices of a reference may be thousands of elements, each labelled and
 * sorted, so after a change the field shows only the current value, and offers the choices
 * again when the user comes to it (the pointer enters it, or it gets the focus): an edit
 * elsewhere in a model of 100,000 elements costs nothing here.
 */
final class ChoiceField extends PropertyField {

	private Combo combo;
	private List<Object> choices = List.of();
	/** Whether the choices shown may be out of date (or are only the current value). */
	private boolean stale = true;
	/** Whether the pointer is over the drop-down, so that the user may be about to open it. */
	private boolean pointerInside;

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
		combo.addListener(SWT.MouseEnter, event -> {
			pointerInside = true;
			offerChoices();
		});
		combo.addListener(SWT.MouseExit, event -> pointerInside = false);
		combo.addListener(SWT.FocusIn, event -> offerChoices());
		return combo;
	}

	@Override
	void refresh() {
		stale = true;
		// A refresh as the user comes to the drop-down (clicking it activates the Properties
		// view, which refreshes) must leave every choice there, not only the current one.
		if (combo.isFocusControl() || pointerInside) {
			offerChoices();
			return;
		}
		Object current = PropertyChoices.choiceOf(target.value());
		show(List.of(current), current);
	}

	/** Offers every choice, if those shown may be out of date. */
	private void offerChoices() {
		if (!stale || combo.isDisposed()) {
			return;
		}
		stale = false;
		Object current = PropertyChoices.choiceOf(target.value());
		List<Object> offered = new ArrayList<>(PropertyChoices.of(target, labels));
		// A value outside the choices, such as a reference to an element out of reach, is still shown.
		if (!offered.contains(current) && current != PropertyChoices.NO_VALUE) {
			offered.add(0, current);
		}
		show(offered, current);
	}

	private void show(List<Object> offered, Object current) {
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
