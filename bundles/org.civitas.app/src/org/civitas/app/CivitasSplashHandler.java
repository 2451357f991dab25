package org.civitas.app;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.splash.BasicSplashHandler;

/**
 * The splash screen the launcher shows the moment Java starts ({@code splash.bmp}), with what
 * the workbench is doing and a progress bar under the product's name until its window opens.
 */
public class CivitasSplashHandler extends BasicSplashHandler {

	/** Where splash.bmp leaves room for the message and the bar, in its pixels. */
	private static final Rectangle MESSAGE = new Rectangle(28, 236, 404, 20);
	private static final Rectangle PROGRESS = new Rectangle(28, 264, 404, 8);
	private static final RGB MESSAGE_COLOUR = new RGB(0xC8, 0xD8, 0xEA);

	@Override
	public void init(Shell splash) {
		super.init(splash);
		setMessageRect(MESSAGE);
		setProgressRect(PROGRESS);
		setForeground(MESSAGE_COLOUR);
		// The bar and the message are drawn on the content, which is made when asked for.
		getContent();
	}
}
