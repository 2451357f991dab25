package org.civitas.interchange.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.civitas.examples.ExamplePortfolios;
import org.civitas.interchange.SourceTable;
import org.civitas.interchange.TableFormats;
import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.ui.editor.PortfolioEditor;
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
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import > Civitas > Spreadsheet and File > Export > Civitas > Spreadsheet, driven through
 * the real workbench as an architect uses them: the files, the mapping, the dry run, Finish on the
 * open document, and one Undo that takes the whole import back.
 */
@ExtendWith(UiTestExtension.class)
class SpreadsheetWizardsTest {

	private static final Path SCREENSHOTS = Screenshots.FOLDER.resolve("import");

	@TempDir
	Path folder;

	@Test
	void anImportReviewedInTheWizardIsOneUndoableCommandOnTheOpenModel() throws Exception {
		IFile model = exampleInWorkspace("wizard-import", "state-email-consolidation");
		Path services = Files.writeString(folder.resolve("Services.csv"), "ID;Lifecycle\nemail;Operational\n");
		Path agencies = Files.writeString(folder.resolve("Agency list.csv"), "Agency name,Staff\nParks Department,310\n");

		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "File", "Import...")),
				"Import", wizard -> {
					Tree kinds = Widgets.find(wizard, Tree.class, Tree::isVisible, "the import wizards");
					Gestures.select(Widgets.treeItem(kinds, "Civitas", "Spreadsheet"));
					Gestures.click(Widgets.byText(wizard, Button.class, "Next >"));

					Gestures.type(Widgets.byId(wizard, Text.class, ImportFilesPage.MODEL_ID), model.getFullPath().toString());
					Gestures.type(Widgets.byId(wizard, Text.class, ImportFilesPage.FILES_ID), "/no/such/catalogue.xlsx");
					assertTrue(wizardMessage(wizard).contains("/no/such/catalogue.xlsx: no such file or folder."),
							wizardMessage(wizard));
					assertFalse(Widgets.byText(wizard, Button.class, "Next >").isEnabled());
					Gestures.type(Widgets.byId(wizard, Text.class, ImportFilesPage.FILES_ID), services + "\n" + agencies);
					assertTrue(Widgets.byText(wizard, Button.class, "Next >").isEnabled(), wizardMessage(wizard));
					capture(wizard, "import-files.png");
					Gestures.click(Widgets.byText(wizard, Button.class, "Next >"));

					Tree mapping = Widgets.byId(wizard, Tree.class, ImportMappingPage.TREE_ID);
					TreeItem agencySheet = Arrays.stream(mapping.getItems()).filter(item -> item.getText(0).endsWith("Agency list.csv"))
							.findFirst().orElseThrow();
					assertEquals("(left out)", agencySheet.getText(1), "no list has the sheet's name");
					Gestures.select(agencySheet);
					Gestures.select(Widgets.byId(wizard, Combo.class, ImportMappingPage.CHOICE_ID), "Agencies");
					TreeItem staff = headerItem(mapping, "Agency list.csv", "Staff");
					assertEquals("(left out)", staff.getText(1));
					Gestures.select(staff);
					Gestures.select(Widgets.byId(wizard, Combo.class, ImportMappingPage.CHOICE_ID), "Employees");
					Gestures.select(headerItem(mapping, "Agency list.csv", "Agency name"));
					Gestures.select(Widgets.byId(wizard, Combo.class, ImportMappingPage.CHOICE_ID), "Name");
					assertEquals("Employees", headerItem(mapping, "Agency list.csv", "Staff").getText(1));
					capture(wizard, "import-mapping.png");
					Gestures.click(Widgets.byText(wizard, Button.class, "Next >"));

					Label summary = Widgets.byId(wizard, Label.class, ImportPreviewPage.SUMMARY_ID);
					assertEquals("1 created, 1 updated, 0 unchanged, 0 refused, 0 deleted.", summary.getText());
					List<String> rows = rows(Widgets.byId(wizard, Table.class, ImportPreviewPage.TABLE_ID));
					assertTrue(rows.contains("Update | Services.csv | 2 | \"Hosted e-mail and calendar\" (Shared Service email) | Lifecycle: Scaling → Operational"),
							rows.toString());
					assertTrue(rows.stream().anyMatch(row -> row.startsWith("Create | Agency list.csv | 2 | \"Parks Department\"")),
							rows.toString());
					assertTrue(Widgets.byText(wizard, Button.class, "Finish").isEnabled());
					capture(wizard, "import-dry-run.png");
					Gestures.click(Widgets.byText(wizard, Button.class, "Finish"));
				});

		PortfolioEditor editor = UiDriver.waitFor("the model's editor, opened by Finish", () -> editorOf(model));
		Portfolio portfolio = editor.getPortfolio();
		assertEquals(LifecycleStage.OPERATIONAL, service(portfolio, "email").getLifecycle());
		Agency parks = portfolio.getOrganizations().stream().filter(Agency.class::isInstance).map(Agency.class::cast)
				.filter(agency -> "Parks Department".equals(agency.getName())).findFirst().orElseThrow();
		assertEquals(310, parks.getEmployees());
		assertTrue(editor.isDirty(), "applied to the document, saved when the architect saves");

		WorkbenchDriver.page().activate(editor);
		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Undo Import Spreadsheet"));
		assertEquals(LifecycleStage.SCALING, service(portfolio, "email").getLifecycle(), "one Undo takes all of it back");
		assertFalse(portfolio.getOrganizations().contains(parks));
		assertFalse(editor.isDirty());
	}

	@Test
	void aDryRunWithProblemsShowsEachCellAndFinishStaysOff() throws Exception {
		IFile model = exampleInWorkspace("wizard-problems", "state-email-consolidation");
		Path services = Files.writeString(folder.resolve("Services.csv"), "ID,Lifecycle,Critical\nemail,Retird,maybe\n");

		ModalDialogs.drive(() -> WizardHandlers.open(WorkbenchDriver.shell(), new SpreadsheetImportWizard(),
				new StructuredSelection(model)),
				"Import Spreadsheet", wizard -> {
					assertEquals(model.getFullPath().toString(), Widgets.byId(wizard, Text.class, ImportFilesPage.MODEL_ID).getText(),
							"the selected model");
					Gestures.type(Widgets.byId(wizard, Text.class, ImportFilesPage.FILES_ID), services.toString());
					Gestures.click(Widgets.byText(wizard, Button.class, "Next >"));
					Gestures.click(Widgets.byText(wizard, Button.class, "Next >"));
					List<String> rows = rows(Widgets.byId(wizard, Table.class, ImportPreviewPage.TABLE_ID));
					assertTrue(rows.contains("Error | Services.csv | 2 | Lifecycle: \"Retird\" | expected one of \"Proposed\", \"Pilot\", \"Operational\", \"Scaling\", \"Sunsetting\", \"Retired\""),
							rows.toString());
					assertTrue(rows.stream().anyMatch(row -> row.startsWith("Error | Services.csv | 2 | Critical: \"maybe\"")), rows.toString());
					assertTrue(wizardMessage(wizard).contains("2 problems: nothing is imported until they are mended"), wizardMessage(wizard));
					assertFalse(Widgets.byText(wizard, Button.class, "Finish").isEnabled());
					capture(wizard, "import-problems.png");
					Gestures.click(Widgets.byText(wizard, Button.class, "Cancel"));
				});
		assertTrue(editorOf(model).isEmpty(), "nothing opened, nothing changed");
	}

	@Test
	void theExportWizardWritesAWorkbookThatReadsBackAsTheModelsLists() throws Exception {
		IFile model = exampleInWorkspace("wizard-export", "federal-grants-portal");
		Path workbook = folder.resolve("grants.xlsx");

		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "File", "Export...")),
				"Export", wizard -> {
					Tree kinds = Widgets.find(wizard, Tree.class, Tree::isVisible, "the export wizards");
					Gestures.select(Widgets.treeItem(kinds, "Civitas", "Spreadsheet"));
					Gestures.click(Widgets.byText(wizard, Button.class, "Next >"));
					Gestures.type(Widgets.byId(wizard, Text.class, ExportPage.MODEL_ID), model.getFullPath().toString());
					Gestures.select(Widgets.byId(wizard, Combo.class, ExportPage.FORMAT_ID), "Excel workbook (.xlsx)");
					Gestures.type(Widgets.byId(wizard, Text.class, ExportPage.TARGET_ID), workbook.toString());
					capture(wizard, "export.png");
					Gestures.click(Widgets.byText(wizard, Button.class, "Finish"));
				});

		List<SourceTable> tables = TableFormats.named("xlsx").orElseThrow().format().read(workbook);
		SourceTable services = tables.stream().filter(table -> table.name().equals("Services")).findFirst().orElseThrow();
		assertEquals("ID", services.headers().get(0));
		assertEquals(3, services.rows().size(), "a row per service of the grants portal");
	}

	@Test
	void theWizardsAreOnAModelInTheProjectExplorerAndInItsEditor() throws Exception {
		IFile model = exampleInWorkspace("wizard-menus", "state-recovery-center");
		Tree explorer = ((CommonNavigator) WorkbenchDriver.view(IPageLayout.ID_PROJECT_EXPLORER)).getCommonViewer().getTree();
		TreeItem file = UiDriver.waitFor("the model in the Project Explorer",
				() -> Optional.of(Widgets.treeItem(explorer, "wizard-menus", model.getName())));
		Gestures.select(file);
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(explorer.getMenu(), "Import Spreadsheet...")),
				"Import Spreadsheet", wizard -> {
					assertEquals(model.getFullPath().toString(), Widgets.byId(wizard, Text.class, ImportFilesPage.MODEL_ID).getText());
					Gestures.click(Widgets.byText(wizard, Button.class, "Cancel"));
				});

		PortfolioEditor editor = (PortfolioEditor) IDE.openEditor(WorkbenchDriver.page(), model);
		Tree modelTree = UiDriver.waitFor("the editor's model tree",
				() -> Widgets.findAll(WorkbenchDriver.partControl(editor), Tree.class, Tree::isVisible).stream().findFirst());
		Gestures.select(modelTree.getItem(0));
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(modelTree.getMenu(), "Export Spreadsheet...")),
				"Export Spreadsheet", wizard -> {
					assertEquals(model.getFullPath().toString(), Widgets.byId(wizard, Text.class, ExportPage.MODEL_ID).getText());
					assertTrue(Widgets.byId(wizard, Text.class, ExportPage.TARGET_ID).getText().endsWith("state-recovery-center.xlsx"),
							"beside the model");
					Gestures.click(Widgets.byText(wizard, Button.class, "Cancel"));
				});
	}

	private static void capture(Shell wizard, String name) {
		try {
			Screenshots.captureWhenPainted(wizard, SCREENSHOTS.resolve(name));
		} catch (IOException notWritten) {
			throw new AssertionError(notWritten);
		}
	}

	/** What the wizard's title area and labels say, where a page shows its error message. */
	private static String wizardMessage(Shell wizard) {
		List<String> texts = new ArrayList<>();
		Widgets.findAll(wizard, Text.class, text -> (text.getStyle() & SWT.READ_ONLY) != 0).forEach(text -> texts.add(text.getText()));
		Widgets.findAll(wizard, Label.class, Label::isVisible).forEach(label -> texts.add(label.getText()));
		return String.join(" | ", texts);
	}

	private static TreeItem headerItem(Tree tree, String sheetEnding, String header) {
		TreeItem sheet = Arrays.stream(tree.getItems()).filter(item -> item.getText(0).endsWith(sheetEnding)).findFirst()
				.orElseThrow();
		return Arrays.stream(sheet.getItems()).filter(item -> item.getText(0).equals(header)).findFirst().orElseThrow();
	}

	private static List<String> rows(Table table) {
		return Arrays.stream(table.getItems()).map(SpreadsheetWizardsTest::row).toList();
	}

	private static String row(TableItem item) {
		int columns = item.getParent().getColumnCount();
		String[] cells = new String[columns];
		for (int i = 0; i < columns; i++) {
			cells[i] = item.getText(i);
		}
		return String.join(" | ", cells);
	}

	private static Optional<PortfolioEditor> editorOf(IFile model) {
		return Arrays.stream(WorkbenchDriver.page().getEditorReferences()).map(reference -> reference.getEditor(false))
				.filter(PortfolioEditor.class::isInstance).map(PortfolioEditor.class::cast)
				.filter(editor -> model.equals(editor.getEditorInput().getAdapter(IFile.class))).findFirst();
	}

	private static SharedService service(Portfolio portfolio, String id) {
		return portfolio.getServices().stream().filter(service -> service.getId().equals(id)).findFirst().orElseThrow();
	}

	private static IFile exampleInWorkspace(String projectName, String example) throws CoreException, IOException {
		URL url = ExamplePortfolios.all().stream().filter(candidate -> candidate.getPath().endsWith('/' + example + ".portfolio"))
				.findFirst().orElseThrow();
		return TestWorkspace.copyInto(projectName, url, example + ".portfolio");
	}
}
