package org.civitas.portfolio.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.civitas.diagram.ui.editor.DiagramEditor;
import org.civitas.portfolio.ui.UiIds;
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
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The wizards an architect starts from, reached through File > New. */
@ExtendWith(UiTestExtension.class)
class WizardsTest {

	@Test
	void newCivitasProjectCreatesAPortfolioWithItsFiveDiagramsAndOpensItsServiceMap() {
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "File", "New", "Civitas Project")),
				"New Civitas Project", wizard -> {
					Text name = Widgets.find(wizard, Text.class, Text::isVisible, "the project name field");
					Gestures.type(name, "Shared HR");
					Gestures.click(Widgets.byText(wizard, Button.class, "Finish"));
				});
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Shared HR");
		assertTrue(project.getFile("Shared HR.portfolio").exists());
		for (String kind : java.util.List.of("service-map", "governance", "risk-matrix", "roadmap", "dependencies")) {
			assertTrue(project.getFile("Shared HR." + kind + ".diagram").exists(), kind + " diagram beside the portfolio");
		}
		DiagramEditor serviceMap = UiDriver.waitFor("the service map in front",
				() -> Optional.ofNullable(WorkbenchDriver.page().getActiveEditor())
						.filter(DiagramEditor.class::isInstance).map(DiagramEditor.class::cast));
		assertEquals("Shared HR.service-map.diagram", serviceMap.getEditorInput().getName());
		PortfolioEditor editor = portfolioEditor();
		assertEquals("Shared HR", editor.getPortfolio().getName());

		WorkbenchDriver.page().activate(editor);
		editor.setActivePage("org.civitas.portfolio.ui.editor.overview");
		Hyperlink toModel = UiDriver.waitFor("the next step of an empty portfolio", () -> Widgets
				.findAll(WorkbenchDriver.partControl(editor), Hyperlink.class,
						link -> link.isVisible() && "portfolio.overview.nextStep.model".equals(link.getData(UiIds.KEY)))
				.stream().findFirst());
		assertEquals("Add agencies and services on the Model page: right-click a folder and choose New Child.",
				toModel.getText());
		Hyperlink toServiceMap = Widgets.byId(WorkbenchDriver.partControl(editor), Hyperlink.class,
				"portfolio.overview.nextStep.serviceMap");
		Gestures.clickAt(toServiceMap, 4, toServiceMap.getSize().y / 2, 0);
		UiDriver.waitUntil("the service map comes to the front", () -> WorkbenchDriver.page().getActiveEditor() == serviceMap);
	}

	private static PortfolioEditor portfolioEditor() {
		return Arrays.stream(WorkbenchDriver.page().getEditorReferences()).map(reference -> reference.getEditor(true))
				.filter(PortfolioEditor.class::isInstance).map(PortfolioEditor.class::cast).findFirst().orElseThrow();
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
		assertTrue(project.getFile("email.service-map.diagram").exists(), "the copy gets its diagrams too");
		PortfolioEditor editor = portfolioEditor();
		assertEquals("Statewide E-mail Consolidation", editor.getPortfolio().getName());
		assertEquals(3, editor.getPortfolio().getServices().size());
	}
}
