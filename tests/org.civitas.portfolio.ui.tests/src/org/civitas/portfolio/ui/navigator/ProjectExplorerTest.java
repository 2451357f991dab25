package org.civitas.portfolio.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.Viewpoints;
import org.civitas.diagram.ui.editor.DiagramEditor;
import org.civitas.diagram.ui.editor.DiagramFiles;
import org.civitas.examples.ExampleProjectInstaller;
import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.civitas.emf.document.WorkspaceFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
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

	@Test
	void diagramsAreListedUnderTheirPortfolioAndFollowRenameAndDelete() throws Exception {
		IProject examples = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProjectInstaller.EXAMPLE_PROJECT_NAME);
		IFile model = examples.getFile(GRANTS_PORTAL);
		DiagramType map = Viewpoints.contributed(ExpressionEngine.withContributedServices()).find("portfolio", "service-map")
				.orElseThrow();
		Resource portfolio = new ResourceSetImpl().getResource(WorkspaceFiles.uriOf(model), true);
		IFile scratch = DiagramFiles.create(model, map, portfolio.getContents().get(0), "Scratch map");
		assertEquals("federal-grants-portal.service-map-2.diagram", scratch.getName(),
				"named after the kind, as the examples name theirs");
		Tree explorer = explorerTree();
		TreeItem listed = UiDriver.waitFor("the new diagram under its portfolio", () -> Optional.of(
				Widgets.treeItem(explorer, ExampleProjectInstaller.EXAMPLE_PROJECT_NAME, GRANTS_PORTAL))
				.flatMap(file -> Arrays.stream(file.getItems()).filter(item -> item.getText().startsWith(scratch.getName()))
						.findFirst()));
		assertTrue(Arrays.stream(Widgets.treeItem(explorer, ExampleProjectInstaller.EXAMPLE_PROJECT_NAME).getItems())
				.noneMatch(item -> item.getText().startsWith(scratch.getName())), "the diagram is not listed a second time");
		assertTrue(listed.getText().endsWith("Scratch map"), "the diagram's name follows its file: " + listed.getText());

		Gestures.doubleClick(listed);
		DiagramEditor editor = UiDriver.waitFor("the diagram editor", () -> Optional
				.ofNullable(WorkbenchDriver.page().getActiveEditor()).filter(DiagramEditor.class::isInstance)
				.map(DiagramEditor.class::cast));
		scratch.move(scratch.getFullPath().removeLastSegments(1).append("federal-grants-portal.renamed.diagram"), true, null);
		// The tab names the diagram; the file is in its tooltip.
		UiDriver.waitUntil("the editor follows the rename", () -> "federal-grants-portal.renamed.diagram".equals(editor.file().getName())
				&& editor.getTitleToolTip().endsWith("federal-grants-portal.renamed.diagram"));
		assertTrue(editor.getTitle().startsWith("Scratch map \u2014 "), editor.getTitle());
		IFile renamed = examples.getFile("federal-grants-portal.renamed.diagram");
		renamed.delete(true, null);
		UiDriver.waitUntil("the editor of the deleted diagram closes",
				() -> Arrays.stream(WorkbenchDriver.page().getEditorReferences()).noneMatch(reference -> reference.getPart(false) == editor));
		UiDriver.waitUntil("the deleted diagram leaves the explorer", () -> Arrays.stream(
				Widgets.treeItem(explorer, ExampleProjectInstaller.EXAMPLE_PROJECT_NAME, GRANTS_PORTAL).getItems())
				.noneMatch(item -> item.getText().contains(".renamed.diagram")));
	}

	private static Tree explorerTree() {
		CommonNavigator explorer = (CommonNavigator) WorkbenchDriver.view(IPageLayout.ID_PROJECT_EXPLORER);
		return explorer.getCommonViewer().getTree();
	}
}
