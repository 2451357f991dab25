package org.civitas.ui.emf.properties;

import java.util.function.Supplier;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractSectionDescriptor;
import org.eclipse.ui.views.properties.tabbed.ISection;

/** The one section of a {@link PropertyTabDescriptor}. */
final class PropertySectionDescriptor extends AbstractSectionDescriptor {

	private final String id;
	private final String targetTab;
	private final Supplier<ISection> sections;

	PropertySectionDescriptor(String id, String targetTab, Supplier<ISection> sections) {
		this.id = id;
		this.targetTab = targetTab;
		this.sections = sections;
	}

	@Override
	public String getId() {
		return id;
	}

	@Override
	public ISection getSectionClass() {
		return sections.get();
	}

	@Override
	public String getTargetTab() {
		return targetTab;
	}

	/** The tab provider made this section for the selection, so it applies to it. */
	@Override
	public boolean appliesTo(IWorkbenchPart part, ISelection selection) {
		return true;
	}
}
