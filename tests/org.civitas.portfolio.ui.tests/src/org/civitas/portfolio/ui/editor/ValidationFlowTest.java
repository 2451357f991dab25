package org.civitas.portfolio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.civitas.portfolio.model.CostStatement;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.ModalDialogs;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.civitas.validation.ui.FileValidation;
import org.civitas.validation.ui.LiveValidation;
import org.civitas.validation.ui.ValidationMarkers;
import org.civitas.validation.ui.WorkspaceValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Validation as an architect meets it: an edit breaks a rule, the Problems view shows it with
 * its rule and category, a double-click leads to the element, a quick fix repairs every such
 * problem at once, and Undo brings them back.
 */
@ExtendWith(UiTestExtension.class)
class ValidationFlowTest {

	private static final String PORTFOLIO = "Payroll consolidation \u2014 2 services, 3 agencies";
	private static final String EMPTY_STATEMENT = "FIN-005";
	private static final String UNMEASURED = "KPI-003";

	private static List<IMarker> markers(IFile file, String rule) {
		try {
			return Arrays.stream(file.findMarkers(ValidationMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.filter(marker -> rule.equals(marker.getAttribute(ValidationMarkers.RULE, ""))).toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static PortfolioEditor openValidated(IFile file) throws Exception {
		PortfolioEditor editor = TestProjects.open(file);
		UiDriver.waitUntil("the model to be read and validated", () -> editor.getAdapter(LiveValidation.class) != null);
		return editor;
	}

	private static TreeItem problemsRow(Tree problems, String message) {
		TreeItem warnings = UiDriver.waitFor("the warnings group", () -> Arrays.stream(problems.getItems())
				.filter(item -> item.getText().startsWith("Warnings")).findFirst());
		Widgets.expand(warnings);
		return UiDriver.waitFor("the row '" + message + "'",
				() -> Arrays.stream(warnings.getItems()).filter(item -> item.getText().equals(message)).findFirst());
	}

	@Test
	void anEditShowsAProblemThatAQuickFixRepairsEverywhereAndUndoBringsBack() throws Exception {
		IFile file = TestProjects.copyOfFixture("payroll.portfolio");
		PortfolioEditor editor = openValidated(file);
		Portfolio portfolio = editor.getPortfolio();
		Tree tree = TestProjects.tree(editor);
		assertEquals(List.of(), markers(file, EMPTY_STATEMENT));

		for (int count = 1; count <= 2; count++) {
			Gestures.select(Widgets.treeItem(tree, PORTFOLIO, "Cost Statements (" + count + ")"));
			Gestures.click(Widgets.menuItem(tree.getMenu(), "New Child", "Cost Statement"));
		}
		UiDriver.waitUntil("a marker on each empty statement", () -> markers(file, EMPTY_STATEMENT).size() == 2);
		String message = markers(file, EMPTY_STATEMENT).get(0).getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.endsWith("[FIN-005, Finance]"), "the problem names its rule and category: " + message);

		IViewPart problemsView = WorkbenchDriver.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Tree problems = Widgets.findAll(WorkbenchDriver.partControl(problemsView), Tree.class, any -> true).get(0);
		Gestures.doubleClick(problemsRow(problems, message));
		CostStatement marked = (CostStatement) editor.getDocument()
				.find(markers(file, EMPTY_STATEMENT).stream().filter(marker -> message.equals(marker.getAttribute(IMarker.MESSAGE, "")))
						.findFirst().orElseThrow().getAttribute(ValidationMarkers.ELEMENT, ""));
		UiDriver.waitUntil("the double-clicked problem's element to be selected in the editor",
				() -> editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selection
						&& selection.getFirstElement() == marked);

		problemsView = WorkbenchDriver.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Gestures.select(problemsRow(problems, message));
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(problems.getMenu(), "Quick Fix")), "Quick Fix", dialog -> {
			Gestures.click(Widgets.byText(dialog, Button.class, "Select All"));
			Gestures.click(Widgets.byText(dialog, Button.class, "Finish"));
		});
		UiDriver.waitUntil("the fixed problems' markers to go", () -> markers(file, EMPTY_STATEMENT).isEmpty());
		assertEquals(1, portfolio.getCostStatements().size(), "both empty statements were removed");
		assertSame(editor, WorkbenchDriver.page().getActiveEditor(), "the fix happened in the editor, which is dirty");
		assertTrue(editor.isDirty());

		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Undo Remove the empty cost statement"));
		UiDriver.waitUntil("one undo to bring both problems back", () -> markers(file, EMPTY_STATEMENT).size() == 2);
		assertEquals(3, portfolio.getCostStatements().size());
	}

	@Test
	void validateFromTheKeyboardOrTheMenusRunsTheRulesThatNeedTheWholePortfolio() throws Exception {
		IFile file = TestProjects.copyOfFixture("payroll.portfolio");
		PortfolioEditor editor = openValidated(file);
		Tree tree = TestProjects.tree(editor);
		UiDriver.waitUntil("the unmeasured service's marker", () -> markers(file, UNMEASURED).size() == 1);
		Gestures.select(Widgets.treeItem(tree, PORTFOLIO, "Services (2)", "Payroll services \u2014 operational, 2 agencies, 1 migrating"));
		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Copy"));
		Gestures.select(Widgets.treeItem(tree, PORTFOLIO, "Services (2)"));
		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Paste"));
		Widgets.treeItem(tree, "Payroll consolidation \u2014 3 services, 3 agencies", "Services (3)");
		UiDriver.processEvents();
		assertEquals(1, markers(file, UNMEASURED).size(), "a rule over the whole portfolio does not run on each edit");

		Widgets.menuItem(tree.getMenu(), "Validate");
		Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Edit", "Validate");
		Gestures.focus(tree);
		Job.getJobManager().suspend();
		try {
			Gestures.pressKey(SWT.CTRL | SWT.ALT, 'v');
			assertTrue(Arrays.stream(Job.getJobManager().find(null))
					.anyMatch(job -> job.getName().equals("Validating " + file.getName())),
					"the rules run in the background, not in the user interface");
			assertEquals(1, markers(file, UNMEASURED).size(), "the findings come when the rules are done");
		} finally {
			Job.getJobManager().resume();
		}
		UiDriver.waitUntil("Validate to find the pasted service unmeasured too", () -> markers(file, UNMEASURED).size() == 2);
	}

	@Test
	void aPortfolioThatArrivesInTheWorkspaceShowsItsProblemsWithoutBeingOpened() throws Exception {
		IFile file = TestProjects.copyOfFixture("payroll.portfolio");

		UiDriver.waitUntil("the copied portfolio's problems in the Problems view", () -> markers(file, "STK-005").size() == 1);

		assertEquals(Optional.empty(), Arrays.stream(WorkbenchDriver.page().getEditorReferences())
				.filter(reference -> reference.getName().equals(file.getName())).findFirst(), "no editor was opened");
		file.deleteMarkers(ValidationMarkers.TYPE, false, IResource.DEPTH_ZERO);
		byte[] saved;
		try (var contents = file.getContents()) {
			saved = contents.readAllBytes();
		}
		file.setContents(new java.io.ByteArrayInputStream(saved), IResource.FORCE, null);
		UiDriver.waitUntil("the changed portfolio validated again", () -> markers(file, "STK-005").size() == 1);
	}

	@Test
	void portfoliosAlreadyInTheWorkspaceAreValidatedWhenTheWatchStarts() throws Exception {
		IFile file = TestProjects.copyOfFixture("payroll.portfolio");
		UiDriver.waitForJobs(FileValidation.FAMILY);
		file.deleteMarkers(ValidationMarkers.TYPE, false, IResource.DEPTH_ZERO);

		WorkspaceValidation watch = WorkspaceValidation.start(ResourcesPlugin.getWorkspace(),
				candidate -> "portfolio".equals(candidate.getFileExtension()), 0);
		try {
			UiDriver.waitForJobs(FileValidation.FAMILY);
			assertEquals(1, markers(file, "STK-005").size(), "validated at the start, as after the workbench opens");
		} finally {
			watch.stop(ResourcesPlugin.getWorkspace());
		}
	}

	@Test
	void validateOnASavedFileInTheProjectExplorerMarksItWithoutOpeningIt() throws Exception {
		IFile file = TestProjects.copyOfFixture("payroll.portfolio");
		file.deleteMarkers(ValidationMarkers.TYPE, false, IResource.DEPTH_ZERO);
		IViewPart explorer = WorkbenchDriver.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		Tree tree = Widgets.findAll(WorkbenchDriver.partControl(explorer), Tree.class, any -> true).get(0);
		Gestures.select(Widgets.treeItem(tree, file.getProject().getName(), file.getName()));
		Gestures.click(Widgets.menuItem(tree.getMenu(), "Validate"));
		UiDriver.waitForJobs(FileValidation.FAMILY);

		List<IMarker> unsponsored = markers(file, "STK-005");
		assertEquals(1, unsponsored.size(), "the operational payroll service has no executive sponsor");
		assertEquals(IMarker.SEVERITY_ERROR, unsponsored.get(0).getAttribute(IMarker.SEVERITY, -1));
		assertEquals(Optional.empty(), Arrays.stream(WorkbenchDriver.page().getEditorReferences())
				.filter(reference -> reference.getName().equals(file.getName())).findFirst(), "no editor was opened");
	}
}
