package org.civitas.portfolio.ui.editor;

import java.nio.file.Path;
import java.util.Arrays;

import org.civitas.examples.ExampleProjectInstaller;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.Screenshots;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.civitas.validation.ui.LiveValidation;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The screenshots of the portfolio editor in {@code docs/images}, taken from the running
 * product on an example portfolio. Not a test: its name keeps it out of the normal run. Run
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify -pl releng/org.civitas.codegen,features/org.civitas.product.feature,tests/org.civitas.portfolio.ui.tests -am \
 *     -Dtest=DocumentationScreenshots -Dsurefire.failIfNoSpecifiedTests=false "-Dcivitas.test.vmargs=-Xmx1g -Dcivitas.screenshots=$PWD/docs/images"
 * </pre>
 */
@ExtendWith(UiTestExtension.class)
class DocumentationScreenshots {

	private static final Path FOLDER = Screenshots.FOLDER;

	private static PortfolioEditor openExample(String name) throws PartInitException {
		return TestProjects.open(ResourcesPlugin.getWorkspace().getRoot()
				.getProject(ExampleProjectInstaller.EXAMPLE_PROJECT_NAME).getFile(name));
	}

	@Test
	void editorOnTheGrantsPortalExample() throws Exception {
		Shell shell = Screenshots.documentedWindow();
		PortfolioEditor editor = openExample("federal-grants-portal.portfolio");
		Tree tree = TestProjects.tree(editor);
		String root = Widgets.treeItem(tree, "Federal Grants Portal \u2014 3 services, 7 agencies").getText();
		Widgets.expand(Widgets.treeItem(tree, root, "Organizations (8)"));
		Widgets.expand(Widgets.treeItem(tree, root, "Risks (4)"));
		Widgets.expand(Widgets.treeItem(tree, root, "Services (3)"));
		Gestures.select(Widgets.treeItem(tree, root, "Services (3)").getItem(0));
		Tree explorer = ((CommonNavigator) WorkbenchDriver.view(IPageLayout.ID_PROJECT_EXPLORER)).getCommonViewer().getTree();
		Widgets.treeItem(explorer, ExampleProjectInstaller.EXAMPLE_PROJECT_NAME, "federal-grants-portal.portfolio", root);
		UiDriver.waitForJobs();
		Screenshots.capture(shell, FOLDER.resolve("portfolio-editor.png"));

		editor.setActivePage(OverviewPage.ID);
		UiDriver.processEvents();
		Screenshots.capture(shell, FOLDER.resolve("portfolio-overview.png"));
	}

	@Test
	void validationOnTheEmailExample() throws Exception {
		Shell shell = Screenshots.documentedWindow();
		PortfolioEditor editor = openExample("state-email-consolidation.portfolio");
		UiDriver.waitUntil("the example to be read and validated", () -> editor.getAdapter(LiveValidation.class) != null);
		Tree tree = TestProjects.tree(editor);
		String root = tree.getItem(0).getText();
		Widgets.expand(Widgets.treeItem(tree, root));
		TreeItem services = Arrays.stream(tree.getItem(0).getItems()).filter(item -> item.getText().startsWith("Services"))
				.findFirst().orElseThrow();
		Widgets.expand(services);
		Gestures.select(services.getItem(services.getItemCount() - 1));
		IViewPart problems = WorkbenchDriver.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Tree problemsTree = Widgets.findAll(WorkbenchDriver.partControl(problems), Tree.class, any -> true).get(0);
		UiDriver.waitForJobs();
		UiDriver.waitUntil("the problems to be listed", () -> problemsTree.getItemCount() > 0);
		for (TreeItem group : problemsTree.getItems()) {
			Widgets.expand(group);
		}
		UiDriver.processEvents();
		Screenshots.capture(shell, FOLDER.resolve("validation.png"));
	}
}
