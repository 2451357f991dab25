package org.civitas.portfolio.ui.diagram;

import static org.civitas.portfolio.ui.diagram.DiagramDriver.bounds;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.centre;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.clickMenu;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.groupOf;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.name;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.civitas.diagram.ui.editor.DiagramEditor;
import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.ModalDialogs;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new user draws a portfolio map from an empty model with the palette alone: a project from
 * the wizard, which opens its service map, a service and an agency from the palette
 * named in place, a subscription drawn between them, undo and redo, save; the saved model has
 * what was drawn.
 */
@ExtendWith(UiTestExtension.class)
class DrawingFromNothingTest {

	private static final String PROJECT = "Map From Nothing";

	@Test
	void portfolioMapDrawnWithThePaletteAlone() throws Exception {
		ModalDialogs.drive(() -> clickMenu("File", "New", "Civitas Project"), "New Civitas Project", wizard -> {
			Gestures.type(Widgets.find(wizard, Text.class, Text::isVisible, "the project name field"), PROJECT);
			Gestures.click(Widgets.byText(wizard, Button.class, "Finish"));
		});
		IFile model = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile(PROJECT + ".portfolio");
		DiagramEditor editor = UiDriver.waitFor("the new project's service map in front", () -> Optional
				.ofNullable(WorkbenchDriver.page().getActiveEditor()).filter(DiagramEditor.class::isInstance)
				.map(DiagramEditor.class::cast));
		assertEquals(PROJECT + ".service-map.diagram", editor.file().getName());
		assertTrue(editor.file().exists(), "the diagram has its file beside the model");
		DiagramCanvas canvas = Widgets.findAll(WorkbenchDriver.partControl(editor), DiagramCanvas.class, any -> true).get(0);
		canvas.setZoom(1);

		Gestures.click(tool(editor, "newService"));
		int[] first = canvas.toView(40, 40);
		Gestures.clickAt(canvas, first[0], first[1], SWT.NONE);
		name(canvas, "Payroll");
		Portfolio portfolio = (Portfolio) ((PortfolioEditor) WorkbenchDriver.page().findEditor(
				new org.eclipse.ui.part.FileEditorInput(model))).getPortfolio();
		SharedService payroll = portfolio.getServices().get(0);
		assertEquals("Payroll", payroll.getName());

		Gestures.click(tool(editor, "newAgency"));
		double[] service = bounds(canvas, payroll);
		int[] second = canvas.toView(service[0], service[1] + service[3] + 120);
		Gestures.clickAt(canvas, second[0], second[1], SWT.NONE);
		name(canvas, "Department of Revenue");
		Agency revenue = (Agency) portfolio.getOrganizations().get(0);
		assertEquals("Department of Revenue", revenue.getName());

		Gestures.click(tool(editor, "newSubscription"));
		int[] from = centre(canvas, revenue);
		int[] to = centre(canvas, payroll);
		Gestures.drag(canvas, from[0], from[1], to[0], to[1], SWT.NONE);
		assertEquals(1, portfolio.getSubscriptions().size());
		Subscription subscription = portfolio.getSubscriptions().get(0);
		assertNotNull(groupOf(canvas, subscription), "the subscription is drawn");

		clickMenu("Edit", "Undo Connect with Subscription");
		assertTrue(portfolio.getSubscriptions().isEmpty());
		clickMenu("Edit", "Redo Connect with Subscription");
		assertEquals(List.of(subscription), portfolio.getSubscriptions());

		WorkbenchDriver.save();
		assertFalse(editor.isDirty());
		Portfolio saved = (Portfolio) read(model);
		assertEquals("Payroll", saved.getServices().get(0).getName());
		assertEquals("Department of Revenue", saved.getOrganizations().get(0).getName());
		assertEquals("Payroll", saved.getSubscriptions().get(0).getService().getName());
		String diagram = new String(editor.file().getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(diagram.contains("element=\"" + ElementIds.idOf(payroll) + '"'), "the diagram file keeps the service's node");
	}

	private static EObject read(IFile file) throws Exception {
		Resource resource = new ResourceSetImpl()
				.getResource(URI.createFileURI(file.getLocation().toFile().getAbsolutePath()), true);
		return resource.getContents().get(0);
	}
}
