package org.civitas.testing.ui;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * The event loop side of UI tests: tests run on the UI thread (tycho-surefire
 * {@code useUIHarness} and {@code useUIThread}), so waiting means dispatching events until a
 * condition holds. Every wait has a timeout and fails with a description of what was awaited
 * and of the open shells, so that a failing UI test says what the screen looked like.
 */
public final class UiDriver {

	/**
	 * Key under which product code names a widget for tests:
	 * {@code control.setData(UiDriver.WIDGET_ID_KEY, "portfolio.editor.tree")}. Product bundles
	 * use the literal value, since they do not depend on this test bundle.
	 */
	public static final String WIDGET_ID_KEY = "org.civitas.widgetId";

	/** How long a wait lasts before it fails; {@code -Dcivitas.ui.timeoutSeconds=N} changes it. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(Long.getLong("civitas.ui.timeoutSeconds", 20));

	private static final int POLL_MILLIS = 15;

	private UiDriver() {
	}

	/** The display of the calling thread; fails clearly when a test runs off the UI thread. */
	public static Display display() {
		Display display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("UI tests must run on the UI thread: run them with tycho-surefire's "
					+ "useUIHarness=true and useUIThread=true");
		}
		return display;
	}

	/** Dispatches every pending event, then returns. */
	public static void processEvents() {
		Display display = display();
		while (!display.isDisposed() && display.readAndDispatch()) {
			// dispatching is the work
		}
	}

	/** Dispatches events until {@code condition} holds, or fails after {@link #DEFAULT_TIMEOUT}. */
	public static void waitUntil(String description, BooleanSupplier condition) {
		waitUntil(description, condition, DEFAULT_TIMEOUT);
	}

	/** Dispatches events until {@code condition} holds, or fails after {@code timeout}. */
	public static void waitUntil(String description, BooleanSupplier condition, Duration timeout) {
		waitFor(description, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty(), timeout);
	}

	/** Dispatches events until {@code lookup} finds something, and returns it. */
	public static <T> T waitFor(String description, Supplier<Optional<T>> lookup) {
		return waitFor(description, lookup, DEFAULT_TIMEOUT);
	}

	/** Dispatches events until {@code lookup} finds something, and returns it; fails after {@code timeout}. */
	public static <T> T waitFor(String description, Supplier<Optional<T>> lookup, Duration timeout) {
		Display display = display();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			processEvents();
			Optional<T> found = lookup.get();
			if (found.isPresent()) {
				return found.get();
			}
			if (System.nanoTime() - deadline > 0) {
				throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: " + description
						+ System.lineSeparator() + WidgetTree.describeShells(display) + System.lineSeparator()
						+ BackgroundJobs.describe());
			}
			// Sleep until the next event, or at most one poll interval.
			display.timerExec(POLL_MILLIS, () -> {
			});
			display.sleep();
		}
	}

	/** Dispatches events until no background job is running or waiting to run. */
	public static void waitForJobs() {
		waitUntil("all background jobs to finish", () -> Job.getJobManager().isIdle());
	}

	/** Dispatches events until the jobs of one family have finished. */
	public static void waitForJobs(Object family) {
		waitUntil("the jobs of family " + family + " to finish", () -> Job.getJobManager().find(family).length == 0);
	}
}
