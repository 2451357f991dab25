package org.civitas.testing.product;

import java.nio.file.Path;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the scripted session when the product is started for it, with
 * {@code -Dcivitas.productSession=FOLDER}: this bundle is never part of the product, and
 * {@code releng/scripts/product-install-ui.sh} adds it to a product it unpacked for the test.
 */
public final class ScriptedSessionStartup implements IStartup {

	static final String FOLDER_PROPERTY = "civitas.productSession";

	@Override
	public void earlyStartup() {
		String folder = System.getProperty(FOLDER_PROPERTY);
		if (folder != null) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(new InstallSession(Path.of(folder))::run);
		}
	}
}
