package org.civitas.portfolio.ui.navigator;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * Keeps portfolio elements in the Project Explorer in the model's order (folders as the
 * metamodel lists them, elements as the user arranged them) rather than alphabetical.
 */
public class ModelOrder extends ViewerComparator {

	@Override
	public int compare(Viewer viewer, Object first, Object second) {
		return 0;
	}
}
