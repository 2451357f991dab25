package org.civitas.portfolio.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.ModalDialogs;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The wizards an architect starts from, reached through File > New. */
@ExtendWith(UiTestExtension.class)
class WizardsTest {

	@Test
	void newCivitasProjectCreatesTheProjectWithAnEmptyPortfolioOpenInTheEditor() {
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "File", "New", "Civitas Project")),
				"New Civitas Project", wizard -> {
					Text name = Widgets.find(wizard, Text.class, Text::isVisible, "the project name field");
					Gestures.type(name, "Shared HR");
					Gestures.click(Widgets.byText(wizard, Button.class, "Finish"));
				});
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Shared HR");
		assertTrue(project.getFile("Shared HR.portfolio").exists());
		PortfolioEditor editor = UiDriver.waitFor("the new portfolio's editor",
				() -> Optional.ofNullable(WorkbenchDriver.page().getActiveEditor())
						.filter(PortfolioEditor.class::isInstance).map(PortfolioEditor.class::cast));
		assertEquals("Shared HR", editor.getPortfolio().getName());
	}

	@Test
	void newPortfolioFromAnExampleCopiesIt() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-examples");
		project.create(null);
		project.open(null);
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "File", "New", "Portfolio")),
				"New Portfolio", wizard -> {
					Text folder = Widgets.find(wizard, Text.class, Text::isVisible, "the folder field");
					Gestures.type(folder, "wizard-examples");
					Text fileName = Widgets.findAll(wizard, Text.class, Text::isVisible).get(1);
					Gestures.type(fileName, "email.portfolio");
					Gestures.click(Widgets.byText(wizard, Button.class, "Next >"));
					Gestures.select(Widgets.byId(wizard, List.class, StartingPointPage.EXAMPLES_ID),
							"Statewide E-mail Consolidation");
					Gestures.click(Widgets.byText(wizard, Button.class, "Finish"));
				});
		assertTrue(project.getFile("email.portfolio").exists());
		PortfolioEditor editor = (PortfolioEditor) WorkbenchDriver.page().getActiveEditor();
		assertEquals("Statewide E-mail Consolidation", editor.getPortfolio().getName());
		assertEquals(3, editor.getPortfolio().getServices().size());
	}
}
