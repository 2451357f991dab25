package org.civitas.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.IItemColorProvider;
import org.eclipse.emf.edit.provider.IItemFontProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemStyledLabelProvider;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.BaseLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.IFontProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.StyledString.Styler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;

/**
 * A JFace label provider over EMF.Edit item providers: plain and styled text (a key figure in
 * the decoration colour, a count in the counter colour), images, and the fonts and colours
 * item providers ask for. Wrap it in a {@code DelegatingStyledCellLabelProvider} for styled
 * labels in trees and tables.
 */
public class EmfLabelProvider extends BaseLabelProvider
		implements ILabelProvider, IStyledLabelProvider, IColorProvider, IFontProvider {

	private final AdapterFactory adapterFactory;
	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final EmfImages images = new EmfImages(resources);

	public EmfLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = adapt(element, IItemLabelProvider.class);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public StyledString getStyledText(Object element) {
		IItemStyledLabelProvider provider = adapt(element, IItemStyledLabelProvider.class);
		if (provider == null || !(provider.getStyledText(element) instanceof org.eclipse.emf.edit.provider.StyledString emfText)) {
			return new StyledString(getText(element));
		}
		StyledString text = new StyledString();
		for (org.eclipse.emf.edit.provider.StyledString.Fragment fragment : emfText) {
			text.append(fragment.getString(), styler(fragment.getStyle()));
		}
		return text;
	}

	/** The JFace styler for the EMF styles item providers use; other styles show plain. */
	private static Styler styler(org.eclipse.emf.edit.provider.StyledString.Style style) {
		if (style == org.eclipse.emf.edit.provider.StyledString.Style.QUALIFIER_STYLER) {
			return StyledString.QUALIFIER_STYLER;
		}
		if (style == org.eclipse.emf.edit.provider.StyledString.Style.COUNTER_STYLER) {
			return StyledString.COUNTER_STYLER;
		}
		if (style == org.eclipse.emf.edit.provider.StyledString.Style.DECORATIONS_STYLER) {
			return StyledString.DECORATIONS_STYLER;
		}
		return null;
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = adapt(element, IItemLabelProvider.class);
		return provider == null ? null : images.get(provider.getImage(element));
	}

	@Override
	public Color getForeground(Object element) {
		IItemColorProvider provider = adapt(element, IItemColorProvider.class);
		return provider == null ? null : color(provider.getForeground(element));
	}

	@Override
	public Color getBackground(Object element) {
		IItemColorProvider provider = adapt(element, IItemColorProvider.class);
		return provider == null ? null : color(provider.getBackground(element));
	}

	@Override
	public Font getFont(Object element) {
		IItemFontProvider provider = adapt(element, IItemFontProvider.class);
		if (provider == null || !(provider.getFont(element) instanceof URI font)) {
			return null;
		}
		String style = font.segmentCount() > 0 ? font.lastSegment() : ""; //$NON-NLS-1$
		if (style.contains("bold")) { //$NON-NLS-1$
			return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		}
		if (style.contains("italic")) { //$NON-NLS-1$
			return JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT);
		}
		return null;
	}

	/**
	 * The colour an item provider names: {@code color://rgb/r/g/b}, or the grayed-out colour
	 * EMF uses for elements that cannot be edited.
	 */
	private Color color(Object emfColor) {
		if (emfColor == IItemColorProvider.GRAYED_OUT_COLOR) {
			return resources.getDevice().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
		}
		if (emfColor instanceof URI uri && "rgb".equals(uri.authority()) && uri.segmentCount() == 3) { //$NON-NLS-1$
			try {
				RGB rgb = new RGB(Integer.parseInt(uri.segment(0)), Integer.parseInt(uri.segment(1)),
						Integer.parseInt(uri.segment(2)));
				return resources.create(ColorDescriptor.createFrom(rgb));
			} catch (IllegalArgumentException e) {
				return null;
			}
		}
		return null;
	}

	private <T> T adapt(Object element, Class<T> type) {
		Object adapter = adapterFactory.adapt(element, type);
		return type.isInstance(adapter) ? type.cast(adapter) : null;
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}
}
