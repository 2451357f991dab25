package org.civitas.diagram.ui.editor;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * The F1 help contexts of the diagram editor, its Properties and the New Diagram wizard. Their
 * texts and topics are in {@code org.civitas.help} ({@code contexts/diagram-ui.xml}).
 */
public final class HelpContexts {

	private static final String PREFIX = "org.civitas.diagram.ui."; //$NON-NLS-1$

	public static final String DIAGRAM_EDITOR = PREFIX + "diagram_editor"; //$NON-NLS-1$
	public static final String PROPERTIES = PREFIX + "properties"; //$NON-NLS-1$
	public static final String NEW_DIAGRAM_WIZARD = PREFIX + "new_diagram_wizard"; //$NON-NLS-1$

	private HelpContexts() {
	}

	/** F1 on the control, or on any control inside it without help of its own, shows the context. */
	public static void set(Control control, String contextId) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(control, contextId);
	}
}
