package org.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civitas.diagram.ui.editor.DiagramEditor;
import org.civitas.examples.ExampleProjectInstaller;
import org.civitas.interchange.ui.InterchangeHelp;
import org.civitas.interchange.ui.SpreadsheetExportWizard;
import org.civitas.interchange.ui.SpreadsheetImportWizard;
import org.civitas.portfolio.ui.HelpContexts;
import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.civitas.portfolio.ui.wizards.BoardPackWizard;
import org.civitas.portfolio.ui.wizards.NewCivitasProjectWizard;
import org.civitas.portfolio.ui.wizards.NewPortfolioWizard;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.WidgetTree;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.civitas.validation.Rule;
import org.civitas.validation.ui.RuleHelp;
import org.civitas.validation.ui.ValidationMarkers;
import org.civitas.validation.ui.ValidationPreferencePage;
import org.civitas.validation.ui.ValidationPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IContext2;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.help.internal.base.BaseHelpSystem;
import org.eclipse.help.internal.server.WebappManager;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The help a user reaches from the product: the guides as help books, the help server behind
 * Help Contents and Search, and F1 on every place the issue names, which must name a context
 * whose topics exist.
 */
@ExtendWith(UiTestExtension.class)
class HelpTest {

	/** Where the workbench keeps the context id of a control (WorkbenchHelpSystem.setHelp). */
	private static final String HELP_KEY = "org.eclipse.ui.help";
	private static final String HELP_VIEW = "org.eclipse.help.ui.HelpView";

	@Test
	void theGuidesOfDocsAreHelpBooks() throws IOException {
		Map<String, IToc> books = Arrays.stream(HelpSystem.getTocs())
				.collect(Collectors.toMap(IToc::getLabel, Function.identity(), (a, b) -> a));
		for (String book : List.of("Civitas Architect's Guide", "Civitas Board Guide", "Civitas Toolsmith's Guide")) {
			assertTrue(books.containsKey(book), "help books: " + books.keySet());
		}
		ITopic[] architect = books.get("Civitas Architect's Guide").getTopics();
		assertEquals(List.of("Working with portfolios", "Portfolio diagrams", "Validation in the workbench",
				"Importing and exporting spreadsheets", "Working as a team on Git"),
				Arrays.stream(architect).map(ITopic::getLabel).toList());
		List<ITopic> all = new ArrayList<>();
		for (String book : List.of("Civitas Architect's Guide", "Civitas Board Guide", "Civitas Toolsmith's Guide")) {
			for (ITopic guide : books.get(book).getTopics()) {
				all.add(guide);
				all.addAll(List.of(guide.getSubtopics()));
			}
		}
		for (ITopic topic : all) {
			String shown = assertTopicExists(topic.getHref()).replaceAll("<[^>]+>", "").replace("&#39;", "'");
			assertTrue(shown.contains(topic.getLabel()), topic.getHref() + " shows " + topic.getLabel());
		}
	}

	@Test
	void theApiReferenceIsAHelpBookOfTheApiPackagesOnly() {
		IToc reference = Arrays.stream(HelpSystem.getTocs()).filter(toc -> "Civitas API Reference".equals(toc.getLabel()))
				.findFirst().orElseThrow(() -> new AssertionError("no help book Civitas API Reference"));
		ITopic overview = reference.getTopics()[0];
		assertTrue(content(overview.getHref()).contains("Civitas Portfolio Studio API"), overview.getHref());
		ITopic packages = Arrays.stream(overview.getSubtopics()).filter(topic -> "Packages".equals(topic.getLabel()))
				.findFirst().orElseThrow();
		Map<String, String> pages = Arrays.stream(packages.getSubtopics())
				.collect(Collectors.toMap(ITopic::getLabel, ITopic::getHref));
		for (String api : List.of("org.civitas.validation", "org.civitas.emf.document", "org.civitas.diagram.core.editing",
				"org.civitas.interchange", "org.civitas.report", "org.civitas.portfolio.model")) {
			assertTrue(pages.containsKey(api), "the reference documents " + api + ": " + pages.keySet());
		}
		for (String internal : List.of("org.civitas.portfolio.model.impl", "org.civitas.portfolio.model.index",
				"org.civitas.portfolio.model.provider", "org.civitas.diagram.ui.canvas")) {
			assertFalse(pages.containsKey(internal), "internal package in the API reference: " + internal);
		}
		String validation = assertTopicExists(pages.get("org.civitas.validation"));
		assertTrue(validation.contains("RuleRegistry"), "the package page lists its types: " + validation);
	}

