package org.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civitas.diagram.ui.editor.DiagramEditor;
import org.civitas.examples.ExampleProjectInstaller;
import org.civitas.portfolio.ui.editor.PortfolioEditor;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.ModalDialogs;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.commands.SerializationException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.ImageHyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;

/** The Welcome and the cheat sheets: where a newcomer starts. */
@ExtendWith(UiTestExtension.class)
class WelcomeTest {

	private static final String INTRO_VIEW = "org.eclipse.ui.internal.introview";
	private static final String CHEAT_SHEET_VIEW = "org.eclipse.ui.cheatsheets.views.CheatSheetView";
	private static final Pattern COMMAND = Pattern.compile("serialization=\"([^\"]+)\"");

	@Test
	void theFirstStartShowedTheWelcomeOnceAndLaterStartsDoNot() {
		assertFalse(PlatformUI.getPreferenceStore().getBoolean(IWorkbenchPreferenceConstants.SHOW_INTRO),
				"the workbench showed the Welcome at the first start and turned it off for the next ones");
	}

	@Test
	void welcomeSaysWhatCivitasIsAndWhereToStart() {
		Control welcome = showWelcome();
		assertEquals("Welcome to Civitas Portfolio Studio",
				Widgets.findAll(welcome, ScrolledForm.class, form -> true).get(0).getText());
		List<String> links = Widgets.findAll(welcome, ImageHyperlink.class, Control::isVisible).stream()
				.map(ImageHyperlink::getText).toList();
		assertTrue(links.containsAll(List.of("Open an example", "Create a portfolio", "Take the guided tour",
				"Read the board guide")), "the Welcome's links: " + links);
	}

	@Test
	void openAnExampleOpensAPortfolioAndItsServiceMap() {
		click(link(showWelcome(), "welcome.example"));

		UiDriver.waitUntil("the example's service map is the active editor",
				() -> WorkbenchDriver.page().getActiveEditor() instanceof DiagramEditor);
		IEditorPart[] editors = WorkbenchDriver.page().getEditors();
		assertEquals(List.of("state-email-consolidation.portfolio", "state-email-consolidation.service-map.diagram"),
				List.of(editors).stream().map(editor -> editor.getEditorInput().getName()).sorted().toList());
		assertNull(PlatformUI.getWorkbench().getIntroManager().getIntro(), "the Welcome made room");
		assertWorkbenchLaidOutAgain();
	}

	@Test
	void createAPortfolioStartsTheNewProjectWizard() {
		ImageHyperlink create = link(showWelcome(), "welcome.create");
		ModalDialogs.drive(() -> click(create), "New Civitas Project",
				wizard -> Gestures.click(Widgets.byText(wizard, Button.class, "Cancel")));
	}

	@Test
	void aReturningUserFindsTheRecentPortfolios() throws PartInitException {
		IFile recovery = ResourcesPlugin.getWorkspace().getRoot()
				.getProject(ExampleProjectInstaller.EXAMPLE_PROJECT_NAME).getFile("state-recovery-center.portfolio");
		IDE.openEditor(WorkbenchDriver.page(), recovery, PortfolioEditor.ID);
		WorkbenchDriver.page().closeAllEditors(false);

		ImageHyperlink recent = link(showWelcome(), "welcome.recent." + recovery.getFullPath());
		assertEquals("state-recovery-center.portfolio", recent.getText());
		click(recent);
		UiDriver.waitUntil("the recent portfolio opens", () -> WorkbenchDriver.page().getActiveEditor() instanceof PortfolioEditor
				&& WorkbenchDriver.page().getActiveEditor().getEditorInput().getName().equals(recovery.getName()));
	}

