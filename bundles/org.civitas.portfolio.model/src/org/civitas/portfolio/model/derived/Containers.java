package org.civitas.portfolio.model.derived;

import org.civitas.portfolio.model.Portfolio;
import org.eclipse.emf.ecore.EObject;

/** Finding the portfolio an element belongs to, for settings that derived values depend on. */
final class Containers {

	private Containers() {
	}

	/** The nearest containing portfolio, or {@code null} for an element outside any. */
	static Portfolio portfolioOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Portfolio portfolio) {
				return portfolio;
			}
		}
		return null;
	}
}
