package org.civitas.testing.ui;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * How long the user interface stops answering during an operation: a timer asks the event loop
 * to run a tick every few milliseconds, and the longest time between two ticks (or between the
 * start and the first tick) is the longest the user waited for a click, a key or a repaint to be
 * handled. For benchmarks, which print it; never a pass/fail figure.
 */
public final class UiStalls {

	private static final int TICK_MILLIS = 5;

	private UiStalls() {
	}

	/**
	 * Runs {@code action} on the UI thread, then dispatches events until {@code done} holds;
	 * returns the longest stall in milliseconds, the action itself included.
	 */
	public static double longest(Runnable action, BooleanSupplier done) {
		Display display = UiDriver.display();
		long[] last = { System.nanoTime() };
		long[] longest = { 0 };
		boolean[] ticking = { true };
		Runnable tick = new Runnable() {
			@Override
			public void run() {
				long now = System.nanoTime();
				longest[0] = Math.max(longest[0], now - last[0]);
				last[0] = now;
				if (ticking[0]) {
					display.timerExec(TICK_MILLIS, this);
				}
			}
		};
		display.timerExec(TICK_MILLIS, tick);
		last[0] = System.nanoTime();
		try {
			action.run();
			UiDriver.waitUntil("the operation to end", done, Duration.ofMinutes(5));
			tick.run();
		} finally {
			ticking[0] = false;
			display.timerExec(-1, tick);
		}
		return longest[0] / 1e6;
	}
}
