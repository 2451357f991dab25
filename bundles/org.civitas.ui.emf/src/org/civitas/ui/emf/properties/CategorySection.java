package org.civitas.ui.emf.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The form of one property category of the selected element: a row per property, with its
 * name, an editor of the right kind and a short hint taken from its description. The rows
 * follow the element: they are rebuilt when another element is selected, and show the model
 * again when it changes.
 */
final class CategorySection extends AbstractPropertySection {

	private final String tab;
	private final List<PropertyField> fields = new ArrayList<>();

	private TabbedPropertySheetPage page;
	private Composite rows;
	private ModelChangeWatcher watcher;
	private EObject shownElement;
	private List<String> shownProperties = List.of();

	CategorySection(String tab) {
		this.tab = tab;
	}

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage tabbedPropertySheetPage) {
		super.createControls(parent, tabbedPropertySheetPage);
		page = tabbedPropertySheetPage;
		rows = getWidgetFactory().createComposite(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 2).applyTo(rows);
		watcher = new ModelChangeWatcher(parent.getDisplay(), this::refresh);
	}

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		super.setInput(part, selection);
		SelectedElements selected = SelectedElements.of(part, selection);
		EObject element = selected.isEmpty() ? null : selected.first();
		List<PropertyTarget> properties = element == null ? List.of()
				: PropertyCategories.in(tab, selected.properties(element));
		List<String> ids = properties.stream().map(PropertyTarget::id).toList();
		if (element != shownElement || !ids.equals(shownProperties)) {
			showRows(properties);
			shownElement = element;
			shownProperties = ids;
		}
		watcher.watch(selected);
	}

	private void showRows(List<PropertyTarget> properties) {
		fields.clear();
		for (Control row : rows.getChildren()) {
			row.dispose();
		}
		for (PropertyTarget property : properties) {
			PropertyField field = PropertyField.of(property);
			field.createRow(rows, getWidgetFactory(), statusLine());
			fields.add(field);
		}
		getWidgetFactory().paintBordersFor(rows);
		rows.getParent().layout(true, true);
		page.resizeScrolledComposite();
	}

	private IStatusLineManager statusLine() {
		return page.getSite() == null ? null : page.getSite().getActionBars().getStatusLineManager();
	}

	@Override
	public void refresh() {
		fields.forEach(PropertyField::refresh);
		EmfTabbedProperties.refreshTitle(page);
	}

	@Override
	public void dispose() {
		if (watcher != null) {
			watcher.stop();
		}
		super.dispose();
	}
}
