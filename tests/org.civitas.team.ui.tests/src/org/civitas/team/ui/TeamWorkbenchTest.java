package org.civitas.team.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.civitas.emf.compare.ConflictFile;
import org.civitas.examples.ExamplePortfolios;
import org.civitas.portfolio.model.Named;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.civitas.team.ModelRepository;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.ModalDialogs;
import org.civitas.testing.ui.Screenshots;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two architects sharing one portfolio, each with a clone in the workbench, through the Team
 * menu, the Conflicts view, the history and the compare editor, as they use them: once over a
 * bare repository on disk and once over a Git server on 127.0.0.1 with a login.
 */
@ExtendWith(UiTestExtension.class)
class TeamWorkbenchTest {

	private static final Path SCREENSHOTS = Screenshots.FOLDER.resolve("team");
	private static final String MODEL = "email.portfolio";
	private static final String USER = "ana";
	private static final String TOKEN = "s3cret-token";

	@TempDir
	Path folder;

	private final List<IProject> projects = new ArrayList<>();
	private final List<String> logins = new ArrayList<>();
	/** Whether this run's dialogs are the ones the guide shows. */
	private boolean documenting = true;

	@AfterEach
	void closeEverything() throws Exception {
		WorkbenchDriver.page().closeAllEditors(false);
		for (IProject project : projects) {
			project.delete(false, true, null); // the clones are in the test's folder, deleted with it
		}
		logins.forEach(Credentials::forget);
	}

