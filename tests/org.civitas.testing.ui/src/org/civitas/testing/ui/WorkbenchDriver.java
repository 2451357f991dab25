package org.civitas.testing.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.intro.IIntroManager;
import org.eclipse.ui.intro.IIntroPart;

/** The workbench as a user sees it: its window, page, views and their place on screen. */
public final class WorkbenchDriver {

	private WorkbenchDriver() {
	}

	public static IWorkbench workbench() {
		return PlatformUI.getWorkbench();
	}

	/** The active workbench window, or the first one when the test's shell has no focus. */
	public static IWorkbenchWindow window() {
		IWorkbenchWindow active = workbench().getActiveWorkbenchWindow();
		if (active != null) {
			return active;
		}
		return Arrays.stream(workbench().getWorkbenchWindows()).findFirst()
				.orElseThrow(() -> new AssertionError("the workbench has no window"));
	}

	public static Shell shell() {
		return window().getShell();
	}

	public static IWorkbenchPage page() {
		return UiDriver.waitFor("an active workbench page", () -> Optional.ofNullable(window().getActivePage()));
	}

	/** Waits for a view of the current perspective and returns it. */
	public static IViewPart view(String viewId) {
		return UiDriver.waitFor("view " + viewId, () -> Optional.ofNullable(page().findView(viewId)));
	}

	/** The control the workbench created to hold a part. */
	public static Control partControl(IWorkbenchPart part) {
		MPart model = part.getSite().getService(MPart.class);
		if (model == null || !(model.getWidget() instanceof Control control)) {
			throw new AssertionError("part " + part.getTitle() + " has no control on screen");
		}
		return control;
	}

	/**
	 * Saves the active editor as a user does, with File &gt; Save, and waits until what the
	 * workbench then writes in the background is written, as a user waits for the progress to end.
	 */
	public static void save() {
		// Save in a view (the Properties view, say) saves the editor it shows.
		List<IWorkbenchPart> saved = new ArrayList<>();
		saved.add(page().getActivePart());
		saved.add(page().getActiveEditor());
		Gestures.click(Widgets.menuItem(shell().getMenuBar(), "File", "Save"));
		for (IWorkbenchPart part : saved) {
			if (part instanceof ISaveablesSource source) {
				for (Saveable saveable : source.getSaveables()) {
					UiDriver.waitForJobs(saveable);
				}
			}
		}
		UiDriver.processEvents();
	}

	/** Where a part is on the display, in display coordinates. */
	public static Rectangle boundsOnDisplay(IWorkbenchPart part) {
		Control control = partControl(part);
		return control.getDisplay().map(control.getParent(), null, control.getBounds());
	}

	/** Closes the Welcome if it is shown. */
	public static void closeWelcome() {
		IIntroManager intros = workbench().getIntroManager();
		IIntroPart welcome = intros.getIntro();
		if (welcome != null) {
			// From its standby form, so that the parts get their places back (see the Welcome itself).
			intros.setIntroStandby(welcome, true);
			intros.closeIntro(welcome);
		}
	}

	/**
	 * Brings the workbench back to its start state between tests: extra shells closed,
	 * editors closed without saving, perspective reset.
	 */
	public static void reset() {
		Shell main = shell();
		for (Shell other : main.getDisplay().getShells()) {
			if (other != main && !other.isDisposed() && isNotWorkbenchWindow(other)) {
				other.close();
			}
		}
		IWorkbenchPage page = page();
		page.closeAllEditors(false);
		page.resetPerspective();
		main.forceActive();
		UiDriver.processEvents();
	}

	private static boolean isNotWorkbenchWindow(Shell shell) {
		return Arrays.stream(workbench().getWorkbenchWindows()).noneMatch(window -> window.getShell() == shell);
	}
}
