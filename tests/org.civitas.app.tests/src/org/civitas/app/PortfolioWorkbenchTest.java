package org.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.civitas.examples.ExampleProjectInstaller;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.ModalDialogs;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Version;

/** The product's workbench as a user first sees it. */
@ExtendWith(UiTestExtension.class)
class PortfolioWorkbenchTest {

	@Test
	void windowCarriesTheProductNameAndIcons() {
		Shell shell = WorkbenchDriver.shell();
		assertTrue(shell.getText().contains("Civitas Portfolio Studio"), shell.getText());
		assertEquals(6, shell.getImages().length, "window icons from 16 to 256 pixels");
	}

	@Test
	void firstStartFillsThePrimaryMonitor() {
		Shell shell = WorkbenchDriver.shell();
		assertTrue(shell.getMaximized(), "the first start opens maximized");
		assertEquals(shell.getDisplay().getPrimaryMonitor(), shell.getMonitor(), "on the primary monitor");
	}

	@Test
	void opensInThePortfolioPerspective() {
		assertEquals(PortfolioPerspective.ID, WorkbenchDriver.page().getPerspective().getId());
		assertEquals("Portfolio", WorkbenchDriver.page().getPerspective().getLabel());
	}

	@Test
	void placesExplorerLeftOutlineAndPropertiesRightProblemsBelowTheEditorArea() {
		IWorkbenchPage page = WorkbenchDriver.page();
		for (String viewId : List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW)) {
			assertTrue(page.isPartVisible(WorkbenchDriver.view(viewId)), viewId + " is visible");
		}
		Rectangle explorer = WorkbenchDriver.boundsOnDisplay(WorkbenchDriver.view(IPageLayout.ID_PROJECT_EXPLORER));
		Rectangle outline = WorkbenchDriver.boundsOnDisplay(WorkbenchDriver.view(IPageLayout.ID_OUTLINE));
		Rectangle properties = WorkbenchDriver.boundsOnDisplay(WorkbenchDriver.view(IPageLayout.ID_PROP_SHEET));
		Rectangle problems = WorkbenchDriver.boundsOnDisplay(WorkbenchDriver.view(IPageLayout.ID_PROBLEM_VIEW));

