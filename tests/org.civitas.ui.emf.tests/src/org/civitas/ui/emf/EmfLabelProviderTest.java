package org.civitas.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.civitas.testing.ui.UiTestExtension;
import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.IItemColorProvider;
import org.eclipse.emf.edit.provider.IItemFontProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemStyledLabelProvider;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;

/** Labels from item providers as trees draw them: styled text, SVG icons, fonts and colours. */
@ExtendWith(UiTestExtension.class)
class EmfLabelProviderTest {

	private static final URL STAR = FrameworkUtil.getBundle(EmfLabelProviderTest.class).findEntries("data", "star.svg", false)
			.nextElement();

	/** An item provider for any object, with a styled label, an SVG icon, bold type and red text. */
	private static final class Provider
			implements IItemLabelProvider, IItemStyledLabelProvider, IItemFontProvider, IItemColorProvider {

		@Override
		public String getText(Object object) {
			return "Payroll";
		}

		@Override
		public Object getStyledText(Object object) {
			org.eclipse.emf.edit.provider.StyledString text = new org.eclipse.emf.edit.provider.StyledString("Payroll");
			text.append(" \u2014 live", org.eclipse.emf.edit.provider.StyledString.Style.DECORATIONS_STYLER);
			return text;
		}

		@Override
		public Object getImage(Object object) {
			return STAR;
		}

		@Override
		public Object getFont(Object object) {
			return IItemFontProvider.BOLD_FONT;
		}

		@Override
		public Object getForeground(Object object) {
			return URI.createURI("color://rgb/255/0/0");
		}

		@Override
		public Object getBackground(Object object) {
			return null;
		}
	}

	private final EmfLabelProvider labels = new EmfLabelProvider(new AdapterFactoryImpl() {
		private final Provider provider = new Provider();

		@Override
		public boolean isFactoryForType(Object type) {
			return true;
		}

		@Override
		public Object adapt(Object target, Object type) {
			return provider;
		}
	});

	@AfterEach
	void dispose() {
		labels.dispose();
	}

	@Test
	void keyFigureKeepsTheDecorationStyle() {
		StyledString text = labels.getStyledText("element");
		assertEquals("Payroll \u2014 live", text.getString());
		StyleRange[] ranges = text.getStyleRanges();
		assertEquals(1, ranges.length);
		assertEquals("Payroll".length(), ranges[0].start);
		assertEquals(JFaceResources.getColorRegistry().getRGB(JFacePreferences.DECORATIONS_COLOR), ranges[0].foreground.getRGB());
	}

	@Test
	void svgIconsBecomeImagesSharedBetweenCalls() {
		Image icon = labels.getImage("element");
		assertNotNull(icon, "the SVG icon loads");
		assertEquals(16, icon.getBounds().width);
		assertTrue(icon == labels.getImage("other element"), "one image per icon, not per element");
	}

	@Test
	void fontAndColourFollowTheItemProvider() {
		assertTrue((labels.getFont("element").getFontData()[0].getStyle() & SWT.BOLD) != 0, "bold");
		assertEquals(new RGB(255, 0, 0), labels.getForeground("element").getRGB());
	}
}
