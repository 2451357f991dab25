package org.civitas.portfolio.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.provider.PortfolioItemProvider;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * The portfolio's item provider, showing each of the portfolio's lists as a
 * {@link PortfolioFolder}, in the metamodel's order, and its community of practice (a single
 * element) directly.
 */
class FolderedPortfolioItemProvider extends PortfolioItemProvider {

	private final List<PortfolioFolder> folders = new ArrayList<>();

	FolderedPortfolioItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/** Whether elements of {@code feature} of a portfolio are shown in a folder. */
	static boolean isFoldered(EStructuralFeature feature) {
		return feature instanceof EReference reference && reference.isContainment() && reference.isMany()
				&& reference.getEContainingClass() == PortfolioPackage.Literals.PORTFOLIO;
	}

	@Override
	public Collection<?> getChildren(Object object) {
		Portfolio portfolio = (Portfolio) object;
		List<Object> children = new ArrayList<>();
		for (EStructuralFeature feature : PortfolioPackage.Literals.PORTFOLIO.getEAllStructuralFeatures()) {
			if (isFoldered(feature)) {
				children.add(folder(portfolio, (EReference) feature));
			}
		}
		if (portfolio.getCommunity() != null) {
			children.add(portfolio.getCommunity());
		}
		return children;
	}

	@Override
	public boolean hasChildren(Object object) {
		return true;
	}

	/** The folder of one list of {@code portfolio}, made on first use. */
	PortfolioFolder folder(Portfolio portfolio, EReference list) {
		for (Adapter adapter : portfolio.eAdapters()) {
			if (adapter instanceof PortfolioFolder folder && folder.getList() == list && folder.getAdapterFactory() == adapterFactory) {
				return folder;
			}
		}
		PortfolioFolder folder = new PortfolioFolder(adapterFactory, portfolio, list);
		folders.add(folder);
		return folder;
	}

	/** A change to a list is the folder's to show; the portfolio's label still counts it. */
	@Override
	public void notifyChanged(Notification notification) {
		if (isFoldered((EStructuralFeature) notification.getFeature())) {
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			return;
		}
		super.notifyChanged(notification);
	}

	@Override
	public void dispose() {
		folders.forEach(PortfolioFolder::dispose);
		folders.clear();
		super.dispose();
	}
}
