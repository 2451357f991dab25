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

	private static final String SITE_PROPERTY = "civitas.productSession.site"; //$NON-NLS-1$
	private static final String PRODUCT = "Civitas Portfolio Studio"; //$NON-NLS-1$
	private static final String SITE_NAME = "Civitas example plug-in"; //$NON-NLS-1$
	private static final String CATEGORY = "Civitas examples"; //$NON-NLS-1$
	private static final String FEATURE = "Example CMDB and Service Ownership for Civitas"; //$NON-NLS-1$
	private static final String DIAGRAM_KIND = "Service ownership"; //$NON-NLS-1$
	private static final String MODEL = "/Civitas Examples/state-email-consolidation.portfolio"; //$NON-NLS-1$
	/** Written before each restart, so that the session started again knows where it stands. */
	private static final String INSTALLED_MARK = "installed"; //$NON-NLS-1$
	private static final String UNINSTALLED_MARK = "uninstalled"; //$NON-NLS-1$
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
				log("PASS"); //$NON-NLS-1$
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

	private void install() throws IOException {
		String site = System.getProperty(SITE_PROPERTY);
		Shell window = WorkbenchDriver.shell();
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(window.getMenuBar(), "Help", "Install New Software...")), //$NON-NLS-1$ //$NON-NLS-2$
				"Install", wizard -> { //$NON-NLS-1$
					ModalDialogs.drive(() -> Gestures.click(Widgets.byText(wizard, Button.class, "Add...")), //$NON-NLS-1$
							"Add Repository", add -> { //$NON-NLS-1$
								var nameAndLocation = Widgets.findAll(add, Text.class, Text::isVisible);
								Gestures.type(nameAndLocation.get(0), SITE_NAME);
								Gestures.type(nameAndLocation.get(1), site);
								Gestures.click(enabled(add, "Add")); //$NON-NLS-1$
							});
					Tree software = Widgets.find(wizard, Tree.class, tree -> (tree.getStyle() & SWT.CHECK) != 0,
							"the software on the site"); //$NON-NLS-1$
					TreeItem category = UiDriver.waitFor("the category " + CATEGORY + " on " + site, //$NON-NLS-1$ //$NON-NLS-2$
							() -> Arrays.stream(software.getItems()).filter(Widgets.withText(CATEGORY)).findFirst(), P2_WORK);
					Gestures.check(category, true);
					screenshot(wizard, "1-install-new-software"); //$NON-NLS-1$
					nextPage(wizard, "Install Details"); //$NON-NLS-1$
					nextPage(wizard, "Review Licenses"); //$NON-NLS-1$
					Gestures.click(Widgets.byText(wizard, Button.class, "I accept the terms of the license agreement")); //$NON-NLS-1$
					Gestures.click(enabled(wizard, "Finish")); //$NON-NLS-1$
				}, P2_WORK);
		log("chose " + CATEGORY + " on " + site + " in Install New Software, accepted the licence, Finish"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ModalDialogs.drive(() -> { }, "Trust Artifacts", trust -> { //$NON-NLS-1$
			screenshot(trust, "2-trust-unsigned"); //$NON-NLS-1$
			Gestures.click(Widgets.byText(trust, Button.class, "Select All")); //$NON-NLS-1$
			Gestures.click(enabled(trust, "Trust Selected")); //$NON-NLS-1$
		}, P2_WORK);
		log("trusted the unsigned content"); //$NON-NLS-1$
		ModalDialogs.drive(() -> { }, "Software Updates", restart -> { //$NON-NLS-1$
			screenshot(restart, "3-restart"); //$NON-NLS-1$
			restartNow(restart, INSTALLED_MARK);
		}, P2_WORK);
	}

	private void afterInstalling() {
		log("restarted"); //$NON-NLS-1$
		installationDetails(details -> {
			installedSoftware(details, FEATURE).orElseThrow(() -> new AssertionError(FEATURE + " is not installed")); //$NON-NLS-1$
			screenshot(details, "4-installation-details"); //$NON-NLS-1$
			Gestures.click(Widgets.byText(details, Button.class, "Close")); //$NON-NLS-1$
		});
		log("Installation Details lists " + FEATURE); //$NON-NLS-1$

		Shell window = WorkbenchDriver.shell();
		String[] chosen = new String[1];
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(window.getMenuBar(), "File", "New", "Diagram")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"New Diagram", wizard -> { //$NON-NLS-1$
					List kinds = diagramKinds(wizard);
					chosen[0] = UiDriver.waitFor("a " + DIAGRAM_KIND + " diagram among the kinds offered", //$NON-NLS-1$ //$NON-NLS-2$
							() -> Arrays.stream(kinds.getItems()).filter(kind -> kind.startsWith(DIAGRAM_KIND)).findFirst());
					Gestures.select(kinds, chosen[0]);
					Gestures.click(enabled(wizard, "Finish")); //$NON-NLS-1$
				});
		IEditorPart diagram = UiDriver.waitFor("the diagram editor on the new " + DIAGRAM_KIND + " diagram", //$NON-NLS-1$ //$NON-NLS-2$
				() -> Optional.ofNullable(WorkbenchDriver.page().getActiveEditor()).filter(DiagramEditor.class::isInstance));
		screenshot(window, "5-diagram"); //$NON-NLS-1$
		log("New Diagram offered \"" + chosen[0] + "\"; it opened in the diagram editor as " + diagram.getTitle()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Uninstalls the plug-in from Installation Details, its diagram left open as a user would. */
	private void uninstall() {
		installationDetails(details -> {
			Gestures.select(installedSoftware(details, FEATURE).orElseThrow());
			ModalDialogs.drive(() -> Gestures.click(enabled(details, "Uninstall...")), "Uninstall", wizard -> { //$NON-NLS-1$ //$NON-NLS-2$
				screenshot(wizard, "6-uninstall"); //$NON-NLS-1$
				Gestures.click(enabled(wizard, "Finish")); //$NON-NLS-1$
			}, P2_WORK);
			log("Uninstall... in Installation Details, Finish"); //$NON-NLS-1$
			ModalDialogs.drive(() -> { }, "Software Updates", restart -> restartNow(restart, UNINSTALLED_MARK), P2_WORK); //$NON-NLS-1$
		});
	}

	private void afterUninstalling() {
		log("restarted"); //$NON-NLS-1$
		installationDetails(details -> {
			Tree installed = installedSoftwareTree(details);
			UiDriver.waitFor("the product among the installed software", //$NON-NLS-1$
					() -> Arrays.stream(installed.getItems()).filter(Widgets.withText(PRODUCT)).findFirst());
			if (installedSoftware(details, FEATURE).isPresent()) {
				throw new AssertionError(FEATURE + " is still installed"); //$NON-NLS-1$
			}
			Gestures.click(Widgets.byText(details, Button.class, "Close")); //$NON-NLS-1$
		});
		log("Installation Details no longer lists " + FEATURE); //$NON-NLS-1$
		Shell window = WorkbenchDriver.shell();
		IEditorPart leftOpen = UiDriver.waitFor("the diagram left open, restored", //$NON-NLS-1$
				() -> Optional.ofNullable(WorkbenchDriver.page().getActiveEditor()).filter(DiagramEditor.class::isInstance));
		Label problem = Widgets.byId(WorkbenchDriver.partControl(leftOpen), Label.class, "diagram.editor.problem"); //$NON-NLS-1$
		if (!problem.getText().contains("not installed")) { //$NON-NLS-1$
			throw new AssertionError("the diagram of the uninstalled kind says: " + problem.getText()); //$NON-NLS-1$
		}
		screenshot(window, "7-uninstalled"); //$NON-NLS-1$
		log("the diagram left open says: " + problem.getText().replace(System.lineSeparator(), " ")); //$NON-NLS-1$ //$NON-NLS-2$
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(window.getMenuBar(), "File", "New", "Diagram")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"New Diagram", wizard -> { //$NON-NLS-1$
					List kinds = diagramKinds(wizard);
					UiDriver.waitUntil("the kinds offered", () -> kinds.getItemCount() > 0); //$NON-NLS-1$
					if (Arrays.stream(kinds.getItems()).anyMatch(kind -> kind.startsWith(DIAGRAM_KIND))) {
						throw new AssertionError("New Diagram still offers " + DIAGRAM_KIND); //$NON-NLS-1$
					}
					Gestures.click(Widgets.byText(wizard, Button.class, "Cancel")); //$NON-NLS-1$
				});
		log("New Diagram no longer offers " + DIAGRAM_KIND); //$NON-NLS-1$
	}

	/** Help > About, Installation Details: the dialog handed to {@code inDetails}, About closed after it. */
	private static void installationDetails(Consumer<Shell> inDetails) {
		Shell window = WorkbenchDriver.shell();
		ModalDialogs.drive(() -> Gestures.click(Widgets.menuItem(window.getMenuBar(), "Help", "About " + PRODUCT)), //$NON-NLS-1$ //$NON-NLS-2$
				"About " + PRODUCT, about -> { //$NON-NLS-1$
					ModalDialogs.drive(() -> Gestures.click(Widgets.byText(about, Button.class, "Installation Details")), //$NON-NLS-1$
							PRODUCT + " Installation Details", inDetails, P2_WORK); //$NON-NLS-1$
					// Restart Now, answered in the details, closes every window.
					if (!about.isDisposed()) {
						Gestures.click(Widgets.byText(about, Button.class, "Close")); //$NON-NLS-1$
					}
				}, P2_WORK);
	}

	/** The tree of Installed Software, its tab chosen: the dialog shows its first tab only once open, and this runs while it opens. */
	private static Tree installedSoftwareTree(Shell details) {
		CTabFolder tabs = Widgets.find(details, CTabFolder.class, folder -> true, "the tabs"); //$NON-NLS-1$
		CTabItem tab = Arrays.stream(tabs.getItems()).filter(Widgets.withText("Installed Software")).findFirst() //$NON-NLS-1$
				.orElseThrow();
		tabs.setSelection(tab);
		Event click = new Event();
		click.item = tab;
		tabs.notifyListeners(SWT.Selection, click);
		return Widgets.find(details, Tree.class, tree -> true, "the installed software"); //$NON-NLS-1$
	}

	private static Optional<TreeItem> installedSoftware(Shell details, String name) {
		Tree installed = installedSoftwareTree(details);
		UiDriver.waitUntil("the installed software to be listed", () -> installed.getItemCount() > 0); //$NON-NLS-1$
		return Arrays.stream(installed.getItems()).filter(Widgets.withText(name)).findFirst();
	}

	/** The New Diagram wizard's kinds, for the example portfolio. */
	private static List diagramKinds(Shell wizard) {
		Gestures.select(Widgets.find(wizard, Combo.class, Combo::isVisible, "the models"), MODEL); //$NON-NLS-1$
		return Widgets.find(wizard, List.class, List::isVisible, "the diagram kinds"); //$NON-NLS-1$
	}

	/** Notes where the session stands, for the session started again, and answers Restart Now. */
	private void restartNow(Shell restart, String mark) {
		try {
			Files.writeString(folder.resolve(mark), FEATURE);
		} catch (IOException unwritable) {
			throw new AssertionError(unwritable);
		}
		log(mark + "; Restart Now"); //$NON-NLS-1$
		Gestures.click(Widgets.byText(restart, Button.class, "Restart Now")); //$NON-NLS-1$
	}

	/** Goes to the wizard's next page once p2 has worked out the current one, and waits for it. */
	private static void nextPage(Shell wizard, String title) {
		Gestures.click(enabled(wizard, "Next >")); //$NON-NLS-1$
		UiDriver.waitFor("the wizard page " + title, //$NON-NLS-1$
				() -> Widgets.findAll(wizard, org.eclipse.swt.widgets.Control.class, control -> control.isVisible()
						&& Widgets.text(control).equals(title)).stream().findFirst(),
				P2_WORK);
	}

	private static Button enabled(Shell shell, String label) {
		Button button = Widgets.byText(shell, Button.class, label);
		UiDriver.waitUntil("the button " + label + " to be enabled", button::isEnabled, P2_WORK); //$NON-NLS-1$
		return button;
	}

	private void screenshot(Shell shell, String name) {
		try {
			Screenshots.captureWhenPainted(shell, folder.resolve(name + ".png")); //$NON-NLS-1$
		} catch (IOException unwritable) {
			throw new AssertionError(unwritable);
		}
	}

	private void fail(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		log("FAIL " + trace + System.lineSeparator() + WidgetTree.describeShells(UiDriver.display())); //$NON-NLS-1$
		try {
			screenshot(WorkbenchDriver.shell(), "failure"); //$NON-NLS-1$
		} catch (Throwable unavailable) {
			log("no screenshot of the failure: " + unavailable); //$NON-NLS-1$
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
			Files.writeString(folder.resolve("session.log"), line + System.lineSeparator(), StandardCharsets.UTF_8, //$NON-NLS-1$
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException unwritable) {
			throw new IllegalStateException(unwritable);
		}
	}
}