		assertTrue(explorer.x + explorer.width <= problems.x, "Problems lies right of the Project Explorer");
		assertTrue(problems.x + problems.width <= outline.x, "Outline lies right of Problems, beside the editor area");
		assertTrue(problems.y > explorer.y + explorer.height / 2, "Problems lies in the lower part of the window");
		assertEquals(outline.x, properties.x, "Outline and Properties share the right column");
		assertTrue(outline.y + outline.height <= properties.y, "Properties lies below the Outline");
	}

	@Test
	void projectExplorerShowsTheExampleProject() {
		IViewPart explorer = WorkbenchDriver.view(IPageLayout.ID_PROJECT_EXPLORER);
		Tree tree = ((CommonNavigator) explorer).getCommonViewer().getTree();
		Widgets.treeItem(tree, ExampleProjectInstaller.EXAMPLE_PROJECT_NAME, "README.md");
	}

	@Test
	void menusOfferWhatModelersUseAndNothingOfAnIde() {
		Shell shell = WorkbenchDriver.shell();
		List<String> file = Widgets.menuLabels(Widgets.menuItem(shell.getMenuBar(), "File").getMenu());
		assertFalse(file.contains("Convert Line Delimiters To"), "File menu: " + file);
		assertTrue(file.containsAll(List.of("Save", "Import...", "Export...", "Recent Files", "Exit")), "File menu: " + file);
		List<String> help = Widgets.menuLabels(Widgets.menuItem(shell.getMenuBar(), "Help").getMenu());
		assertTrue(help.containsAll(List.of("Welcome", "Help Contents", "Search", "Show Context Help", "Cheat Sheets...",
				"About Civitas Portfolio Studio")), "Help menu: " + help);

		IViewPart explorer = WorkbenchDriver.view(IPageLayout.ID_PROJECT_EXPLORER);
		Tree tree = ((CommonNavigator) explorer).getCommonViewer().getTree();
		Gestures.select(Widgets.treeItem(tree, ExampleProjectInstaller.EXAMPLE_PROJECT_NAME));
		List<String> context = Widgets.menuLabels(tree.getMenu());
		for (String ideOnly : List.of("Replace With", "Build Project")) {
			assertFalse(context.contains(ideOnly), "context menu of a project: " + context);
		}
		assertTrue(context.contains("Refresh"), "context menu of a project: " + context);
		List<String> team = Widgets.menuLabels(Widgets.menuItem(tree.getMenu(), "Team").getMenu());
		assertEquals(List.of("Commit...", "Pull", "Push", "Abort Merge", "Show History", "Share Project with Git..."), team,
				"the Team menu holds Civitas' Git commands and none of the IDE's patch commands");
	}

	@Test
	void aboutDialogDescribesTheProduct() {
		Shell shell = WorkbenchDriver.shell();
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(shell.getMenuBar(), "Help", "About Civitas Portfolio Studio")),
				"About Civitas Portfolio Studio", about -> {
					List<Control> texts = Widgets.findAll(about, Control.class,
							control -> Widgets.text(control).contains("shared services in the public sector"));
					assertEquals(1, texts.size(), "the about text names what Civitas is for");
					String text = Widgets.text(texts.get(0));
					assertTrue(text.contains("Version " + version("org.civitas.app") + ", built "), text);
					assertTrue(text.contains("Eclipse Platform 4.38, EMF " + release("org.eclipse.emf.ecore") + " and ELK "
							+ release("org.eclipse.elk.core") + "."), "the versions the product runs on: " + text);
					ModalDialogs.drive(() -> Gestures.click(Widgets.byText(about, Button.class, "Installation Details")),
							"Civitas Portfolio Studio Installation Details", details -> {
								CTabFolder tabs = Widgets.findAll(details, CTabFolder.class, folder -> true).get(0);
								CTabItem pluginsTab = Arrays.stream(tabs.getItems())
										.filter(tab -> tab.getText().equals("Plug-ins")).findFirst().orElseThrow();
								tabs.setSelection(pluginsTab);
								Event selection = new Event();
								selection.item = pluginsTab;
								tabs.notifyListeners(SWT.Selection, selection);
								Table plugins = UiDriver.waitFor("the Plug-ins page", () -> Optional.ofNullable(pluginsTab.getControl())
										.flatMap(page -> Widgets.findAll(page, Table.class, table -> true).stream().findFirst()));
								UiDriver.waitUntil("the plug-ins are listed", () -> plugins.getItemCount() > 100);
								List<String> rows = Arrays.stream(plugins.getItems()).map(row -> row.getText(4)).toList();
								assertTrue(rows.containsAll(List.of("org.civitas.app", "org.civitas.help", "org.eclipse.emf.ecore")),
										"Installation Details lists the plug-ins: " + rows);
								Gestures.click(Widgets.byText(details, Button.class, "Close"));
							});
					Gestures.click(Widgets.byText(about, Button.class, "Close"));
				});
	}

	/** A bundle's version as the build stamped it (major.minor.micro.qualifier). */
	private static String version(String bundle) {
		return Platform.getBundle(bundle).getVersion().toString();
	}

	/** A bundle's release, without the qualifier. */
	private static String release(String bundle) {
		Version version = Platform.getBundle(bundle).getVersion();
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
	}

	@Test
	void resetPerspectiveBringsBackAClosedView() {
		IWorkbenchPage page = WorkbenchDriver.page();
		page.hideView(WorkbenchDriver.view(IPageLayout.ID_OUTLINE));
		assertNull(page.findView(IPageLayout.ID_OUTLINE));

		Shell shell = WorkbenchDriver.shell();
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(shell.getMenuBar(), "Window", "Reset Perspective...")),
				"Reset Perspective", confirm -> Gestures.click(Widgets.byText(confirm, Button.class, "Reset Perspective")));

		assertTrue(page.isPartVisible(WorkbenchDriver.view(IPageLayout.ID_OUTLINE)));
	}
}
