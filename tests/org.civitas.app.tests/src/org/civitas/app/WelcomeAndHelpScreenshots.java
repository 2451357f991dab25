package org.civitas.app;

import java.nio.file.Path;
import java.util.Optional;

import org.civitas.examples.ExampleProjectInstaller;
import org.civitas.portfolio.ui.HelpContexts;
import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.civitas.testing.ui.Screenshots;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Welcome, F1 help in the Help view and a cheat sheet, as the guides show them. Written to
 * {@code target/screenshots}, or to the folder of {@code -Dcivitas.screenshots}:
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify -pl releng/org.civitas.codegen,releng/org.civitas.helpgen,features/org.civitas.product.feature,tests/org.civitas.app.tests -am \
 *     -Dtest=WelcomeAndHelpScreenshots -Dsurefire.failIfNoSpecifiedTests=false "-Dcivitas.test.vmargs=-Xmx1g -Dcivitas.screenshots=$PWD/docs/images"
 * </pre>
 */
@ExtendWith(UiTestExtension.class)
class WelcomeAndHelpScreenshots {

	private static final Path FOLDER = Screenshots.FOLDER;

	@Test
	void welcome() throws Exception {
		Shell shell = Screenshots.documentedWindow();
		PlatformUI.getWorkbench().getIntroManager().showIntro(WorkbenchDriver.window(), false);
		UiDriver.processEvents();
		Screenshots.capture(shell, FOLDER.resolve("welcome.png"));
	}

	@Test
	void contextHelpAndACheatSheetBesideThePortfolioEditor() throws Exception {
		Shell shell = Screenshots.documentedWindow();
		UiDriver.waitForJobs();
		IFile portfolio = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProjectInstaller.EXAMPLE_PROJECT_NAME)
				.getFile("state-email-consolidation.portfolio");
		PortfolioEditor editor = (PortfolioEditor) IDE.openEditor(WorkbenchDriver.page(), portfolio, PortfolioEditor.ID);
		UiDriver.waitForJobs();
		UiDriver.processEvents();
		PlatformUI.getWorkbench().getHelpSystem().displayHelp(HelpContexts.EDITOR_MODEL_PAGE);
		UiDriver.waitFor("the Help view", () -> Optional.ofNullable(WorkbenchDriver.page().findView("org.eclipse.help.ui.HelpView")));
		UiDriver.processEvents();
		Screenshots.capture(shell, FOLDER.resolve("help-view.png"));

		WorkbenchDriver.page().activate(editor);
		new OpenCheatSheetAction("org.civitas.help.buildPortfolio").run();
		UiDriver.waitFor("the cheat sheet", () -> Optional.ofNullable(
				WorkbenchDriver.page().findView("org.eclipse.ui.cheatsheets.views.CheatSheetView")));
		UiDriver.processEvents();
		Screenshots.capture(shell, FOLDER.resolve("cheat-sheet.png"));
	}
}
