package org.civitas.portfolio.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.civitas.examples.ExampleProjectInstaller;
import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A portfolio file in the Project Explorer opens up into its model. */
@ExtendWith(UiTestExtension.class)
class ProjectExplorerTest {

	private static final String GRANTS_PORTAL = "federal-grants-portal.portfolio";

	@Test
	void aPortfolioFileExpandsIntoFoldersAndElements() {
		TreeItem services = Widgets.treeItem(explorerTree(), ExampleProjectInstaller.EXAMPLE_PROJECT_NAME, GRANTS_PORTAL,
				"Federal Grants Portal \u2014 3 services, 7 agencies", "Services (3)");
		Widgets.expand(services);
		UiDriver.waitUntil("the services under their folder", () -> services.getItemCount() == 3
				&& services.getItem(0).getText().startsWith("Find and apply for grants"));
	}

	@Test
	void doubleClickOpensTheElementInTheEditor() {
		TreeItem services = Widgets.treeItem(explorerTree(), ExampleProjectInstaller.EXAMPLE_PROJECT_NAME, GRANTS_PORTAL,
				"Federal Grants Portal \u2014 3 services, 7 agencies", "Services (3)");
		Widgets.expand(services);
		TreeItem first = UiDriver.waitFor("the first service", () -> Optional.of(services.getItem(0))
				.filter(item -> !item.getText().isBlank()));
		String name = first.getText().split(" \u2014 ")[0];
		Gestures.doubleClick(first);

		PortfolioEditor editor = UiDriver.waitFor("the portfolio editor", () -> Optional
				.ofNullable(WorkbenchDriver.page().getActiveEditor()).filter(PortfolioEditor.class::isInstance)
				.map(PortfolioEditor.class::cast));
		UiDriver.waitUntil("the service to be selected in the editor",
				() -> editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selection
						&& selection.getFirstElement() instanceof EObject element
						&& name.equals(element.eGet(element.eClass().getEStructuralFeature("name"))));
		assertEquals(GRANTS_PORTAL, editor.getEditorInput().getName());
	}

	@Test
	void linkWithEditorShowsAnElementSelectedInTheExplorerInItsOpenEditor() {
		assertTrue(Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.navigator.linkHelper"))
				.anyMatch(helper -> PortfolioLinkHelper.class.getName().equals(helper.getAttribute("class"))),
				"the Project Explorer's link with editor knows portfolio elements");
		Tree explorer = explorerTree();
		String portfolio = "Federal Grants Portal \u2014 3 services, 7 agencies";
		Gestures.doubleClick(Widgets.treeItem(explorer, ExampleProjectInstaller.EXAMPLE_PROJECT_NAME, GRANTS_PORTAL, portfolio,
				"Services (3)", "Find and apply for grants \u2014 scaling, 3 agencies, 2 migrating"));
		PortfolioEditor editor = UiDriver.waitFor("the portfolio editor", () -> Optional
				.ofNullable(WorkbenchDriver.page().getActiveEditor()).filter(PortfolioEditor.class::isInstance)
				.map(PortfolioEditor.class::cast));
		TreeItem risks = Widgets.treeItem(explorer, ExampleProjectInstaller.EXAMPLE_PROJECT_NAME, GRANTS_PORTAL, portfolio,
				"Risks (4)");
		Widgets.expand(risks);
		TreeItem risk = UiDriver.waitFor("a risk", () -> Optional.of(risks.getItem(0)).filter(item -> !item.getText().isBlank()));
		String name = risk.getText().split(" \u2014 ")[0];

		new PortfolioLinkHelper().activateEditor(WorkbenchDriver.page(), new StructuredSelection(risk.getData()));

		UiDriver.waitUntil("the editor to show the risk", () -> editor.getSite().getSelectionProvider()
				.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof EObject element
				&& name.equals(element.eGet(element.eClass().getEStructuralFeature("name"))));
	}

	private static Tree explorerTree() {
		CommonNavigator explorer = (CommonNavigator) WorkbenchDriver.view(IPageLayout.ID_PROJECT_EXPLORER);
		return explorer.getCommonViewer().getTree();
	}
}