	@Test
	void helpContentsAndSearchAreServedByTheHelpServer() throws Exception {
		assertTrue(BaseHelpSystem.ensureWebappRunning(), "the help server starts");
		String help = "http://" + WebappManager.getHost() + ":" + WebappManager.getPort() + "/help";

		assertTrue(get(help + "/index.jsp").contains("<title>Help - Civitas Portfolio Studio</title>"),
				"Help Contents: the help window's page, compiled by the help server");
		String contents = get(help + "/toc");
		assertTrue(contents.contains("Civitas Board Guide"), "the contents list the books: " + contents);
		String rules = get(help + "/topic/org.civitas.help/help/board/rules.html");
		assertTrue(rules.contains("<h1 id=\"civitas-validation-rules\">Civitas validation rules</h1>"), rules);

		String found = get(help + "/search?phrase=" + "quick+fix");
		assertTrue(found.contains("/org.civitas.help/help/architect/validation.html"),
				"a search for 'quick fix' finds the guide to validation: " + found);
	}

	@Test
	void f1OnThePortfolioEditorShowsTheHelpOfItsPageInTheHelpView() throws PartInitException {
		PortfolioEditor editor = openExamplePortfolio();
		Tree tree = UiDriver.waitFor("the model page's tree",
				() -> Widgets.findAll(WorkbenchDriver.partControl(editor), Tree.class, Control::isVisible).stream().findFirst());
		Control withHelp = assertHelpContext(tree, HelpContexts.EDITOR_MODEL_PAGE);

		withHelp.notifyListeners(SWT.Help, new Event());
		IViewPart helpView = UiDriver.waitFor("the Help view",
				() -> Optional.ofNullable(WorkbenchDriver.page().findView(HELP_VIEW)));
		UiDriver.waitUntil("the Help view shows the model page's help",
				() -> shownText(helpView).contains("Portfolio editor: the Model page"));

		editor.setActivePage("org.civitas.portfolio.ui.editor.overview");
		UiDriver.processEvents();
		Control overview = WorkbenchDriver.partControl(editor);
		Control overviewForm = Widgets.findAll(overview, Control.class,
				control -> HelpContexts.EDITOR_OVERVIEW_PAGE.equals(control.getData(HELP_KEY))).get(0);
		assertTrue(overviewForm.isVisible(), "the overview page carries its own help");
		assertContextResolves(HelpContexts.EDITOR_OVERVIEW_PAGE);
	}

	@Test
	void f1InThePropertiesViewShowsItsHelp() throws PartInitException {
		openExamplePortfolio();
		IViewPart properties = WorkbenchDriver.view(IPageLayout.ID_PROP_SHEET);
		Control pageControl = UiDriver.waitFor("the Properties page", () -> Widgets.findAll(WorkbenchDriver.partControl(properties),
				Control.class, control -> HelpContexts.PROPERTIES.equals(control.getData(HELP_KEY))).stream().findFirst());
		assertNotNull(pageControl);
		assertContextResolves(HelpContexts.PROPERTIES);
	}

	@Test
	void f1InTheDiagramEditorShowsItsHelp() throws PartInitException {
		IFile serviceMap = exampleProject().getFile("state-email-consolidation.service-map.diagram");
		DiagramEditor editor = (DiagramEditor) IDE.openEditor(WorkbenchDriver.page(), serviceMap, DiagramEditor.ID);
		UiDriver.waitForJobs();
		UiDriver.processEvents();
		Canvas canvas = UiDriver.waitFor("the diagram's canvas",
				() -> Widgets.findAll(WorkbenchDriver.partControl(editor), Canvas.class, Control::isVisible).stream().findFirst());
		assertHelpContext(canvas, org.civitas.diagram.ui.editor.HelpContexts.DIAGRAM_EDITOR);
	}

	@Test
	void f1OnAProblemExplainsItsRuleAndTheStrategiesItServes() throws Exception {
		Rule rule = ValidationPreferences.rules().rule("FIN-001");
		IFile portfolio = exampleProject().getFile("state-email-consolidation.portfolio");
		IMarker marker = portfolio.createMarker(ValidationMarkers.TYPE);
		try {
			marker.setAttribute(ValidationMarkers.RULE, rule.id());
			String contextId = IDE.getMarkerHelpRegistry().getHelp(marker);
			assertEquals(RuleHelp.contextIdOf("FIN-001"), contextId, "the Problems view asks for the rule's help");
			IContext context = HelpSystem.getContext(contextId);
			assertEquals("FIN-001: " + rule.title(), ((IContext2) context).getTitle());
			assertTrue(context.getText().contains(rule.description()), context.getText());
			assertTrue(context.getText().contains("Strategies: F1, F5."), context.getText());
			assertContextResolves(contextId);
			IHelpResource catalogue = context.getRelatedTopics()[0];
			assertTrue(content(catalogue.getHref()).contains("FIN-001"), "the category's section lists the rule");
		} finally {
			marker.delete();
		}
	}

	@Test
	void f1OnTheValidationPreferencePageShowsItsHelp() {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(WorkbenchDriver.shell(),
				"org.civitas.validation.ui.preferences", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Control page = ((ValidationPreferencePage) dialog.getSelectedPage()).getControl();
			Tree rules = Widgets.findAll(page, Tree.class, Control::isVisible).get(0);
			assertHelpContext(rules, ValidationPreferencePage.HELP_CONTEXT);
		} finally {
			dialog.close();
		}
	}

