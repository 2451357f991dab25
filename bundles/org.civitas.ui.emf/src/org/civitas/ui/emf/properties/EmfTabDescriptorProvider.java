package org.civitas.ui.emf.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptorProvider;

/**
 * The tabs of the EMF Properties view for a selection (see {@link EmfTabbedProperties}): one
 * per property category of a single selected element, then "All". Declared in
 * {@code plugin.xml}; not meant to be used directly.
 */
public final class EmfTabDescriptorProvider implements ITabDescriptorProvider {

	@Override
	public ITabDescriptor[] getTabDescriptors(IWorkbenchPart part, ISelection selection) {
		SelectedElements selected = SelectedElements.of(part, selection);
		if (selected.isEmpty()) {
			return new ITabDescriptor[0];
		}
		List<ITabDescriptor> tabs = new ArrayList<>();
		if (selected.isSingle()) {
			for (String tab : PropertyCategories.tabsOf(selected.properties(selected.first()))) {
				tabs.add(PropertyTabDescriptor.forCategory(tab));
			}
		}
		tabs.add(PropertyTabDescriptor.all());
		return tabs.toArray(ITabDescriptor[]::new);
	}
}
