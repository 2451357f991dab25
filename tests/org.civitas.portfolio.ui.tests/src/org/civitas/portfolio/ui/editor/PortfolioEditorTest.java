package org.civitas.portfolio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.SharedService;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.civitas.validation.ui.FileValidation;
import org.civitas.validation.ui.ValidationMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.Saveable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portfolio editor driven as an architect drives it: tree, menus, keyboard, files. */
@ExtendWith(UiTestExtension.class)
class PortfolioEditorTest {

	private static final String PORTFOLIO = "Payroll consolidation \u2014 2 services, 3 agencies";

	@Test
	void treeShowsThePortfolioInFoldersWithKeyFigures() throws Exception {
		PortfolioEditor editor = TestProjects.open(TestProjects.copyOfFixture("payroll.portfolio"));
		TreeItem payroll = Widgets.treeItem(TestProjects.tree(editor), PORTFOLIO, "Services (2)",
				"Payroll services \u2014 operational, 2 agencies, 1 migrating");
		assertFalse(payroll.getText().isEmpty());
		Widgets.treeItem(TestProjects.tree(editor), PORTFOLIO, "Risks (1)");
	}

	@Test
	void newChildFromTheContextMenuIsUndoneAndRedoneFromTheEditMenu() throws Exception {
		PortfolioEditor editor = TestProjects.open(TestProjects.copyOfFixture("payroll.portfolio"));
		Tree tree = TestProjects.tree(editor);
		newRiskFromTheContextMenu(tree);
		Widgets.treeItem(tree, PORTFOLIO, "Risks (2)");
		assertTrue(editor.isDirty());

		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Undo New Risk"));
		Widgets.treeItem(tree, PORTFOLIO, "Risks (1)");
		assertFalse(editor.isDirty(), "undoing back to the saved state clears the dirty mark");

		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Redo New Risk"));
		Widgets.treeItem(tree, PORTFOLIO, "Risks (2)");
		assertTrue(editor.isDirty());
	}

	@Test
	void renameInPlaceThenSaveCloseAndReopenKeepsTheName() throws Exception {
		IFile file = TestProjects.copyOfFixture("payroll.portfolio");
		PortfolioEditor editor = TestProjects.open(file);
		Tree tree = TestProjects.tree(editor);
		Gestures.select(Widgets.treeItem(tree, PORTFOLIO, "Services (2)", "Shared Service \u2014 pilot, no agencies"));
		Gestures.click(Widgets.menuItem(contextMenu(tree), "Rename"));
		Text inPlace = UiDriver.waitFor("the in-place name editor",
				() -> Widgets.findAll(tree, Text.class, text -> text.isVisible()).stream().findFirst());
		Gestures.type(inPlace, "Human resources");
		Gestures.pressEnter(inPlace);
		Widgets.treeItem(tree, PORTFOLIO, "Services (2)", "Human resources \u2014 pilot, no agencies");

		WorkbenchDriver.save();
		assertFalse(editor.isDirty());
		WorkbenchDriver.page().closeEditor(editor, false);

		PortfolioEditor reopened = TestProjects.open(file);
		Widgets.treeItem(TestProjects.tree(reopened), PORTFOLIO, "Services (2)", "Human resources \u2014 pilot, no agencies");
	}

