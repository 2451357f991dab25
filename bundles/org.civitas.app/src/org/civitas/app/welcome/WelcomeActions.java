package org.civitas.app.welcome;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

import org.civitas.examples.ExampleProjectInstaller;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.statushandlers.StatusManager;

/** What the Welcome's links do, each in the window the Welcome is shown in. */
final class WelcomeActions {

	/** The example a newcomer sees first: the smallest complete one, with all its diagrams. */
	static final String EXAMPLE_PORTFOLIO = "state-email-consolidation.portfolio"; //$NON-NLS-1$
	static final String EXAMPLE_SERVICE_MAP = "state-email-consolidation.service-map.diagram"; //$NON-NLS-1$
	/** The cheat sheet that builds a portfolio from nothing (org.civitas.help). */
	static final String FIRST_CHEAT_SHEET = "org.civitas.help.buildPortfolio"; //$NON-NLS-1$
	static final String BOARD_GUIDE = "/org.civitas.help/help/board/validation-guide.html"; //$NON-NLS-1$

	private static final String NEW_WIZARD_COMMAND = "org.eclipse.ui.newWizard"; //$NON-NLS-1$
	private static final String NEW_WIZARD_PARAMETER = "newWizardId"; //$NON-NLS-1$
	private static final String NEW_PROJECT_WIZARD = "org.civitas.portfolio.ui.wizards.newProject"; //$NON-NLS-1$
	private static final String CHEAT_SHEET_COMMAND = "org.eclipse.ui.cheatsheets.openCheatSheet"; //$NON-NLS-1$
	private static final String CHEAT_SHEET_PARAMETER = "cheatSheetId"; //$NON-NLS-1$

	private final IWorkbenchWindow window;
	private final Runnable closeWelcome;

	WelcomeActions(IWorkbenchWindow window, Runnable closeWelcome) {
		this.window = window;
		this.closeWelcome = closeWelcome;
	}

	/**
	 * Puts the example project into the workspace unless it is there, then opens the e-mail
	 * consolidation portfolio and its service map.
	 */
	void openExample() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			window.run(true, false, monitor -> {
				try {
					ExampleProjectInstaller.install(workspace, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			report(Messages.Welcome_exampleFailed, e.getCause());
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		IProject project = workspace.getRoot().getProject(ExampleProjectInstaller.EXAMPLE_PROJECT_NAME);
		IFile portfolio = project.getFile(EXAMPLE_PORTFOLIO);
		if (!portfolio.exists()) {
			report(NLS.bind(Messages.Welcome_exampleMissing, portfolio.getFullPath(), project.getName()), null);
			return;
		}
		closeWelcome.run();
		open(portfolio);
		IFile serviceMap = project.getFile(EXAMPLE_SERVICE_MAP);
		if (serviceMap.exists()) {
			open(serviceMap);
		}
	}

	void createPortfolio() {
		closeWelcome.run();
		execute(NEW_WIZARD_COMMAND, NEW_WIZARD_PARAMETER, NEW_PROJECT_WIZARD);
	}

	void startTour() {
		closeWelcome.run();
		execute(CHEAT_SHEET_COMMAND, CHEAT_SHEET_PARAMETER, FIRST_CHEAT_SHEET);
	}

	/** Opens the board's guide in the help window; the Welcome stays, for the next step. */
	void readBoardGuide() {
		PlatformUI.getWorkbench().getHelpSystem().displayHelpResource(BOARD_GUIDE);
	}

	void openPortfolio(IFile portfolio) {
		closeWelcome.run();
		open(portfolio);
	}

	private void open(IFile file) {
		IWorkbenchPage page = window.getActivePage();
		try {
			IDE.openEditor(page, file, true);
		} catch (PartInitException e) {
			report(NLS.bind(Messages.Welcome_openFailed, file.getFullPath()), e);
		}
	}

	private void execute(String commandId, String parameter, String value) {
		ICommandService commands = window.getService(ICommandService.class);
		IHandlerService handlers = window.getService(IHandlerService.class);
		try {
			handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId),
					Map.of(parameter, value)), null);
		} catch (CommandException e) {
			report(NLS.bind(Messages.Welcome_commandFailed, commandId), e);
		}
	}

	private static void report(String message, Throwable cause) {
		StatusManager.getManager().handle(Status.error(message, cause), StatusManager.SHOW | StatusManager.LOG);
	}
}