	@ParameterizedTest(name = "over {0}")
	@ValueSource(strings = { "a bare repository", "a Git server with a login" })
	void twoArchitectsShareAPortfolioAndSettleTheirOneConflict(String transport) throws Exception {
		Path bare = sharedRepository();
		try (GitHttpServer server = transport.startsWith("a Git server") ? new GitHttpServer(bare.getParent(), USER, TOKEN) : null) {
			String address = server != null ? server.address(bare.getFileName().toString()) : bare.toUri().toString();
			documenting = server == null;
			if (server != null) {
				logins.add(address);
				cloneWizardRefuses(address, "wrong-token", "refused the user name or token");
			}
			IProject a = cloneThroughWizard(address, "architect-a", server != null);
			IProject b = cloneThroughWizard(address, "architect-b", false); // the login is in the secure storage now

			// A adds a service and changes a risk, commits and pushes.
			PortfolioEditor editorA = editorOf(a);
			add(editorA, PortfolioPackage.Literals.PORTFOLIO__SERVICES, PortfolioFactory.eINSTANCE.createSharedService(),
					"calendar", "Shared calendar");
			setLikelihood(editorA, 3);
			commitThroughMenu(editorA, "Calendar; the vendor risk is likelier", "Ana", "ana@example.org",
					"email.portfolio | changed | Shared Service: 1 added; Risk: 1 changed");
			pushThroughMenu(editorA, "Pushed to " + address + ".");

			// B changes the same risk differently and adds an agency; pushing first is refused.
			PortfolioEditor editorB = editorOf(b);
			add(editorB, PortfolioPackage.Literals.PORTFOLIO__ORGANIZATIONS, PortfolioFactory.eINSTANCE.createAgency(),
					"fisheries", "Fisheries");
			setLikelihood(editorB, 5);
			commitThroughMenu(editorB, "Fisheries; the vendor risk is near certain", "Ben", "ben@example.org",
					"email.portfolio | changed | Agency: 1 added; Risk: 1 changed");
			pushThroughMenu(editorB, "refs/heads/main has commits you do not have: pull first, then push");

			// B pulls: one conflict, in the Conflicts view; B takes theirs and commits the merge.
			WorkbenchDriver.page().activate(editorB);
			ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Team", "Pull")),
					"Pull architect-b", dialog -> {
						assertTrue(messageOf(dialog).startsWith("1 conflict(s) in 1 model(s): settle them in the Conflicts view"),
								messageOf(dialog));
						Gestures.click(Widgets.byText(dialog, Button.class, "OK"));
					}, Duration.ofSeconds(60));
			ConflictsView conflicts = (ConflictsView) WorkbenchDriver.page().findView(ConflictsView.ID);
			Table rows = Widgets.byId(WorkbenchDriver.partControl(conflicts), Table.class, WidgetIds.CONFLICTS_TABLE);
			assertEquals(List.of("Risk \"Single vendor for a critical service\" | Likelihood | 2 | 5 | 3 | /architect-b/email.portfolio"), cells(rows));
			assertTrue(editorB.getPortfolio().getOrganizations().stream().anyMatch(agency -> "fisheries".equals(agency.getId())),
					"the model loads during the merge, with everything that merged cleanly");
			if (server == null) {
				Screenshots.captureWhenPainted(Screenshots.documentedWindow(), SCREENSHOTS.resolve("conflicts-view.png"));
			}
			Gestures.select(rows.getItem(0));
			ModalDialogs.drive(() -> ModalDialogs.drive(
					() -> Gestures.click(Widgets.byText(WorkbenchDriver.partControl(conflicts), Button.class, "Take Theirs")),
					"Conflicts", question -> {
						assertEquals("Every conflict in architect-b is settled. Commit the merge now?", messageOf(question));
						Gestures.click(Widgets.byText(question, Button.class, "Yes"));
					}), "Commit", commit -> {
						assertEquals("Merge the shared portfolio", Widgets.byId(commit, Text.class, WidgetIds.COMMIT_MESSAGE).getText());
						Gestures.click(Widgets.byText(commit, Button.class, "Commit"));
					});
			assertFalse(Files.exists(ConflictFile.of(location(b).resolve(MODEL))), "no conflict left");
			pushThroughMenu(editorB, "Pushed to " + address + ".");

			// A pulls and has everything; the open editor follows.
			WorkbenchDriver.page().activate(editorA);
			ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Team", "Pull")),
					"Pull architect-a", dialog -> {
						assertEquals("Updated to the remote's latest commit; you had no commits of your own to merge.", messageOf(dialog));
						Gestures.click(Widgets.byText(dialog, Button.class, "OK"));
					}, Duration.ofSeconds(60));
			UiDriver.waitUntil("A's editor to show B's agency", () -> editorA.getPortfolio().getOrganizations().stream()
					.anyMatch(agency -> "fisheries".equals(agency.getId())));
			assertEquals(3, likelihood(editorA), "B took A's likelihood");
			assertTrue(editorA.getPortfolio().getServices().stream().anyMatch(service -> "calendar".equals(service.getId())));
			assertFalse(editorA.isDirty());
		}
	}

	@Test
	void anElementsHistoryTheCompareEditorAndAnAbortedMerge() throws Exception {
		Path bare = sharedRepository();
		IProject a = cloneThroughWizard(bare.toUri().toString(), "history-a", false);
		Tree explorer = ((CommonNavigator) WorkbenchDriver.view(IPageLayout.ID_PROJECT_EXPLORER)).getCommonViewer().getTree();
		Widgets.treeItem(explorer, "history-a [main]"); // the branch, read off the UI thread
		PortfolioEditor editor = editorOf(a);
		setLikelihood(editor, 3);
		commitThroughMenu(editor, "Vendor risk likelier", "Ana", "ana@example.org", null);
		execute(editor, SetCommand.create(editor.getEditingDomain(), editor.getPortfolio(),
				PortfolioPackage.Literals.NAMED__NAME, "E-mail and calendar"));
		commitThroughMenu(editor, "Renamed", "Ana", "ana@example.org", null);
		setLikelihood(editor, 4);
		commitThroughMenu(editor, "Vendor risk likelier still", "Ana", "ana@example.org", null);

		// What each commit changed is noted in the background after commits, in the clone only.
		UiDriver.waitUntil("the commits' changes noted in the clone", () -> Files.isDirectory(
				location(a).resolve(".git/civitas/changes")), Duration.ofSeconds(60));

		// The risk's history: its creation and the two commits that changed it, not the rename.
		editor.revealElement("risk-vendor");
		UiDriver.waitUntil("the risk selected in the editor", () -> editor.getSite().getSelectionProvider().getSelection()
				.toString().contains("Single vendor"));
		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Team", "Show History"));
		HistoryView history = (HistoryView) WorkbenchDriver.page().findView(HistoryView.ID);
		Label heading = Widgets.byId(WorkbenchDriver.partControl(history), Label.class, WidgetIds.HISTORY_HEADING);
		UiDriver.waitUntil("the history to be read", () -> heading.getText().contains("commit(s)"));
		Table commits = Widgets.byId(WorkbenchDriver.partControl(history), Table.class, WidgetIds.HISTORY_TABLE);
		List<String> messages = Arrays.stream(commits.getItems()).map(item -> item.getText(3) + " | " + item.getText(4)).toList();
		assertEquals(3, messages.size(), messages.toString());
		assertEquals("Vendor risk likelier still | ~ Risk \"Single vendor for a critical service\": Likelihood: 3 \u2192 4", messages.get(0));
		assertEquals("Vendor risk likelier | ~ Risk \"Single vendor for a critical service\": Likelihood: 2 \u2192 3", messages.get(1));
		assertTrue(messages.get(2).startsWith("Shared with Civitas | Risk \"Single vendor for a critical service\""), messages.get(2));
		Screenshots.captureWhenPainted(Screenshots.documentedWindow(), SCREENSHOTS.resolve("history.png"));

		// Compare with the last commit: the changed element and its feature, old and new side by side.
		setLikelihood(editor, 1);
		editor.doSave(null);
		Widgets.treeItem(explorer, "history-a [main]", "> " + MODEL); // changed since the last commit
		WorkbenchDriver.page().activate(editor);
		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Team", "Compare with Last Commit"));
		IEditorPart compare = UiDriver.waitFor("the compare editor", () -> Arrays.stream(WorkbenchDriver.page().getEditorReferences())
				.map(reference -> reference.getEditor(false)).filter(part -> part != null && part.getEditorInput() instanceof CompareEditorInput)
				.findFirst());
		Tree changes = Widgets.find(WorkbenchDriver.partControl(compare), Tree.class, Tree::isVisible, "the tree of changed elements");
		TreeItem risk = UiDriver.waitFor("the risk in the tree", () -> Arrays.stream(changes.getItems())
				.filter(item -> item.getText().contains("Single vendor for a critical service")).findFirst());
		risk.setExpanded(true);
		assertEquals(List.of("Likelihood"), Arrays.stream(risk.getItems()).map(TreeItem::getText).toList());
		Gestures.doubleClick(risk.getItems()[0]);
		UiDriver.waitUntil("the last commit's and the working tree's likelihood side by side", () -> Widgets
				.findAll(WorkbenchDriver.partControl(compare), StyledText.class, StyledText::isVisible).stream()
				.map(text -> text.getText().strip()).toList().containsAll(List.of("1", "4")));
		Screenshots.captureWhenPainted(Screenshots.documentedWindow(), SCREENSHOTS.resolve("compare-editor.png"));
		WorkbenchDriver.page().closeEditor(compare, false);

		// Abort a merge: the model returns to the last commit, no companion file stays.
		commitThroughMenu(editor, "Vendor risk rare", "Ana", "ana@example.org", null);
		Path other = folder.resolve("other");
		try (Git clone = Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(other.toFile()).call()) {
			Path model = other.resolve(MODEL);
			Files.writeString(model, Files.readString(model).replaceFirst("(id=\"risk-vendor\"[^>]*?likelihood=\")\\d", "$15"));
			clone.commit().setAll(true).setMessage("Vendor risk near certain").setAuthor(new PersonIdent("Ben", "ben@example.org")).call();
			clone.push().call();
		}
		String committed = Files.readString(location(a).resolve(MODEL));
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Team", "Pull")),
				"Pull history-a", dialog -> Gestures.click(Widgets.byText(dialog, Button.class, "OK")), Duration.ofSeconds(60));
		assertTrue(Files.exists(ConflictFile.of(location(a).resolve(MODEL))));
		ConflictsView conflicts = (ConflictsView) WorkbenchDriver.page().findView(ConflictsView.ID);
		ModalDialogs.drive(() -> Gestures.click(Widgets.byText(WorkbenchDriver.partControl(conflicts), Button.class, "Abort Merge")),
				"Conflicts", confirm -> Gestures.click(Widgets.byText(confirm, Button.class, "OK")));
		assertEquals(committed, Files.readString(location(a).resolve(MODEL)));
		assertFalse(Files.exists(ConflictFile.of(location(a).resolve(MODEL))));
		try (ModelRepository repository = ModelRepository.open(location(a), TeamProjects.words())) {
			assertFalse(repository.isMerging());
		}
		UiDriver.waitUntil("the view to show no conflicts", () -> Widgets.byId(WorkbenchDriver.partControl(conflicts), Label.class,
				WidgetIds.CONFLICTS_SUMMARY).getText().equals("No open conflicts."));
	}

	@Test
	void aProjectIsSharedFromTheTeamMenuOfTheProjectExplorer() throws Exception {
		TeamPreferences.storeAuthor("Ana", "ana@example.org");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("to-share");
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
		description.setLocation(IPath.fromOSString(folder.resolve("to-share").toString()));
		project.create(description, null);
		project.open(null);
		projects.add(project);
		try (InputStream in = new URL(ExamplePortfolios.all().get(0), "state-email-consolidation.portfolio").openStream()) {
			project.getFile(MODEL).create(in, true, null);
		}
		Tree explorer = ((CommonNavigator) WorkbenchDriver.view(IPageLayout.ID_PROJECT_EXPLORER)).getCommonViewer().getTree();
		Gestures.select(Widgets.treeItem(explorer, "to-share"));

		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(explorer.getMenu(), "Team", "Share Project with Git...")),
				"Share Project with Git", confirm -> Gestures.click(Widgets.byText(confirm, Button.class, "OK")));
		ModalDialogs.drive(() -> { }, "Share Project with Git", done -> {
			assertTrue(messageOf(done).startsWith("to-share is shared: the repository is in "), messageOf(done));
			Gestures.click(Widgets.byText(done, Button.class, "OK"));
		}, Duration.ofSeconds(60));

		try (Git git = Git.open(location(project).toFile())) {
			assertEquals("Shared with Civitas", git.log().call().iterator().next().getShortMessage());
			assertTrue(git.status().call().isClean(), "everything in the first commit");
		}
		assertTrue(Files.readString(location(project).resolve(".gitattributes")).contains("*.portfolio merge=civitas"));
		Widgets.treeItem(explorer, "to-share [main]");
	}

	/** A bare repository holding the example e-mail portfolio, shared with Civitas. */
	private Path sharedRepository() throws Exception {
		Path origin = Files.createDirectories(folder.resolve("origin"));
		URL example = new URL(ExamplePortfolios.all().get(0), "state-email-consolidation.portfolio");
		try (InputStream in = example.openStream()) {
			Files.copy(in, origin.resolve(MODEL));
		}
		ModelRepository.share(origin, "civitas", new PersonIdent("Ana", "ana@example.org"), TeamProjects.words()).close();
		Path bare = Files.createDirectories(folder.resolve("served")).resolve("shared.git");
		Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
		return bare;
	}

	private void cloneWizardRefuses(String address, String token, String expected) {
		ModalDialogs.drive(this::openCloneWizard, "Import", wizard -> {
			Tree kinds = Widgets.find(wizard, Tree.class, Tree::isVisible, "the import wizards");
			Gestures.select(Widgets.treeItem(kinds, "Civitas", "Model Repository from Git"));
			Gestures.click(Widgets.byText(wizard, Button.class, "Next >"));
			fill(wizard, address, token, folder.resolve("refused"));
			Gestures.click(Widgets.byText(wizard, Button.class, "Finish"));
			UiDriver.waitUntil("the refusal on the page", () -> messageOf(wizard).contains(expected));
			assertFalse(Files.exists(folder.resolve("refused").resolve(".git")), "nothing half-cloned is opened");
			Gestures.click(Widgets.byText(wizard, Button.class, "Cancel"));
		}, Duration.ofSeconds(60));
	}

	private IProject cloneThroughWizard(String address, String name, boolean withLogin) throws Exception {
		Path into = folder.resolve(name);
		ModalDialogs.drive(this::openCloneWizard, "Import", wizard -> {
			Tree kinds = Widgets.find(wizard, Tree.class, Tree::isVisible, "the import wizards");
			Gestures.select(Widgets.treeItem(kinds, "Civitas", "Model Repository from Git"));
			Gestures.click(Widgets.byText(wizard, Button.class, "Next >"));
			fill(wizard, address, withLogin ? TOKEN : null, into);
			if (!name.startsWith("architect-b")) {
				capture(wizard, "clone-wizard.png");
			}
			Gestures.click(Widgets.byText(wizard, Button.class, "Finish"));
		}, Duration.ofSeconds(60));
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		projects.add(project);
		assertTrue(project.isOpen(), "the clone is a project");
		assertTrue(Files.readString(into.resolve(".gitattributes")).contains("*.portfolio merge=civitas"), "set up for Civitas' merge");
		return project;
	}

	private void fill(Shell wizard, String address, String token, Path into) {
		Gestures.type(Widgets.byId(wizard, Text.class, WidgetIds.CLONE_ADDRESS), address);
		if (token != null) {
			Gestures.type(Widgets.byId(wizard, Text.class, WidgetIds.CLONE_USER), USER);
			Gestures.type(Widgets.byId(wizard, Text.class, WidgetIds.CLONE_TOKEN), token);
		}
		Gestures.type(Widgets.byId(wizard, Text.class, WidgetIds.CLONE_FOLDER), into.toString());
	}

	private void openCloneWizard() {
		Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "File", "Import..."));
	}

	private static void capture(Shell shell, String name) {
		try {
			Screenshots.captureWhenPainted(shell, SCREENSHOTS.resolve(name));
		} catch (IOException notSaved) {
			throw new AssertionError(notSaved);
		}
	}

	/** The portfolio editor the clone wizard opened on the project's model. */
	private static PortfolioEditor editorOf(IProject project) {
		IFile model = project.getFile(MODEL);
		return UiDriver.waitFor("the editor of " + model.getFullPath(), () -> Optional
				.ofNullable(WorkbenchDriver.page().findEditor(new FileEditorInput(model))).filter(PortfolioEditor.class::isInstance)
				.map(PortfolioEditor.class::cast).filter(editor -> editor.getPortfolio() != null));
	}

	/** Adds a new element with its ID and name to one of the portfolio's lists, as the editor's command. */
	private static void add(PortfolioEditor editor, EReference list, Named element, String id, String name) {
		element.setId(id);
		element.setName(name);
		execute(editor, AddCommand.create(editor.getEditingDomain(), editor.getPortfolio(), list, element));
	}

	private static void execute(PortfolioEditor editor, Command command) {
		assertTrue(command.canExecute());
		editor.getEditingDomain().getCommandStack().execute(command);
	}

	private static void setLikelihood(PortfolioEditor editor, int likelihood) {
		EObject risk = editor.getDocument().find("risk-vendor");
		execute(editor, SetCommand.create(editor.getEditingDomain(), risk, risk.eClass().getEStructuralFeature("likelihood"), likelihood));
	}

	private static int likelihood(PortfolioEditor editor) {
		EObject risk = editor.getDocument().find("risk-vendor");
		return (Integer) risk.eGet(risk.eClass().getEStructuralFeature("likelihood"));
	}

	/** Team > Commit on the editor's project: an unsaved editor is offered for saving, then the dialog. */
	private void commitThroughMenu(PortfolioEditor editor, String message, String name, String email, String expectedRow) {
		WorkbenchDriver.page().activate(editor);
		Consumer<Shell> commitDialog = commit -> {
			Table files = Widgets.byId(commit, Table.class, WidgetIds.COMMIT_FILES);
			if (expectedRow != null) {
				assertEquals(List.of(expectedRow), cells(files));
			}
			Gestures.type(Widgets.byId(commit, Text.class, WidgetIds.COMMIT_MESSAGE), message);
			Gestures.type(Widgets.byId(commit, Text.class, WidgetIds.AUTHOR_NAME), name);
			Gestures.type(Widgets.byId(commit, Text.class, WidgetIds.AUTHOR_EMAIL), email);
			if (expectedRow != null && documenting) {
				capture(commit, "commit-dialog.png");
			}
			Gestures.click(Widgets.byText(commit, Button.class, "Commit"));
		};
		Runnable openCommit = () -> Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Team", "Commit..."));
		if (editor.isDirty()) {
			// The commit dialog opens once the question is answered: both are watched for from the start.
			ModalDialogs.drive(() -> ModalDialogs.drive(openCommit, "Save Resource", save -> {
				assertTrue(messageOf(save).contains("Save '" + MODEL + "'?"), messageOf(save));
				Gestures.click(Widgets.byText(save, Button.class, "Save"));
			}), "Commit", commitDialog);
		} else {
			ModalDialogs.drive(openCommit, "Commit", commitDialog);
		}
		assertFalse(editor.isDirty(), "saved before the commit");
	}

	private static void pushThroughMenu(PortfolioEditor editor, String expected) {
		WorkbenchDriver.page().activate(editor);
		String project = editor.file().getProject().getName();
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "Team", "Push")),
				"Push " + project, dialog -> {
					assertEquals(expected, messageOf(dialog));
					Gestures.click(Widgets.byText(dialog, Button.class, "OK"));
				}, Duration.ofSeconds(60));
	}

	private static Path location(IProject project) {
		return project.getLocation().toFile().toPath();
	}

	/** The texts a message dialog or a wizard page shows, its message among them. */
	private static String messageOf(Shell dialog) {
		List<String> texts = new ArrayList<>();
		Widgets.findAll(dialog, Text.class, text -> (text.getStyle() & SWT.READ_ONLY) != 0 && !text.getText().isEmpty())
				.forEach(text -> texts.add(text.getText()));
		Widgets.findAll(dialog, Label.class, label -> label.isVisible() && !label.getText().isEmpty())
				.forEach(label -> texts.add(label.getText()));
		return String.join(" | ", texts);
	}

	private static List<String> cells(Table table) {
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < table.getColumnCount(); column++) {
				cells.add(item.getText(column));
			}
			rows.add(String.join(" | ", cells));
		}
		return rows;
	}
}
