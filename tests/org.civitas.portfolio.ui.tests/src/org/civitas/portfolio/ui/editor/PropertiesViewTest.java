package org.civitas.portfolio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;

import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Editing a portfolio element in the Properties view, with undo, redo and save. */
@ExtendWith(UiTestExtension.class)
class PropertiesViewTest {

	private static final String PORTFOLIO = "Payroll consolidation \u2014 2 services, 3 agencies";
	private static final String NAME_FIELD = "org.civitas.ui.emf.properties.field.name";
	private static final String LIFECYCLE_FIELD = "org.civitas.ui.emf.properties.field.lifecycle";

	@Test
	void renameInPropertiesUndoRedoSaveAndReopen() throws Exception {
		IFile file = TestProjects.copyOfFixture("payroll.portfolio");
		PortfolioEditor editor = TestProjects.open(file);
		Tree tree = TestProjects.tree(editor);
		selectPayroll(tree);

		Control properties = WorkbenchDriver.partControl(WorkbenchDriver.view(IPageLayout.ID_PROP_SHEET));
		Text name = UiDriver.waitFor("the name field in the Properties view",
				() -> Widgets.findAll(properties, Text.class, text -> NAME_FIELD.equals(text.getData(UiDriver.WIDGET_ID_KEY))
						&& "Payroll services".equals(text.getText())).stream().findFirst());
		for (Label label : Widgets.findAll(properties, Label.class, label -> label.isVisible() && label.getText().endsWith(":"))) {
			assertTrue(label.getSize().x >= label.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x,
					"the property label '" + label.getText() + "' is shown whole");
		}
		Gestures.type(name, "Payroll and pensions");
		Gestures.pressEnter(name);
		Widgets.treeItem(tree, PORTFOLIO, "Services (2)", "Payroll and pensions \u2014 operational, 2 agencies, 1 migrating");
		assertTrue(editor.isDirty());
		UiDriver.waitUntil("the Properties view's title follows the rename", () -> Widgets
				.findAll(properties, CLabel.class, label -> label.getText() != null
						&& label.getText().contains("Payroll and pensions")).size() == 1);

		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Undo Set Name"));
		Widgets.treeItem(tree, PORTFOLIO, "Services (2)", "Payroll services \u2014 operational, 2 agencies, 1 migrating");
		UiDriver.waitUntil("the Properties view to show the name again", () -> "Payroll services".equals(name.getText()));
		assertFalse(editor.isDirty());

		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Redo Set Name"));
		Widgets.treeItem(tree, PORTFOLIO, "Services (2)", "Payroll and pensions \u2014 operational, 2 agencies, 1 migrating");

		editor.doSave(null);
		WorkbenchDriver.page().closeEditor(editor, false);
		PortfolioEditor reopened = TestProjects.open(file);
		Widgets.treeItem(TestProjects.tree(reopened), PORTFOLIO, "Services (2)",
				"Payroll and pensions \u2014 operational, 2 agencies, 1 migrating");
		assertEquals("Payroll and pensions", reopened.getPortfolio().getServices().get(0).getName());
	}

	@Test
	void ctrlSSavesAfterAChoiceInAComboOfThePropertiesView() throws Exception {
		IFile file = TestProjects.copyOfFixture("payroll.portfolio");
		PortfolioEditor editor = TestProjects.open(file);
		Tree tree = TestProjects.tree(editor);
		selectPayroll(tree);

		PropertySheet sheet = (PropertySheet) WorkbenchDriver.view(IPageLayout.ID_PROP_SHEET);
		TabbedPropertySheetPage page = UiDriver.waitFor("the tabbed properties of the service",
				() -> Optional.ofNullable(sheet.getCurrentPage() instanceof TabbedPropertySheetPage tabbed
						&& tabbed.getActiveTabs().length > 1 ? tabbed : null));
		ITabDescriptor classification = Arrays.stream(page.getActiveTabs())
				.filter(tab -> tab.getLabel().equals("Classification")).findFirst().orElseThrow();
		page.setSelectedTab(classification.getId());
		Control properties = WorkbenchDriver.partControl(sheet);
		Combo lifecycle = UiDriver.waitFor("the lifecycle choice in the Properties view",
				() -> Widgets.findAll(properties, Combo.class, combo -> combo.isVisible() && LIFECYCLE_FIELD.equals(combo.getData(UiDriver.WIDGET_ID_KEY)))
						.stream().findFirst());
		Gestures.select(lifecycle, "Retired");
		Widgets.treeItem(tree, PORTFOLIO, "Services (2)", "Payroll services \u2014 retired, 2 agencies, 1 migrating");
		assertTrue(editor.isDirty());
		// The drop-down keeps the keyboard's focus after a choice, as on a desktop.
		Gestures.focus(lifecycle);

		Gestures.pressKey(SWT.MOD1, 's');
		UiDriver.waitForJobs(editor.getSaveables()[0]);
		UiDriver.waitUntil("the editor to be saved", () -> !editor.isDirty());
		assertTrue(Files.readString(file.getLocation().toFile().toPath()).contains("lifecycle=\"RETIRED\""));
	}

	private static void selectPayroll(Tree tree) {
		Gestures.select(Widgets.treeItem(tree, PORTFOLIO, "Services (2)", "Payroll services \u2014 operational, 2 agencies, 1 migrating"));
	}
}
