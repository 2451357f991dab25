package org.civitas.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Shape of the main window: tool bar, status line, progress and perspective bar; maximized on
 * the primary monitor the first time, as the user left it afterwards.
 */
public class CivitasWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

	/** The size the window takes when the user un-maximizes it the first time. */
	private static final Point INITIAL_SIZE = new Point(1280, 860);

	/** Whether the window was restored as the user left it, rather than opened for the first time. */
	private boolean restored;

	public CivitasWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new CivitasActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(INITIAL_SIZE);
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
	}

	@Override
	public void postWindowRestore() throws WorkbenchException {
		restored = true;
	}

	/** A first start fills the primary monitor: a modeler wants the room, and the window is where the user looks. */
	@Override
	public void postWindowCreate() {
		if (restored) {
			return;
		}
		Shell shell = getWindowConfigurer().getWindow().getShell();
		Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
		shell.setLocation(screen.x + Math.max(0, (screen.width - INITIAL_SIZE.x) / 2),
				screen.y + Math.max(0, (screen.height - INITIAL_SIZE.y) / 2));
		shell.setMaximized(true);
	}
}