	@Test
	void theGuidedTourRunsItsFirstStep() {
		click(link(showWelcome(), "welcome.tour"));
		IViewPart cheatSheet = UiDriver.waitFor("the cheat sheet view",
				() -> Optional.ofNullable(WorkbenchDriver.page().findView(CHEAT_SHEET_VIEW)));
		UiDriver.waitUntil("the cheat sheet that builds a portfolio",
				() -> sectionTitle(cheatSheet).equals("Build a portfolio and draw its service map"));

		click(hyperlinkWithTooltip(cheatSheet, "Click to Begin"));
		ImageHyperlink perform = hyperlinkWithTooltip(cheatSheet, "Click to perform");
		ModalDialogs.drive(() -> click(perform), "New Civitas Project",
				wizard -> Gestures.click(Widgets.byText(wizard, Button.class, "Cancel")));
		assertWorkbenchLaidOutAgain();
	}

	/** The Welcome fills the window; once it is closed, the editors and views have their places back. */
	private static void assertWorkbenchLaidOutAgain() {
		IWorkbenchPage page = WorkbenchDriver.page();
		assertFalse(page.isPageZoomed(), "no part fills the window");
		assertTrue(page.isPartVisible(WorkbenchDriver.view(IPageLayout.ID_PROJECT_EXPLORER)), "the Project Explorer shows");
	}

	@Test
	void everyCheatSheetOpensAndItsCommandsAreThere() throws IOException, NotDefinedException, SerializationException {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Bundle help = Platform.getBundle("org.civitas.help");
		for (String[] sheet : List.of(new String[] { "org.civitas.help.buildPortfolio", "cheatsheets/build-portfolio.xml" },
				new String[] { "org.civitas.help.validateAndFix", "cheatsheets/validate-and-fix.xml" },
				new String[] { "org.civitas.help.boardPack", "cheatsheets/board-pack.xml" })) {
			new OpenCheatSheetAction(sheet[0]).run();
			IViewPart view = UiDriver.waitFor("the cheat sheet view",
					() -> Optional.ofNullable(WorkbenchDriver.page().findView(CHEAT_SHEET_VIEW)));
			String content = read(help, sheet[1]);
			String title = content.substring(content.indexOf("title=\"") + 7, content.indexOf('"', content.indexOf("title=\"") + 7));
			UiDriver.waitUntil(sheet[0] + " shows " + title, () -> sectionTitle(view).equals(title));

			Matcher matcher = COMMAND.matcher(content);
			while (matcher.find()) {
				ParameterizedCommand step = commands.deserialize(matcher.group(1));
				Command command = step.getCommand();
				assertTrue(command.isDefined() && command.isHandled(), sheet[0] + ": " + command.getName() + " can run");
			}
		}
	}

	private static Control showWelcome() {
		IIntroPart intro = PlatformUI.getWorkbench().getIntroManager().showIntro(WorkbenchDriver.window(), false);
		assertTrue(intro != null, "Help > Welcome shows it");
		UiDriver.processEvents();
		return WorkbenchDriver.partControl(WorkbenchDriver.view(INTRO_VIEW));
	}

	private static ImageHyperlink link(Control welcome, String id) {
		return Widgets.byId(welcome, ImageHyperlink.class, id);
	}

	private static ImageHyperlink hyperlinkWithTooltip(IViewPart view, String tooltip) {
		return UiDriver.waitFor("'" + tooltip + "' in " + view.getTitle(),
				() -> Widgets.findAll(WorkbenchDriver.partControl(view), ImageHyperlink.class,
						link -> link.isVisible() && tooltip.equals(link.getToolTipText())).stream().findFirst());
	}

	/** The cheat sheet's title, as its form heading shows it. */
	private static String sectionTitle(IViewPart view) {
		return Widgets.findAll(WorkbenchDriver.partControl(view), ScrolledForm.class, Control::isVisible).stream()
				.map(ScrolledForm::getText).filter(text -> text != null && !text.isEmpty()).findFirst().orElse("");
	}

	private static void click(ImageHyperlink link) {
		Gestures.clickAt(link, 4, link.getSize().y / 2, 0);
	}

	private static String read(Bundle bundle, String path) throws IOException {
		try (InputStream in = bundle.getEntry(path).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
