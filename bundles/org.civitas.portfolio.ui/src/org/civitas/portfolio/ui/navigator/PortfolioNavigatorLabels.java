package org.civitas.portfolio.ui.navigator;

import org.civitas.emf.xmi.LoadProblem;
import org.civitas.ui.emf.EmfLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;

/** Labels of portfolio elements in the Project Explorer: the editor's labels, key figures included. */
public class PortfolioNavigatorLabels extends EmfLabelProvider implements ICommonLabelProvider {

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
		return super.getText(element);
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof PortfolioNavigatorContent.Loading || element instanceof LoadProblem) {
			return new StyledString(getText(element), StyledString.QUALIFIER_STYLER);
		}
		return super.getStyledText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof LoadProblem) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		}
		return element instanceof PortfolioNavigatorContent.Loading ? null : super.getImage(element);
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
