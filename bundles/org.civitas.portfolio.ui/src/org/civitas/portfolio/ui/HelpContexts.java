package org.civitas.portfolio.ui;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * The F1 help contexts of the portfolio editor, its Properties and its wizards. Their texts
 * and topics are in {@code org.civitas.help} ({@code contexts/portfolio-ui.xml}).
 */
public final class HelpContexts {

	private static final String PREFIX = "org.civitas.portfolio.ui."; //$NON-NLS-1$

	public static final String EDITOR_MODEL_PAGE = PREFIX + "portfolio_editor_model"; //$NON-NLS-1$
	public static final String EDITOR_OVERVIEW_PAGE = PREFIX + "portfolio_editor_overview"; //$NON-NLS-1$
	public static final String PROPERTIES = PREFIX + "properties"; //$NON-NLS-1$
	public static final String NEW_PROJECT_WIZARD = PREFIX + "new_project_wizard"; //$NON-NLS-1$
	public static final String NEW_PORTFOLIO_FILE_PAGE = PREFIX + "new_portfolio_file_page"; //$NON-NLS-1$
	public static final String NEW_PORTFOLIO_STARTING_POINT_PAGE = PREFIX + "new_portfolio_starting_point_page"; //$NON-NLS-1$
	public static final String BOARD_PACK_WIZARD = PREFIX + "board_pack_wizard"; //$NON-NLS-1$

	private HelpContexts() {
	}

	/** F1 on the control, or on any control inside it without help of its own, shows the context. */
	public static void set(Control control, String contextId) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(control, contextId);
	}

	/**
	 * Gives a platform wizard page our context. The page already carries the platform's own
	 * context on its top control; F1 asks the innermost control with help first, so ours goes on
	 * the controls inside it.
	 */
	public static void setInsidePlatformPage(Control pageControl, String contextId) {
		if (pageControl instanceof Composite page) {
			for (Control child : page.getChildren()) {
				set(child, contextId);
			}
		}
	}
}
