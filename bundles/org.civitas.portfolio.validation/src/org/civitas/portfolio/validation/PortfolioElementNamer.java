package org.civitas.portfolio.validation;

import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.Subscription;
import org.civitas.validation.ElementLabels;
import org.civitas.validation.ElementNamer;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * Findings and reports name portfolio elements as the portfolio editor's tree does: by name;
 * a subscription by its agency and service; another element without a name by what the tree
 * shows of it, its caption and key figure (a cost entry "Personnel, 3.8M USD").
 */
public final class PortfolioElementNamer implements ElementNamer {

	@Override
	public String nameOf(EObject element) {
		String caption = PortfolioLabels.caption(element);
		if (ElementLabels.name(element).isPresent() || element instanceof Subscription) {
			return caption;
		}
		String figure = PortfolioLabels.keyFigure(element);
		return figure == null || figure.isBlank() ? caption : NLS.bind(Messages.captionAndFigure, caption, figure);
	}
}
