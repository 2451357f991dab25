package org.civitas.ui.emf.properties;

import java.util.Arrays;
import java.util.List;

import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.part.PageSite;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The tabbed property page an editor contributes with {@link EmfTabbedProperties#CONTRIBUTOR_ID},
 * in a window of its own beside the workbench: it runs on the site of the workbench's
 * Properties view and is fed selections as that view feeds it, as coming from the view's part.
 */
final class TabbedPropertiesWindow implements AutoCloseable {

	private final Shell shell;
	private final ClosablePageSite site;
	private final TabbedPropertySheetPage page;
	private final IViewPart part;

	private TabbedPropertiesWindow(Shell shell, ClosablePageSite site, TabbedPropertySheetPage page, IViewPart part) {
		this.shell = shell;
		this.site = site;
		this.page = page;
		this.part = part;
	}

	static TabbedPropertiesWindow open() {
		IViewPart propertiesView = WorkbenchDriver.view(IPageLayout.ID_PROP_SHEET);
		Shell shell = new Shell(WorkbenchDriver.shell(), SWT.SHELL_TRIM);
		shell.setText("Tabbed properties under test");
		shell.setLayout(new FillLayout());
		ClosablePageSite site = new ClosablePageSite(propertiesView.getViewSite());
		TabbedPropertySheetPage page = new TabbedPropertySheetPage(() -> EmfTabbedProperties.CONTRIBUTOR_ID);
		page.init(site);
		page.createControl(shell);
		shell.setSize(900, 900);
		shell.open();
		shell.forceActive();
		UiDriver.processEvents();
		return new TabbedPropertiesWindow(shell, site, page, propertiesView);
	}

	/** Selects objects, as a selection in the editor would. */
	void select(Object... selected) {
		page.selectionChanged(part, new StructuredSelection(selected));
		UiDriver.processEvents();
	}

	List<String> tabLabels() {
		return Arrays.stream(page.getActiveTabs()).map(ITabDescriptor::getLabel).toList();
	}

	void showTab(String label) {
		ITabDescriptor tab = Arrays.stream(page.getActiveTabs()).filter(each -> each.getLabel().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no tab '" + label + "' among " + tabLabels()));
		page.setSelectedTab(tab.getId());
		UiDriver.waitUntil("tab '" + label + "' to be shown",
				() -> page.getSelectedTab() != null && page.getSelectedTab().getLabel().equals(label));
	}

	String selectedTab() {
		return page.getSelectedTab() == null ? null : page.getSelectedTab().getLabel();
	}

	Control control() {
		return page.getControl();
	}

	/** The widget that edits a property in the shown tab. */
	<T extends Control> T editor(String propertyId, Class<T> type) {
		return Widgets.byId(control(), type, PropertyField.editorId(propertyId));
	}

	/** The text that lists the values of a multi-valued property in the shown tab. */
	Text valuesText(String propertyId) {
		Composite editor = editor(propertyId, Composite.class);
		return Widgets.findAll(editor, Text.class, text -> true).get(0);
	}

	Label hint(String propertyId) {
		return Widgets.byId(control(), Label.class, PropertyField.hintId(propertyId));
	}

	/** The property names of the shown tab, in order. */
	List<String> propertyNames() {
		return Widgets.findAll(control(), Label.class, label -> label.isVisible() && label.getText().endsWith(":"))
				.stream().map(Widgets::text).toList();
	}

	/** Selects a row of a table by its label, as a click on it does. */
	static void selectRow(Table table, String label) {
		TableItem item = UiDriver.waitFor("row '" + label + "'",
				() -> Arrays.stream(table.getItems()).filter(Widgets.withText(label)).findFirst());
		table.setFocus();
		table.setSelection(item);
		Event event = new Event();
		event.item = item;
		table.notifyListeners(SWT.Selection, event);
		UiDriver.processEvents();
	}

	static List<String> rows(Table table) {
		return Arrays.stream(table.getItems()).map(Widgets::text).toList();
	}

	@Override
	public void close() {
		page.dispose();
		site.close();
		shell.dispose();
		UiDriver.processEvents();
	}

	/** A page site that its owner can dispose, as the Properties view disposes the sites of its pages. */
	private static final class ClosablePageSite extends PageSite {

		ClosablePageSite(IViewSite parentSite) {
			super(parentSite);
		}

		void close() {
			dispose();
		}
	}
}
