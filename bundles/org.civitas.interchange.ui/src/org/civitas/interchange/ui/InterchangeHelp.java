package org.civitas.interchange.ui;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/** The F1 help contexts of the import and export wizards; texts and topics are in {@code org.civitas.help}. */
public final class InterchangeHelp {

	private static final String PREFIX = "org.civitas.interchange.ui."; //$NON-NLS-1$

	public static final String IMPORT_FILES_PAGE = PREFIX + "import_files_page"; //$NON-NLS-1$
	public static final String IMPORT_MAPPING_PAGE = PREFIX + "import_mapping_page"; //$NON-NLS-1$
	public static final String IMPORT_PREVIEW_PAGE = PREFIX + "import_preview_page"; //$NON-NLS-1$
	public static final String EXPORT_PAGE = PREFIX + "export_page"; //$NON-NLS-1$

	private InterchangeHelp() {
	}

	static void set(Control control, String contextId) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(control, contextId);
	}
}
