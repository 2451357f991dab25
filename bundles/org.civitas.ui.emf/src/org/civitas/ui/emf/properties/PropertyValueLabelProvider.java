package org.civitas.ui.emf.properties;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels property values the way EMF.Edit labels them ({@link IItemLabelProvider}), with the
 * "no value" choice shown as {@link Messages#noValue}.
 */
final class PropertyValueLabelProvider extends LabelProvider {

	private final IItemLabelProvider itemLabels;

	PropertyValueLabelProvider(IItemLabelProvider itemLabels) {
		this.itemLabels = itemLabels;
	}

	@Override
	public String getText(Object value) {
		if (value == PropertyChoices.NO_VALUE) {
			return Messages.noValue;
		}
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (itemLabels == null) {
			return value.toString();
		}
		String text = itemLabels.getText(value);
		return text == null ? "" : text; //$NON-NLS-1$
	}

	@Override
	public Image getImage(Object value) {
		if (value == null || value == PropertyChoices.NO_VALUE || itemLabels == null) {
			return null;
		}
		return ItemImages.image(itemLabels.getImage(value));
	}
}
