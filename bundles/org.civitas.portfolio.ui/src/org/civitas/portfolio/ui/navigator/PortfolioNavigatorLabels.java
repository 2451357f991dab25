package org.civitas.portfolio.ui.navigator;

import java.io.IOException;

import org.civitas.diagram.core.files.RepresentationFiles;
import org.civitas.diagram.core.files.RepresentationSummary;
import org.civitas.emf.xmi.LoadProblem;
import org.civitas.ui.emf.EmfLabelProvider;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;

/**
 * Labels of portfolio elements in the Project Explorer: the editor's labels, key figures
 * included; and of the diagrams listed under a portfolio: the file, then the diagram's name.
 */
public class PortfolioNavigatorLabels extends EmfLabelProvider implements ICommonLabelProvider {

	private final WorkbenchLabelProvider files = new WorkbenchLabelProvider();

	public PortfolioNavigatorLabels() {
		super(NavigatorModels.INSTANCE.adapterFactory());
	}

	@Override
	public String getText(Object element) {
		if (element instanceof PortfolioNavigatorContent.Loading) {
			return Messages.PortfolioNavigatorLabels_loading;
		}
		if (element instanceof LoadProblem problem) {
			return problem.toString();
		}
		if (element instanceof IFile file) {
			return file.getName();
		}
		return super.getText(element);
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof PortfolioNavigatorContent.Loading || element instanceof LoadProblem) {
			return new StyledString(getText(element), StyledString.QUALIFIER_STYLER);
		}
		if (element instanceof IFile diagram) {
			StyledString text = new StyledString(diagram.getName());
			String name = diagramName(diagram);
			if (name != null) {
				text.append("  " + name, StyledString.QUALIFIER_STYLER); //$NON-NLS-1$
			}
			return text;
		}
		return super.getStyledText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof LoadProblem) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		}
		if (element instanceof IFile file) {
			return files.getImage(file);
		}
		return element instanceof PortfolioNavigatorContent.Loading ? null : super.getImage(element);
	}

	/** The name a diagram file gives its diagram, from its first element; {@code null} if unreadable. */
	private static String diagramName(IFile diagram) {
		try {
			RepresentationSummary summary = diagram.getLocation() == null ? null
					: RepresentationFiles.summary(diagram.getLocation().toFile().toPath());
			return summary == null ? null : summary.name();
		} catch (IOException unreadable) {
			return null;
		}
	}

	@Override
	public void dispose() {
		files.dispose();
		super.dispose();
	}

	@Override
	public String getDescription(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public void init(ICommonContentExtensionSite config) {
		// Labels depend on the element alone.
	}

	@Override
	public void restoreState(IMemento memento) {
		// Nothing to restore.
	}

	@Override
	public void saveState(IMemento memento) {
		// Nothing to save.
	}
}
