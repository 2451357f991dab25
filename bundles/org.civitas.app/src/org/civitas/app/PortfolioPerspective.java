package org.civitas.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Portfolio perspective: workspace on the left, models in the middle, the selected
 * element's outline and properties on the right, problems below.
 */
public class PortfolioPerspective implements IPerspectiveFactory {

	public static final String ID = "org.civitas.app.perspective.portfolio"; //$NON-NLS-1$

	static final String LEFT_FOLDER = "org.civitas.app.perspective.left"; //$NON-NLS-1$
	static final String RIGHT_TOP_FOLDER = "org.civitas.app.perspective.rightTop"; //$NON-NLS-1$
	static final String RIGHT_BOTTOM_FOLDER = "org.civitas.app.perspective.rightBottom"; //$NON-NLS-1$
	static final String BOTTOM_FOLDER = "org.civitas.app.perspective.bottom"; //$NON-NLS-1$

	private static final String ERROR_LOG_VIEW = "org.eclipse.pde.runtime.LogView"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.22f, editorArea);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);

		IFolderLayout rightTop = layout.createFolder(RIGHT_TOP_FOLDER, IPageLayout.RIGHT, 0.72f, editorArea);
		rightTop.addView(IPageLayout.ID_OUTLINE);

		IFolderLayout rightBottom = layout.createFolder(RIGHT_BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.45f,
				RIGHT_TOP_FOLDER);
		rightBottom.addView(IPageLayout.ID_PROP_SHEET);

		IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.72f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addPlaceholder(ERROR_LOG_VIEW);

		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(ERROR_LOG_VIEW);

		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder"); //$NON-NLS-1$
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file"); //$NON-NLS-1$
	}
}
