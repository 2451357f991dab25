package org.civitas.testing.product;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

import org.civitas.diagram.ui.editor.DiagramEditor;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.ModalDialogs;
import org.civitas.testing.ui.Screenshots;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.WidgetTree;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;

/**
 * The example plug-in installed and uninstalled as a user does it, in the real product:
 * <b>Help > Install New Software</b> from a local update site, the trust dialog for unsigned
 * content, <b>Restart Now</b>; after the restart, <b>Installation Details</b> lists the plug-in
 * and the New Diagram wizard offers its diagram kind, which opens in the diagram editor; then
 * <b>Uninstall...</b> in Installation Details and <b>Restart Now</b> again, after which neither
 * lists it any more.
 * <p>Each step is a line of {@code session.log} in the session's folder, each stage a
 * screenshot beside it. A failure writes {@code FAIL}, what the windows hold and a screenshot,
 * and ends the workbench; so does success, after {@code PASS}. The script that started the
 * product reads the log.</p>
 */
final class InstallSession {

	private static final String SITE_PROPERTY = "civitas.productSession.site";
	private static final String PRODUCT = "Civitas Portfolio Studio";
	private static final String SITE_NAME = "Civitas example plug-in";
	private static final String CATEGORY = "Civitas examples";
	private static final String FEATURE = "Example CMDB and Service Ownership for Civitas";
	private static final String DIAGRAM_KIND = "Service ownership";
	private static final String MODEL = "/Civitas Examples/state-email-consolidation.portfolio";
	/** Written before each restart, so that the session started again knows where it stands. */
	private static final String INSTALLED_MARK = "installed";
	private static final String UNINSTALLED_MARK = "uninstalled";
	/** p2 reads the site, resolves the installation and downloads: more than a dialog's usual wait. */
	private static final Duration P2_WORK = Duration.ofSeconds(90);

	private final Path folder;

	InstallSession(Path folder) {
		this.folder = folder;
	}

