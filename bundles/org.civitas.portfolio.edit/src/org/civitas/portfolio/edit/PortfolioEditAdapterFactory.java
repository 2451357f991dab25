package org.civitas.portfolio.edit;

import org.civitas.portfolio.model.provider.PortfolioItemProviderAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.edit.provider.IItemStyledLabelProvider;

/**
 * The generated item provider factory with what the generator cannot produce: the portfolio
 * shows its lists in folders ({@link FolderedPortfolioItemProvider}), and the factory answers
 * for styled labels, which every portfolio item provider offers (see
 * {@link PortfolioElementItemProvider}) but the generator only announces for interfaces it
 * implements itself. This is the factory the bundle registers.
 */
public class PortfolioEditAdapterFactory extends PortfolioItemProviderAdapterFactory {

	public PortfolioEditAdapterFactory() {
		supportedTypes.add(IItemStyledLabelProvider.class);
	}

	@Override
	public Adapter createPortfolioAdapter() {
		if (portfolioItemProvider == null) {
			portfolioItemProvider = new FolderedPortfolioItemProvider(this);
		}
		return portfolioItemProvider;
	}
}
