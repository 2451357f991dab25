package org.civitas.portfolio.ui.diagram;

import static org.civitas.portfolio.ui.diagram.DiagramDriver.canvasOf;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.open;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.tool;
import static org.civitas.portfolio.ui.diagram.DiagramDriver.toolItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.civitas.diagram.ui.editor.DiagramEditor;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The diagram editor as an Eclipse editor: icon tool bar, zoom field, palette drawers, Diagram menu and keys. */
@ExtendWith(UiTestExtension.class)
class DiagramEditorChromeTest {

	private IProject examples;

	@BeforeEach
	void freshExamples() throws Exception {
		examples = DiagramDriver.freshExamples();
	}

	@Test
	void theToolBarIsOneRowOfIconsNamedWithTheirKeysInTooltips() throws Exception {
		// Keys as the platform writes them (Ctrl+Shift+R, or Shift+Ctrl+R on GTK).
		DiagramEditor editor = open(serviceMap());
		ToolItem arrange = toolItem(editor, "Arrange All");
		ToolBar bar = arrange.getParent();
		assertEquals(1, bar.getRowCount(), "the tool bar never wraps");
		for (ToolItem item : bar.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				assertNotNull(item.getImage(), "an icon for " + item.getToolTipText());
				assertEquals("", item.getText(), "icons, not words: " + item.getToolTipText());
				assertFalse(item.getToolTipText() == null || item.getToolTipText().isBlank(), "every button is named");
			}
		}
		assertEquals("Arrange All (" + key("M1+M2+R") + ")", arrange.getToolTipText());
		for (String name : List.of("Layers and Filters", "Arrange Selection", "Pin", "Hide", "Show Hidden", "Zoom Out",
				"Zoom In", "Fit", "Export", "Copy as Image")) {
			toolItem(editor, name);
		}
	}

	@Test
	void theZoomFieldShowsAndSetsThePercentage() throws Exception {
		DiagramEditor editor = open(serviceMap());
		DiagramCanvas canvas = canvasOf(editor);
		Combo zoom = Widgets.findAll(WorkbenchDriver.partControl(editor), Combo.class,
				combo -> combo.getData("org.civitas.diagram.ui.zoom") != null).get(0);
		canvas.setZoom(1.5);
		UiDriver.waitUntil("the field follows the zoom", () -> zoom.getText().equals("150%"));
		zoom.setText("75");
		zoom.notifyListeners(SWT.DefaultSelection, null);
		assertEquals(0.75, canvas.zoom(), 0.001);
		assertEquals("75%", zoom.getText());
		Gestures.click(toolItem(editor, "Zoom In"));
		assertEquals("94%", zoom.getText(), "a zoom step from the tool bar shows too");
	}

	@Test
	void thePaletteHasDrawersOfToolsWithTheIconsOfWhatTheyCreate() throws Exception {
		DiagramEditor editor = open(serviceMap());
		ToolItem service = tool(editor, "newService");
		ToolItem subscription = tool(editor, "newSubscription");
		assertNotNull(service.getImage(), "the service tool shows the service icon");
		assertNotNull(subscription.getImage(), "the subscription tool shows the subscription icon");
		assertFalse(service.getParent() == subscription.getParent(), "elements and connections are in drawers of their own");
		List<Label> drawers = Widgets.findAll(WorkbenchDriver.partControl(editor), Label.class,
				label -> label.getData("org.civitas.diagram.ui.drawer") != null);
		assertEquals(List.of("\u25be Elements", "\u25be Connections"), drawers.stream().map(Label::getText).toList());

		drawers.get(1).notifyListeners(SWT.MouseUp, null);
		assertFalse(subscription.getParent().isVisible(), "a closed drawer hides its tools");
		drawers.get(1).notifyListeners(SWT.MouseUp, null);
		assertTrue(subscription.getParent().isVisible());
	}

	@Test
	void thePaletteCollapsesToItsIconsAndDocksOnEitherSide() throws Exception {
		DiagramEditor editor = open(serviceMap());
		ToolItem service = tool(editor, "newService");
		ToolItem collapse = Widgets.findAll(WorkbenchDriver.partControl(editor), ToolBar.class, bar -> true).stream()
				.flatMap(bar -> List.of(bar.getItems()).stream())
				.filter(item -> "collapse".equals(item.getData("org.civitas.diagram.ui.palette"))).findFirst().orElseThrow();
		int wide = service.getParent().getParent().getParent().getSize().x;
		Gestures.click(collapse);
		try {
			assertEquals("", service.getText(), "collapsed, the palette shows icons only");
			assertTrue(service.getParent().getParent().getParent().getSize().x < wide, "and takes less room");
		} finally {
			Gestures.click(collapse);
		}
		assertEquals("Service", service.getText());

		Control palette = service.getParent().getParent().getParent();
		DiagramCanvas canvas = canvasOf(editor);
		assertTrue(WorkbenchDriver.boundsOnDisplay(editor).x <= palette.toDisplay(0, 0).x
				&& palette.toDisplay(0, 0).x < canvas.toDisplay(0, 0).x, "docked on the left at first");
		Gestures.click(Widgets.menuItem(collapse.getParent().getMenu(), "Dock on the Right"));
		try {
			UiDriver.processEvents();
			assertTrue(palette.toDisplay(0, 0).x > canvas.toDisplay(0, 0).x, "docked on the right");
		} finally {
			Gestures.click(Widgets.menuItem(collapse.getParent().getMenu(), "Dock on the Left"));
		}
	}

	@Test
	void theDiagramMenuOffersTheActionsWithTheirKeys() throws Exception {
		DiagramEditor editor = open(serviceMap());
		List<String> menu = Widgets.menuLabels(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Diagram").getMenu());
		assertTrue(menu.containsAll(List.of("Layers and Filters", "Arrange All", "Arrange Selection", "Hide", "Zoom In",
				"Zoom Out", "Actual Size (100%)", "Fit", "Export SVG\u2026", "Export PNG\u2026", "Copy as Image")),
				"Diagram menu: " + menu);

		IBindingService keys = WorkbenchDriver.workbench().getService(IBindingService.class);
		for (String[] binding : List.of(new String[] { "zoomIn", "M1+=" }, new String[] { "zoomOut", "M1+-" },
				new String[] { "zoomFit", "M1+M2+F" }, new String[] { "arrangeAll", "M1+M2+R" },
				new String[] { "hide", "M1+M2+H" })) {
			List<String> active = List.of(keys.getActiveBindingsFor("org.civitas.diagram.ui." + binding[0])).stream()
					.map(TriggerSequence::format).toList();
			assertTrue(active.contains(key(binding[1])), binding[0] + " is bound to " + binding[1] + ": " + active);
		}

		DiagramCanvas canvas = canvasOf(editor);
		canvas.setZoom(1);
		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Diagram", "Zoom In"));
		assertEquals(1.25, canvas.zoom(), 0.001, "the menu runs the editor's action");
	}

	private static String key(String sequence) throws ParseException {
		return KeySequence.getInstance(sequence).format();
	}

	private IFile serviceMap() {
		return examples.getFile("state-email-consolidation.service-map.diagram");
	}
}
