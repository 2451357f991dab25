package org.civitas.ui.emf.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.views.properties.tabbed.AbstractTabDescriptor;

/**
 * A tab of the EMF Properties view with its one section: a category's form, or the table of
 * all properties. Tabs of the same category are equal, so that the view keeps a tab's widgets
 * while the user moves from element to element.
 */
final class PropertyTabDescriptor extends AbstractTabDescriptor {

	private final String id;
	private final String label;

	private PropertyTabDescriptor(String id, String label, PropertySectionDescriptor section) {
		this.id = id;
		this.label = label;
		setSectionDescriptors(new ArrayList<>(List.of(section)));
	}

	/** The form of one category's properties. */
	static PropertyTabDescriptor forCategory(String tab) {
		String id = EmfTabbedProperties.CONTRIBUTOR_ID + ".tab." + tab; //$NON-NLS-1$
		return new PropertyTabDescriptor(id, tab, new PropertySectionDescriptor(
				EmfTabbedProperties.CONTRIBUTOR_ID + ".section." + tab, id, () -> new CategorySection(tab))); //$NON-NLS-1$
	}

	/** The classic table of every property. */
	static PropertyTabDescriptor all() {
		String id = EmfTabbedProperties.CONTRIBUTOR_ID + ".all"; //$NON-NLS-1$
		return new PropertyTabDescriptor(id, Messages.allTab,
				new PropertySectionDescriptor(id + ".section", id, AllPropertiesSection::new)); //$NON-NLS-1$
	}

	@Override
	public String getId() {
		return id;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public String getCategory() {
		return EmfTabbedProperties.TAB_CATEGORY;
	}
}
