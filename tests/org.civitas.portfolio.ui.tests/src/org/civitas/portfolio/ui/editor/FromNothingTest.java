package org.civitas.portfolio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.ModalDialogs;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An architect builds a portfolio from nothing through the user interface alone: a project
 * from the wizard, a service from the context menu, its name in the Properties view, undo
 * and redo from the Edit menu, save, close, reopen.
 */
@ExtendWith(UiTestExtension.class)
class FromNothingTest {

	private static final String NAME_FIELD = "org.civitas.ui.emf.properties.field.name";

	@Test
	void projectServiceNameUndoRedoSaveReopen() throws Exception {
		ModalDialogs.drive(
				() -> Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "File", "New", "Civitas Project")),
				"New Civitas Project", wizard -> {
					Gestures.type(Widgets.find(wizard, Text.class, Text::isVisible, "the project name field"), "Shared Payroll");
					Gestures.click(Widgets.byText(wizard, Button.class, "Finish"));
				});
		PortfolioEditor editor = activePortfolioEditor();
		Tree tree = TestProjects.tree(editor);
		String empty = "Shared Payroll \u2014 no services, no agencies";
		Gestures.select(Widgets.treeItem(tree, empty, "Services (0)"));
		Gestures.click(Widgets.menuItem(tree.getMenu(), "New Child", "Shared Service"));
		String portfolio = "Shared Payroll \u2014 1 service, no agencies";
		Widgets.treeItem(tree, portfolio, "Services (1)", "Shared Service \u2014 proposed, no agencies");
		assertFalse(editor.getPortfolio().getServices().get(0).isSetServiceLine(),
				"a new service has no service line until the architect chooses one");

		Control properties = WorkbenchDriver.partControl(WorkbenchDriver.view(IPageLayout.ID_PROP_SHEET));
		Text name = UiDriver.waitFor("the name field of the new service", () -> Widgets
				.findAll(properties, Text.class, text -> NAME_FIELD.equals(text.getData(UiDriver.WIDGET_ID_KEY))).stream()
				.findFirst());
		Gestures.type(name, "Payroll");
		Gestures.pressEnter(name);
		Widgets.treeItem(tree, portfolio, "Services (1)", "Payroll \u2014 proposed, no agencies");

		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Undo Set Name"));
		Widgets.treeItem(tree, portfolio, "Services (1)", "Shared Service \u2014 proposed, no agencies");
		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Redo Set Name"));
		Widgets.treeItem(tree, portfolio, "Services (1)", "Payroll \u2014 proposed, no agencies");
		assertTrue(editor.isDirty());

		WorkbenchDriver.save();
		assertFalse(editor.isDirty());
		WorkbenchDriver.page().closeEditor(editor, false);

		IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject("Shared Payroll").getFile("Shared Payroll.portfolio");
		PortfolioEditor reopened = TestProjects.open(file);
		Widgets.treeItem(TestProjects.tree(reopened), portfolio, "Services (1)", "Payroll \u2014 proposed, no agencies");
		assertEquals("Payroll", reopened.getPortfolio().getServices().get(0).getName());
	}

	/** The new portfolio's editor, brought in front of the service map the project opens with. */
	private static PortfolioEditor activePortfolioEditor() {
		PortfolioEditor editor = UiDriver.waitFor("the new portfolio's editor", () -> Arrays
				.stream(WorkbenchDriver.page().getEditorReferences()).map(reference -> reference.getEditor(true))
				.filter(PortfolioEditor.class::isInstance).map(PortfolioEditor.class::cast).findFirst());
		WorkbenchDriver.page().activate(editor);
		return editor;
	}
}
