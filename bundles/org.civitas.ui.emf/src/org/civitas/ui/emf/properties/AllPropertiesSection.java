package org.civitas.ui.emf.properties;

import java.util.Arrays;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The classic property table of every property of the selected elements, by category, with
 * its own tool bar (categories, advanced properties, default value) since the tabbed view's
 * tool bar is not its own. With several elements selected it shows the properties they share,
 * and a change applies to each of them.
 */
final class AllPropertiesSection extends AbstractPropertySection {

	/** Test id of the property table. */
	static final String TABLE_ID = EmfTabbedProperties.CONTRIBUTOR_ID + ".all.table"; //$NON-NLS-1$

	private PropertySheetPage table;
	private ToolBarManager toolBar;
	private MenuManager menu;
	private ModelChangeWatcher watcher;
	private AdapterFactory shownAdapterFactory;
	private TabbedPropertySheetPage page;

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage tabbedPropertySheetPage) {
		super.createControls(parent, tabbedPropertySheetPage);
		page = tabbedPropertySheetPage;
		Composite composite = getWidgetFactory().createComposite(parent);
		GridLayoutFactory.fillDefaults().applyTo(composite);
		toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(toolBar.createControl(composite));
		table = new PropertySheetPage();
		table.createControl(composite);
		Tree tree = WidgetIds.name((Tree) table.getControl(), TABLE_ID);
		tree.addListener(SWT.Resize, event -> splitColumnsWhileCramped(tree));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		menu = new MenuManager();
		table.makeContributions(menu, toolBar, statusLine(tabbedPropertySheetPage));
		toolBar.update(true);
		watcher = new ModelChangeWatcher(parent.getDisplay(), this::refresh);
	}

	/**
	 * The table splits its columns only when it is first sized, which in a tab happens before the
	 * tab has its width; until the columns fill half the table, they are split again.
	 */
	private static void splitColumnsWhileCramped(Tree tree) {
		TreeColumn[] columns = tree.getColumns();
		int width = tree.getClientArea().width;
		int used = Arrays.stream(columns).mapToInt(TreeColumn::getWidth).sum();
		if (columns.length == 2 && width > 0 && used < width / 2) {
			columns[0].setWidth(width * 2 / 5);
			columns[1].setWidth(width - columns[0].getWidth());
		}
	}

	private static IStatusLineManager statusLine(TabbedPropertySheetPage page) {
		return page.getSite() == null ? null : page.getSite().getActionBars().getStatusLineManager();
	}

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		super.setInput(part, selection);
		SelectedElements selected = SelectedElements.of(part, selection);
		if (!selected.isEmpty() && selected.adapterFactory() != shownAdapterFactory) {
			shownAdapterFactory = selected.adapterFactory();
			table.setPropertySourceProvider(new EmfPropertySourceProvider(shownAdapterFactory));
		}
		table.selectionChanged(part, new StructuredSelection(selected.elements()));
		watcher.watch(selected);
	}

	@Override
	public void refresh() {
		table.refresh();
		EmfTabbedProperties.refreshTitle(page);
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}

	@Override
	public void dispose() {
		if (table != null) {
			watcher.stop();
			table.dispose();
			menu.dispose();
			toolBar.dispose();
		}
		super.dispose();
	}
}
