package org.civitas.portfolio.edit;

import org.civitas.portfolio.model.provider.PortfolioItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.IItemStyledLabelProvider;

/**
 * The generated item provider factory, also answering for styled labels: every portfolio item
 * provider offers one (see {@link PortfolioElementItemProvider}), but the generator only
 * announces the interfaces it implements itself. This is the factory the bundle registers.
 */
public class PortfolioEditAdapterFactory extends PortfolioItemProviderAdapterFactory {

	public PortfolioEditAdapterFactory() {
		supportedTypes.add(IItemStyledLabelProvider.class);
	}
}
