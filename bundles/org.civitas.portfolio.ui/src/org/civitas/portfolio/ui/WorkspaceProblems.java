package org.civitas.portfolio.ui;

import org.civitas.portfolio.model.resource.PortfolioResource;
import org.civitas.validation.ui.WorkspaceValidation;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IStartup;

/**
 * The Problems view shows the findings of every portfolio in the workspace from the start, not
 * only of those opened: once the workbench is up, every portfolio is validated in the
 * background, and again whenever it is saved or changes on disk.
 */
public final class WorkspaceProblems implements IStartup {

	/** Lets the workbench finish opening, and the user start working, before validating. */
	private static final long AFTER_START_MILLIS = 3000;

	@Override
	public void earlyStartup() {
		WorkspaceValidation.start(ResourcesPlugin.getWorkspace(),
				file -> PortfolioResource.FILE_EXTENSION.equals(file.getFileExtension()), AFTER_START_MILLIS);
	}
}
