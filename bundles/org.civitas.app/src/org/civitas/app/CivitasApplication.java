package org.civitas.app;

import java.io.File;
import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The Civitas Portfolio Studio application: claims the workspace, then runs the workbench.
 */
public class CivitasApplication implements IApplication {

	/** Workspace folder under the user's home when neither {@code -data} nor a default is given. */
	static final String DEFAULT_WORKSPACE_FOLDER = "civitas-workspace"; //$NON-NLS-1$

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		Location workspace = Platform.getInstanceLocation();
		try {
			if (!claimWorkspace(workspace, context)) {
				return EXIT_OK;
			}
			// The workbench takes the splash screen down once its window is up.
			int returnCode = PlatformUI.createAndRunWorkbench(display, new CivitasWorkbenchAdvisor());
			return returnCode == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			if (workspace != null && workspace.isLocked()) {
				workspace.release();
			}
			display.dispose();
		}
	}

	/**
	 * Locks the workspace so that two instances never write the same models. Reports to the
	 * user, and returns {@code false}, when the workspace is unusable.
	 */
	private static boolean claimWorkspace(Location workspace, IApplicationContext context) throws IOException {
		if (workspace == null || workspace.isReadOnly()) {
			context.applicationRunning(); // the splash screen would hide the message
			MessageDialog.openError(null, Messages.Application_workspaceUnusableTitle,
					Messages.Application_workspaceReadOnly);
			return false;
		}
		if (!workspace.isSet()) {
			File folder = new File(System.getProperty("user.home"), DEFAULT_WORKSPACE_FOLDER); //$NON-NLS-1$
			workspace.set(folder.toURI().toURL(), false);
		}
		URL location = workspace.getURL();
		if (!workspace.lock()) {
			context.applicationRunning();
			MessageDialog.openError(null, Messages.Application_workspaceUnusableTitle,
					NLS.bind(Messages.Application_workspaceInUse, location.getFile()));
			return false;
		}
		return true;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		var workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
