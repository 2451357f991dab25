package org.civitas.ui.emf.properties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups properties into tabs by their category: one tab per category, in the order in which
 * the properties first name them, with the properties that have no category in a "General" tab
 * that comes first.
 */
final class PropertyCategories {

	private PropertyCategories() {
	}

	/** The tab labels of the properties, in order. */
	static List<String> tabsOf(List<PropertyTarget> properties) {
		Set<String> tabs = new LinkedHashSet<>();
		if (properties.stream().anyMatch(property -> isUncategorized(property.category()))) {
			tabs.add(Messages.generalTab);
		}
		properties.forEach(property -> tabs.add(tabOf(property)));
		return new ArrayList<>(tabs);
	}

	/** The properties that go in one tab. */
	static List<PropertyTarget> in(String tab, List<PropertyTarget> properties) {
		return properties.stream().filter(property -> tabOf(property).equals(tab)).toList();
	}

	private static String tabOf(PropertyTarget property) {
		String category = property.category();
		return isUncategorized(category) ? Messages.generalTab : category;
	}

	private static boolean isUncategorized(String category) {
		return category == null || category.isBlank();
	}
}
