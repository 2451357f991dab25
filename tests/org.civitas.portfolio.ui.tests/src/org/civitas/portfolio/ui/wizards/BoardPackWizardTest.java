package org.civitas.portfolio.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.civitas.examples.ExamplePortfolios;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.ModalDialogs;
import org.civitas.testing.ui.Screenshots;
import org.civitas.testing.ui.TestWorkspace;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Board Pack... as a board's secretary uses it: from the Project Explorer, and from File > Export. */
@ExtendWith(UiTestExtension.class)
class BoardPackWizardTest {

	@Test
	void theBoardPackOfAPortfolioInTheProjectExplorerIsWrittenBesideIt() throws Exception {
		IFile model = exampleInWorkspace("board-pack", "state-recovery-center");
		Tree explorer = ((CommonNavigator) WorkbenchDriver.view(IPageLayout.ID_PROJECT_EXPLORER)).getCommonViewer().getTree();
		TreeItem file = UiDriver.waitFor("the portfolio in the Project Explorer",
				() -> Optional.of(Widgets.treeItem(explorer, "board-pack", model.getName())));
		Gestures.select(file);

		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(explorer.getMenu(), "Board Pack...")), "Board Pack", wizard -> {
			assertEquals(model.getFullPath().toString(), Widgets.byId(wizard, Text.class, BoardPackPage.MODEL_ID).getText());
			assertEquals("/board-pack/state-recovery-center-board-pack.html",
					Widgets.byId(wizard, Text.class, BoardPackPage.TARGET_ID).getText(), "beside the portfolio");
			Table sections = Widgets.byId(wizard, Table.class, BoardPackPage.SECTIONS_ID);
			assertEquals(10, sections.getItemCount());
			assertTrue(Arrays.stream(sections.getItems()).allMatch(TableItem::getChecked), "every section to begin with");
			Button open = Widgets.byId(wizard, Button.class, BoardPackPage.OPEN_ID);
			Gestures.click(open);
			capture(wizard);
			Gestures.click(Widgets.byText(wizard, Button.class, "Finish"));
		});

		IFile pack = model.getProject().getFile("state-recovery-center-board-pack.html");
		UiDriver.waitUntil("the pack in the workspace", pack::exists);
		String html = new String(pack.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<h1>Board pack: "), html.substring(0, 200));
		assertTrue(html.contains("<section id=\"section-finance\">") && html.contains("<section id=\"section-validation\">"));
	}

	@Test
	void fileExportWritesTheChosenSectionsAsPdf() throws Exception {
		IFile model = exampleInWorkspace("board-pack-pdf", "state-email-consolidation");
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "File", "Export...")), "Export",
				wizard -> {
					Tree kinds = Widgets.find(wizard, Tree.class, Tree::isVisible, "the export wizards");
					Gestures.select(Widgets.treeItem(kinds, "Civitas", "Board Pack"));
					Gestures.click(Widgets.byText(wizard, Button.class, "Next >"));
					Gestures.type(Widgets.byId(wizard, Text.class, BoardPackPage.MODEL_ID), model.getFullPath().toString());
					Gestures.select(Widgets.byId(wizard, Combo.class, BoardPackPage.FORMAT_ID), "PDF with a bookmark per section");
					assertTrue(Widgets.byId(wizard, Text.class, BoardPackPage.TARGET_ID).getText().endsWith("-board-pack.pdf"));
					Table sections = Widgets.byId(wizard, Table.class, BoardPackPage.SECTIONS_ID);
					for (TableItem item : sections.getItems()) {
						item.setChecked(item.getText().startsWith("Cover") || item.getText().startsWith("Finance"));
					}
					sections.notifyListeners(SWT.Selection, checkEvent(sections.getItem(0)));
					Gestures.click(Widgets.byText(wizard, Button.class, "Finish"));
				});
		IFile pack = model.getProject().getFile("state-email-consolidation-board-pack.pdf");
		UiDriver.waitUntil("the PDF in the workspace", pack::exists);
		try (InputStream in = pack.getContents()) {
			assertEquals("%PDF", new String(in.readNBytes(4), StandardCharsets.US_ASCII));
		}
		assertFalse(model.getProject().getFile("state-email-consolidation-board-pack.html").exists());
	}

	/** What SWT sends when a check box of a table is clicked, which the viewer turns into a check state change. */
	private static Event checkEvent(TableItem item) {
		Event event = new Event();
		event.detail = SWT.CHECK;
		event.item = item;
		return event;
	}

	private static void capture(Shell wizard) {
		try {
			Screenshots.captureWhenPainted(wizard, Screenshots.FOLDER.resolve("board-pack").resolve("wizard.png"));
		} catch (IOException notWritten) {
			throw new AssertionError(notWritten);
		}
	}

	private static IFile exampleInWorkspace(String projectName, String example) throws CoreException, IOException {
		URL url = ExamplePortfolios.all().stream().filter(candidate -> candidate.getPath().endsWith('/' + example + ".portfolio"))
				.findFirst().orElseThrow();
		return TestWorkspace.copyInto(projectName, url, example + ".portfolio");
	}
}
