package org.civitas.testing.ui;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension for workbench UI tests: each test starts on the UI thread with the
 * workbench idle and without the Welcome (which a product shows on its first start), and leaves
 * no dialog, editor or layout change behind for the next one.
 * Use it with {@code @ExtendWith(UiTestExtension.class)}.
 */
public final class UiTestExtension implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		UiDriver.display();
		WorkbenchDriver.closeWelcome();
		WorkbenchDriver.shell().forceActive();
		UiDriver.waitForJobs();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		WorkbenchDriver.reset();
		UiDriver.waitForJobs();
	}
}
