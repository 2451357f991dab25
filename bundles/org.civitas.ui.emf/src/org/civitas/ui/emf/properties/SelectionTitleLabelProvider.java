package org.civitas.ui.emf.properties;

import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

/**
 * The title of the EMF Properties view: the selected element's label and icon, as its item
 * provider gives them, or how many elements are selected. Declared in {@code plugin.xml}; not
 * meant to be used directly.
 */
public final class SelectionTitleLabelProvider extends LabelProvider {

	@Override
	public String getText(Object selection) {
		SelectedElements selected = selected(selection);
		if (selected.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		if (!selected.isSingle()) {
			return NLS.bind(Messages.multipleElements, Integer.valueOf(selected.elements().size()));
		}
		return new AdapterFactoryItemDelegator(selected.adapterFactory()).getText(selected.first());
	}

	@Override
	public Image getImage(Object selection) {
		SelectedElements selected = selected(selection);
		if (!selected.isSingle()) {
			return null;
		}
		return ItemImages.image(new AdapterFactoryItemDelegator(selected.adapterFactory()).getImage(selected.first()));
	}

	private static SelectedElements selected(Object selection) {
		return selection instanceof ISelection workbenchSelection ? SelectedElements.of(null, workbenchSelection)
				: SelectedElements.NONE;
	}
}