	void run() {
		try {
			UiDriver.waitUntil("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
			WorkbenchDriver.closeWelcome();
			if (Files.exists(folder.resolve(UNINSTALLED_MARK))) {
				afterUninstalling();
				log("PASS");
				PlatformUI.getWorkbench().close();
			} else if (Files.exists(folder.resolve(INSTALLED_MARK))) {
				afterInstalling();
				uninstall();
			} else {
				install();
			}
		} catch (Throwable failure) {
			fail(failure);
		}
	}

	private void install() {
		String site = System.getProperty(SITE_PROPERTY);
		Shell window = WorkbenchDriver.shell();
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(window.getMenuBar(), "Help", "Install New Software...")),
				"Install", wizard -> {
					ModalDialogs.drive(() -> Gestures.click(Widgets.byText(wizard, Button.class, "Add...")),
							"Add Repository", add -> {
								var nameAndLocation = Widgets.findAll(add, Text.class, Text::isVisible);
								Gestures.type(nameAndLocation.get(0), SITE_NAME);
								Gestures.type(nameAndLocation.get(1), site);
								Gestures.click(enabled(add, "Add"));
							});
					Tree software = Widgets.find(wizard, Tree.class, tree -> (tree.getStyle() & SWT.CHECK) != 0,
							"the software on the site");
					TreeItem category = UiDriver.waitFor("the category " + CATEGORY + " on " + site,
							() -> Arrays.stream(software.getItems()).filter(Widgets.withText(CATEGORY)).findFirst(), P2_WORK);
					Gestures.check(category, true);
					screenshot(wizard, "1-install-new-software");
					nextPage(wizard, "Install Details");
					nextPage(wizard, "Review Licenses");
					Gestures.click(Widgets.byText(wizard, Button.class, "I accept the terms of the license agreement"));
					Gestures.click(enabled(wizard, "Finish"));
				}, P2_WORK);
		log("chose " + CATEGORY + " on " + site + " in Install New Software, accepted the licence, Finish");
		ModalDialogs.drive(() -> { }, "Trust Artifacts", trust -> {
			screenshot(trust, "2-trust-unsigned");
			Gestures.click(Widgets.byText(trust, Button.class, "Select All"));
			Gestures.click(enabled(trust, "Trust Selected"));
		}, P2_WORK);
		log("trusted the unsigned content");
		ModalDialogs.drive(() -> { }, "Software Updates", restart -> {
			screenshot(restart, "3-restart");
			restartNow(restart, INSTALLED_MARK);
		}, P2_WORK);
	}

	private void afterInstalling() {
		log("restarted");
		installationDetails(details -> {
			installedSoftware(details, FEATURE).orElseThrow(() -> new AssertionError(FEATURE + " is not installed"));
			screenshot(details, "4-installation-details");
			Gestures.click(Widgets.byText(details, Button.class, "Close"));
		});
		log("Installation Details lists " + FEATURE);

		Shell window = WorkbenchDriver.shell();
		String[] chosen = new String[1];
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(window.getMenuBar(), "File", "New", "Diagram")),
				"New Diagram", wizard -> {
					List kinds = diagramKinds(wizard);
					chosen[0] = UiDriver.waitFor("a " + DIAGRAM_KIND + " diagram among the kinds offered",
							() -> Arrays.stream(kinds.getItems()).filter(kind -> kind.startsWith(DIAGRAM_KIND)).findFirst());
					Gestures.select(kinds, chosen[0]);
					Gestures.click(enabled(wizard, "Finish"));
				});
		IEditorPart diagram = UiDriver.waitFor("the diagram editor on the new " + DIAGRAM_KIND + " diagram",
				() -> Optional.ofNullable(WorkbenchDriver.page().getActiveEditor()).filter(DiagramEditor.class::isInstance));
		screenshot(window, "5-diagram");
		log("New Diagram offered \"" + chosen[0] + "\"; it opened in the diagram editor as " + diagram.getTitle());
	}

	/** Uninstalls the plug-in from Installation Details, its diagram left open as a user would. */
	private void uninstall() {
		installationDetails(details -> {
			Gestures.select(installedSoftware(details, FEATURE).orElseThrow());
			ModalDialogs.drive(() -> Gestures.click(enabled(details, "Uninstall...")), "Uninstall", wizard -> {
				screenshot(wizard, "6-uninstall");
				Gestures.click(enabled(wizard, "Finish"));
			}, P2_WORK);
			log("Uninstall... in Installation Details, Finish");
			ModalDialogs.drive(() -> { }, "Software Updates", restart -> restartNow(restart, UNINSTALLED_MARK), P2_WORK);
		});
	}

	private void afterUninstalling() {
		log("restarted");
		installationDetails(details -> {
			if (installedSoftware(details, FEATURE).isPresent()) {
				throw new AssertionError(FEATURE + " is still installed");
			}
			Gestures.click(Widgets.byText(details, Button.class, "Close"));
		});
		log("Installation Details no longer lists " + FEATURE);
		Shell window = WorkbenchDriver.shell();
		IEditorPart leftOpen = UiDriver.waitFor("the diagram left open, restored",
				() -> Optional.ofNullable(WorkbenchDriver.page().getActiveEditor()).filter(DiagramEditor.class::isInstance));
		Label problem = Widgets.byId(WorkbenchDriver.partControl(leftOpen), Label.class, "diagram.editor.problem");
		if (!problem.getText().contains("not installed")) {
			throw new AssertionError("the diagram of the uninstalled kind says: " + problem.getText());
		}
		screenshot(window, "7-uninstalled");
		log("the diagram left open says: " + problem.getText().replace(System.lineSeparator(), " "));
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(window.getMenuBar(), "File", "New", "Diagram")),
				"New Diagram", wizard -> {
					List kinds = diagramKinds(wizard);
					UiDriver.waitUntil("the kinds offered", () -> kinds.getItemCount() > 0);
					if (Arrays.stream(kinds.getItems()).anyMatch(kind -> kind.startsWith(DIAGRAM_KIND))) {
						throw new AssertionError("New Diagram still offers " + DIAGRAM_KIND);
					}
					Gestures.click(Widgets.byText(wizard, Button.class, "Cancel"));
				});
		log("New Diagram no longer offers " + DIAGRAM_KIND);
	}

	/** Help > About, Installation Details: the dialog handed to {@code inDetails}, About closed after it. */
	private static void installationDetails(Consumer<Shell> inDetails) {
		Shell window = WorkbenchDriver.shell();
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(window.getMenuBar(), "Help", "About " + PRODUCT)),
				"About " + PRODUCT, about -> {
					ModalDialogs.drive(() -> Gestures.click(Widgets.byText(about, Button.class, "Installation Details")),
							PRODUCT + " Installation Details", inDetails, P2_WORK);
					// Restart Now, answered in the details, closes every window.
					if (!about.isDisposed()) {
						Gestures.click(Widgets.byText(about, Button.class, "Close"));
					}
				}, P2_WORK);
	}

	/**
	 * An item of Installed Software, once the list is filled. The dialog shows its first tab only
	 * once it is open, and this runs while it opens: the tab is chosen as a click would.
	 */
	private static Optional<TreeItem> installedSoftware(Shell details, String name) {
		CTabFolder tabs = Widgets.find(details, CTabFolder.class, folder -> true, "the tabs");
		CTabItem tab = Arrays.stream(tabs.getItems()).filter(Widgets.withText("Installed Software")).findFirst()
				.orElseThrow();
		tabs.setSelection(tab);
		Event click = new Event();
		click.item = tab;
		tabs.notifyListeners(SWT.Selection, click);
		Tree installed = Widgets.find(details, Tree.class, tree -> true, "the installed software");
		UiDriver.waitUntil("the installed software to be listed", () -> installed.getItemCount() > 0);
		return Arrays.stream(installed.getItems()).filter(Widgets.withText(name)).findFirst();
	}

	/** The New Diagram wizard's kinds, for the example portfolio. */
	private static List diagramKinds(Shell wizard) {
		Gestures.select(Widgets.find(wizard, Combo.class, Combo::isVisible, "the models"), MODEL);
		return Widgets.find(wizard, List.class, List::isVisible, "the diagram kinds");
	}

	/** Notes where the session stands, for the session started again, and answers Restart Now. */
	private void restartNow(Shell restart, String mark) {
		try {
			Files.writeString(folder.resolve(mark), FEATURE);
		} catch (IOException unwritable) {
			throw new AssertionError(unwritable);
		}
		log(mark + "; Restart Now");
		Gestures.click(Widgets.byText(restart, Button.class, "Restart Now"));
	}

	/** Goes to the wizard's next page once p2 has worked out the current one, and waits for it. */
	private static void nextPage(Shell wizard, String title) {
		Gestures.click(enabled(wizard, "Next >"));
		UiDriver.waitFor("the wizard page " + title,
				() -> Widgets.findAll(wizard, org.eclipse.swt.widgets.Control.class, control -> control.isVisible()
						&& Widgets.text(control).equals(title)).stream().findFirst(),
				P2_WORK);
	}

	private static Button enabled(Shell shell, String label) {
		Button button = Widgets.byText(shell, Button.class, label);
		UiDriver.waitUntil("the button " + label + " to be enabled", button::isEnabled, P2_WORK);
		return button;
	}

	private void screenshot(Shell shell, String name) {
		try {
			Screenshots.captureWhenPainted(shell, folder.resolve(name + ".png"));
		} catch (IOException unwritable) {
			throw new AssertionError(unwritable);
		}
	}

	private void fail(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		log("FAIL " + trace + System.lineSeparator() + WidgetTree.describeShells(UiDriver.display()));
		try {
			screenshot(WorkbenchDriver.shell(), "failure");
		} catch (Throwable unavailable) {
			log("no screenshot of the failure: " + unavailable);
		}
		for (Shell shell : UiDriver.display().getShells()) {
			if (shell != WorkbenchDriver.shell()) {
				shell.close();
			}
		}
		PlatformUI.getWorkbench().close();
	}

	private void log(String line) {
		try {
			Files.writeString(folder.resolve("session.log"), line + System.lineSeparator(), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException unwritable) {
			throw new IllegalStateException(unwritable);
		}
	}
}