	@Test
	void everyWizardPageHasHelp() {
		StructuredSelection selection = new StructuredSelection(exampleProject().getFile("state-email-consolidation.portfolio"));
		assertWizardPagesHaveHelp(new NewCivitasProjectWizard(), selection,
				List.of(HelpContexts.NEW_PROJECT_WIZARD));
		assertWizardPagesHaveHelp(new NewPortfolioWizard(), selection,
				List.of(HelpContexts.NEW_PORTFOLIO_FILE_PAGE, HelpContexts.NEW_PORTFOLIO_STARTING_POINT_PAGE));
		assertWizardPagesHaveHelp(new org.civitas.diagram.ui.wizards.NewDiagramWizard(), selection,
				List.of(org.civitas.diagram.ui.editor.HelpContexts.NEW_DIAGRAM_WIZARD));
		assertWizardPagesHaveHelp(new SpreadsheetImportWizard(), selection, List.of(InterchangeHelp.IMPORT_FILES_PAGE,
				InterchangeHelp.IMPORT_MAPPING_PAGE, InterchangeHelp.IMPORT_PREVIEW_PAGE));
		assertWizardPagesHaveHelp(new SpreadsheetExportWizard(), selection, List.of(InterchangeHelp.EXPORT_PAGE));
		assertWizardPagesHaveHelp(new BoardPackWizard(), selection, List.of(HelpContexts.BOARD_PACK_WIZARD));
	}

	private static void assertWizardPagesHaveHelp(IWorkbenchWizard wizard, StructuredSelection selection, List<String> contexts) {
		wizard.init(WorkbenchDriver.workbench(), selection);
		WizardDialog dialog = new WizardDialog(WorkbenchDriver.shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			IWizard opened = dialog.getCurrentPage().getWizard();
			IWizardPage[] pages = opened.getPages();
			assertEquals(contexts.size(), pages.length, "pages of " + wizard.getClass().getSimpleName());
			for (int i = 0; i < pages.length; i++) {
				dialog.showPage(pages[i]);
				UiDriver.processEvents();
				Control anyInside = Widgets.findAll(pages[i].getControl(), Control.class,
						control -> control.getData(HELP_KEY) == null).stream().reduce((first, last) -> last).orElseThrow();
				assertHelpContext(anyInside, contexts.get(i));
			}
		} finally {
			dialog.close();
		}
	}

	/** Asserts that F1 on the control shows the context: the innermost help on its way up is it. */
	private static Control assertHelpContext(Control control, String expected) {
		Control withHelp = control;
		while (withHelp != null && withHelp.getData(HELP_KEY) == null) {
			withHelp = withHelp.getParent();
		}
		assertNotNull(withHelp, "F1 on " + WidgetTree.describe(control) + " finds help");
		assertEquals(expected, withHelp.getData(HELP_KEY), "F1 on " + WidgetTree.describe(control));
		assertContextResolves(expected);
		return withHelp;
	}

	/** The context exists, has a text, and each of its topics is a page with that heading. */
	private static void assertContextResolves(String contextId) {
		IContext context = HelpSystem.getContext(contextId);
		assertNotNull(context, "help context " + contextId);
		assertTrue(context.getText() != null && !context.getText().isBlank(), contextId + " has a text");
		assertTrue(context.getRelatedTopics().length > 0, contextId + " has topics");
		for (IHelpResource topic : context.getRelatedTopics()) {
			assertTopicExists(topic.getHref());
		}
	}

	/** The topic's page exists and, for a topic within a page, has the heading it names. */
	private static String assertTopicExists(String href) {
		String page = content(href);
		int hash = href.indexOf('#');
		if (hash >= 0) {
			assertTrue(page.contains("id=\"" + href.substring(hash + 1) + "\""), href + " has its heading");
		}
		return page;
	}

	private static String content(String href) {
		String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
		try (InputStream in = HelpSystem.getHelpContent(path)) {
			assertNotNull(in, "help content of " + href);
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new AssertionError(href, e);
		}
	}

	private static String get(String url) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(200, response.statusCode(), url);
		return response.body();
	}

	/** The titles the Help view shows: its sections' and its labels' texts. */
	private static String shownText(IViewPart view) {
		StringBuilder text = new StringBuilder();
		for (Control control : Widgets.findAll(WorkbenchDriver.partControl(view), Control.class, Control::isVisible)) {
			text.append(control instanceof Section section ? section.getText() : Widgets.text(control)).append('\n');
		}
		return text.toString();
	}

	private static IProject exampleProject() {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProjectInstaller.EXAMPLE_PROJECT_NAME);
	}

	private static PortfolioEditor openExamplePortfolio() throws PartInitException {
		UiDriver.waitForJobs();
		IFile file = exampleProject().getFile("state-email-consolidation.portfolio");
		return (PortfolioEditor) IDE.openEditor(WorkbenchDriver.page(), file, PortfolioEditor.ID);
	}
}