	@Test
	void saveWritesInTheBackgroundWithTheEditorDisabledUntilDone() throws Exception {
		IFile file = TestProjects.copyOfFixture("payroll.portfolio");
		PortfolioEditor editor = TestProjects.open(file);
		SharedService payroll = editor.getPortfolio().getServices().get(0);
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), payroll,
				PortfolioPackage.Literals.NAMED__NAME, "Payroll and pensions"));
		Saveable saveable = editor.getSaveables()[0];
		// What the workbench disables while a saveable is written: the part's content.
		Control editorArea = ((Composite) WorkbenchDriver.partControl(editor)).getChildren()[0];
		// Holding the workspace keeps the background save from finishing; a save made on this
		// thread would not wait for it and be done when the menu item returns.
		Job.getJobManager().beginRule(ResourcesPlugin.getWorkspace().getRoot(), null);
		try {
			Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "File", "Save"));
			assertEquals(1, Job.getJobManager().find(saveable).length, "the save goes on in the background");
			assertFalse(editorArea.isEnabled(), "the editor takes no edits while its model is written");
		} finally {
			Job.getJobManager().endRule(ResourcesPlugin.getWorkspace().getRoot());
		}
		UiDriver.waitUntil("the save to end", () -> Job.getJobManager().find(saveable).length == 0);
		UiDriver.waitUntil("the editor to take edits again", editorArea::isEnabled);
		assertFalse(editor.isDirty());
		assertTrue(Files.readString(file.getLocation().toFile().toPath()).contains("Payroll and pensions"));
		assertTrue(file.isSynchronized(IResource.DEPTH_ZERO), "the workspace knows the file as saved");
	}

	@Test
	void aNewChildIsNamedFirstInPlace() throws Exception {
		PortfolioEditor editor = TestProjects.open(TestProjects.copyOfFixture("payroll.portfolio"));
		Tree tree = TestProjects.tree(editor);
		newRiskFromTheContextMenu(tree);
		Text inPlace = UiDriver.waitFor("the new risk's name open for typing in place",
				() -> Widgets.findAll(tree, Text.class, text -> text.isVisible() && text.isFocusControl()).stream().findFirst());
		Gestures.type(inPlace, "Vendor lock-in");
		Gestures.pressEnter(inPlace);
		Widgets.treeItem(tree, PORTFOLIO, "Risks (2)");
		assertTrue(editor.getPortfolio().getRisks().stream().anyMatch(risk -> "Vendor lock-in".equals(risk.getName())));
		assertEquals("Set Name", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
	}

	@Test
	void deleteIsUndoable() throws Exception {
		PortfolioEditor editor = TestProjects.open(TestProjects.copyOfFixture("payroll.portfolio"));
		Tree tree = TestProjects.tree(editor);
		Gestures.select(Widgets.treeItem(tree, PORTFOLIO, "Risks (1)", "Payroll errors at cut-over \u2014 critical (20), residual medium (6)"));
		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Delete"));
		Widgets.treeItem(tree, "Payroll consolidation \u2014 2 services, 3 agencies", "Risks (0)");

		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Undo Delete"));
		Widgets.treeItem(tree, PORTFOLIO, "Risks (1)", "Payroll errors at cut-over \u2014 critical (20), residual medium (6)");
	}

	@Test
	void copyAndPasteMakesAnIndependentCopy() throws Exception {
		PortfolioEditor editor = TestProjects.open(TestProjects.copyOfFixture("payroll.portfolio"));
		Tree tree = TestProjects.tree(editor);
		Gestures.select(Widgets.treeItem(tree, PORTFOLIO, "Services (2)", "Payroll services \u2014 operational, 2 agencies, 1 migrating"));
		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Copy"));
		Gestures.select(Widgets.treeItem(tree, "Payroll consolidation \u2014 2 services, 3 agencies", "Services (2)"));
		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Paste"));
		Widgets.treeItem(tree, "Payroll consolidation \u2014 3 services, 3 agencies", "Services (3)");

		Portfolio portfolio = editor.getPortfolio();
		SharedService original = portfolio.getServices().get(0);
		SharedService copy = portfolio.getServices().get(2);
		assertEquals(original.getName(), copy.getName());
		assertNotEquals(original.getId(), copy.getId(), "the copy has an identity of its own");
	}

	@Test
	void filterKeepsMatchesAndTheirAncestors() throws Exception {
		PortfolioEditor editor = TestProjects.open(TestProjects.copyOfFixture("payroll.portfolio"));
		Tree tree = TestProjects.tree(editor);
		Text filter = Widgets.byId(WorkbenchDriver.partControl(editor), Text.class, ModelTreePage.FILTER_ID);
		Gestures.type(filter, "cut-over");
		UiDriver.waitUntil("the filter to leave one folder",
				() -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 1);
		Widgets.treeItem(tree, PORTFOLIO, "Risks (1)", "Payroll errors at cut-over \u2014 critical (20), residual medium (6)");

		Gestures.type(filter, "");
		UiDriver.waitUntil("all folders to come back", () -> tree.getItem(0).getItemCount() == 18);
	}

	@Test
	void aDamagedFileOpensOnAPageThatSaysWhereItBreaksAndLeavesItAlone() throws Exception {
		IFile file = TestProjects.copyOfFixture("truncated.portfolio");
		byte[] before = file.getContents().readAllBytes();
		PortfolioEditor editor = TestProjects.open(file);
		Label problem = Widgets.byId(WorkbenchDriver.partControl(editor), Label.class, "portfolio.editor.problem");
		assertTrue(problem.getText().contains("truncated.portfolio") && problem.getText().contains(":"), problem.getText());
		UiDriver.waitForJobs(FileValidation.FAMILY);
		IMarker[] markers = file.findMarkers(ValidationMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, markers.length, "the Problems view says the file cannot be read");
		assertTrue(markers[0].getAttribute(IMarker.LOCATION, "").startsWith("line "), markers[0].getAttribute(IMarker.LOCATION, ""));
		WorkbenchDriver.page().closeEditor(editor, true);
		assertTrue(Arrays.equals(before, file.getContents().readAllBytes()), "the file is untouched");
	}

	@Test
	void aCleanEditorFollowsChangesMadeToTheFileOnDiskKeepingTheSelection() throws Exception {
		IFile file = TestProjects.copyOfFixture("payroll.portfolio");
		PortfolioEditor editor = TestProjects.open(file);
		Tree tree = TestProjects.tree(editor);
		Gestures.select(Widgets.treeItem(tree, PORTFOLIO, "Risks (1)", "Payroll errors at cut-over \u2014 critical (20), residual medium (6)"));
		rewrite(file, "Payroll consolidation", "Payroll and pensions");
		Widgets.treeItem(tree, "Payroll and pensions \u2014 2 services, 3 agencies", "Services (2)");
		assertFalse(editor.isDirty());
		UiDriver.waitUntil("the risk selected again after the reload", () -> tree.getSelection().length == 1
				&& tree.getSelection()[0].getText().startsWith("Payroll errors at cut-over")
				&& tree.getSelection()[0].getParentItem().getParentItem().getText().startsWith("Payroll and pensions"));
	}

	@Test
	void outlineAndEditorFollowEachOther() throws Exception {
		PortfolioEditor editor = TestProjects.open(TestProjects.copyOfFixture("payroll.portfolio"));
		Tree tree = TestProjects.tree(editor);
		Tree outline = Widgets.byId(WorkbenchDriver.partControl(WorkbenchDriver.view(IPageLayout.ID_OUTLINE)), Tree.class,
				PortfolioOutlinePage.TREE_ID);

		Gestures.select(Widgets.treeItem(tree, PORTFOLIO, "Risks (1)", "Payroll errors at cut-over \u2014 critical (20), residual medium (6)"));
		UiDriver.waitUntil("the Outline to select the risk", () -> outline.getSelection().length == 1
				&& outline.getSelection()[0].getText().startsWith("Payroll errors at cut-over"));

		Gestures.select(Widgets.treeItem(outline, PORTFOLIO, "Services (2)", "Payroll services \u2014 operational, 2 agencies, 1 migrating"));
		UiDriver.waitUntil("the editor to select the service", () -> tree.getSelection().length == 1
				&& tree.getSelection()[0].getText().startsWith("Payroll services"));
	}

	private static void rewrite(IFile file, String from, String to) throws CoreException, IOException {
		String content = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8).replace(from, to);
		file.setContents(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		UiDriver.processEvents();
	}

	private static Menu contextMenu(Tree tree) {
		return tree.getMenu();
	}

	private static void newRiskFromTheContextMenu(Tree tree) {
		Gestures.select(Widgets.treeItem(tree, PORTFOLIO, "Risks (1)"));
		Gestures.click(Widgets.menuItem(contextMenu(tree), "New Child", "Risk"));
	}
}
