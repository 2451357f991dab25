package org.civitas.portfolio.ui.navigator;

import java.io.IOException;

import org.civitas.diagram.ui.editor.DiagramFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * Shows a diagram file under the model it draws rather than a second time in its folder; a
 * diagram whose model is missing stays in the folder, where the user can repair or delete it.
 */
public class DiagramsUnderTheirModel extends ViewerFilter {

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (!(element instanceof IFile diagram) || !"diagram".equals(diagram.getFileExtension())) { //$NON-NLS-1$
			return true;
		}
		Object shownUnder = parent instanceof TreePath path ? path.getLastSegment() : parent;
		if (shownUnder instanceof IFile) {
			return true;
		}
		try {
			return !DiagramFiles.modelOf(diagram).exists();
		} catch (IOException unreadable) {
			return true;
		}
	}
}
