package org.civitas.testing.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Driving modal dialogs from a test that runs on the UI thread.
 * <p>
 * A modal dialog runs its own event loop inside the call that opened it, so the test's next
 * line would only run once the dialog is closed. {@link #drive} therefore hands the dialog to
 * an interaction that runs <em>inside</em> the dialog's event loop: it watches for the new
 * shell, gives it to the interaction, and makes sure the dialog is closed afterwards, so a
 * failing interaction fails the test instead of hanging it.
 *
 * <pre>
 * ModalDialogs.drive(() -&gt; Gestures.click(aboutMenuItem), "About Civitas Portfolio Studio", about -&gt; {
 * 	assertTrue(...);
 * 	Gestures.click(Widgets.byText(about, Button.class, "Close"));
 * });
 * </pre>
 */
public final class ModalDialogs {

	private static final int POLL_MILLIS = 25;

	private ModalDialogs() {
	}

	/**
	 * Runs {@code trigger}, waits for a new shell titled {@code title}, and runs
	 * {@code interaction} on it. The interaction is expected to close the dialog; if it does
	 * not, or if it throws, the dialog is closed and the test fails.
	 */
	public static void drive(Runnable trigger, String title, Consumer<Shell> interaction) {
		drive(trigger, title, interaction, UiDriver.DEFAULT_TIMEOUT);
	}

	public static void drive(Runnable trigger, String title, Consumer<Shell> interaction, Duration timeout) {
		Display display = UiDriver.display();
		Set<Shell> shellsBefore = Set.of(display.getShells());
		AtomicBoolean handled = new AtomicBoolean();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		List<String> others = new ArrayList<>();
		long deadline = System.nanoTime() + timeout.toNanos();

		Runnable watcher = new Runnable() {
			@Override
			public void run() {
				if (handled.get() || display.isDisposed()) {
					return;
				}
				Optional<Shell> dialog = newShell(display, shellsBefore, title);
				if (dialog.isPresent()) {
					handled.set(true);
					interact(dialog.get(), title, interaction, failure);
				} else if (System.nanoTime() - deadline < 0) {
					display.timerExec(POLL_MILLIS, this);
				} else {
					closeOthers(display, shellsBefore, others);
				}
			}
		};
		display.timerExec(POLL_MILLIS, watcher);
		trigger.run();
		if (!handled.get() && !others.isEmpty()) {
			throw new AssertionError("a dialog titled '" + title + "' did not open; instead: " + others);
		}
		UiDriver.waitUntil("a dialog titled '" + title + "' to open and be handled", handled::get, timeout);
		Throwable thrown = failure.get();
		if (thrown instanceof Error error) {
			throw error;
		}
		if (thrown instanceof RuntimeException exception) {
			throw exception;
		}
		if (thrown != null) {
			throw new AssertionError(thrown);
		}
	}

	/**
	 * Closes the dialogs that opened instead of the one expected, noting their titles: a modal
	 * one would otherwise hold the trigger, and with it the test, for ever.
	 */
	private static void closeOthers(Display display, Set<Shell> shellsBefore, List<String> titles) {
		Arrays.stream(display.getShells()).filter(shell -> !shellsBefore.contains(shell) && !shell.isDisposed() && shell.isVisible())
				.forEach(shell -> {
					titles.add(Widgets.text(shell));
					shell.close();
				});
	}

	private static Optional<Shell> newShell(Display display, Set<Shell> shellsBefore, String title) {
		return Arrays.stream(display.getShells())
				.filter(shell -> !shellsBefore.contains(shell) && !shell.isDisposed() && shell.isVisible())
				.filter(shell -> title.equals(Widgets.text(shell)))
				.findFirst();
	}

	private static void interact(Shell dialog, String title, Consumer<Shell> interaction,
			AtomicReference<Throwable> failure) {
		try {
			UiDriver.processEvents();
			interaction.accept(dialog);
			UiDriver.processEvents();
			if (!dialog.isDisposed()) {
				failure.set(new AssertionError("the interaction left the dialog '" + title + "' open"));
			}
		} catch (Throwable thrown) {
			failure.set(thrown);
		} finally {
			if (!dialog.isDisposed()) {
				dialog.close();
			}
		}
	}
}
