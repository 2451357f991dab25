package org.civitas.ui.emf.properties;

import org.civitas.ui.emf.EditingDomainActionGroup;
import org.eclipse.jface.viewers.BaseLabelProvider;
import org.eclipse.jface.viewers.IBaseLabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The tabbed Properties view for EMF elements, as declared in this bundle's {@code plugin.xml}.
 * <p>
 * An editor enables it by implementing
 * {@link org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor} with
 * {@link #CONTRIBUTOR_ID} and answering {@code getAdapter(IPropertySheetPage.class)} with
 * {@link #page}.
 * <p>
 * The view then shows, for a selected {@link org.eclipse.emf.ecore.EObject} (or an object that
 * adapts or unwraps to one) whose editing domain is an
 * {@link org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain}:
 * <ul>
 * <li>one tab per property category of the element, in the order in which its property
 * descriptors first name them, uncategorized properties first in a "General" tab; each tab is a
 * form with the properties of its category;</li>
 * <li>a last "All" tab with the classic property table of every property.</li>
 * </ul>
 * Every edit runs as a command on the element's editing domain, so Undo and Redo apply to it,
 * and the tabs show changes made elsewhere.
 * <p>
 * With several elements selected only the "All" tab is shown: the classic table offers the
 * properties the elements share and sets a changed value on every one of them, whereas a form
 * could show only one element's values and would leave a reader unsure which element an edit
 * changes.
 */
public final class EmfTabbedProperties {

	/** The contributor id that editors return from {@code getContributorId()}. */
	public static final String CONTRIBUTOR_ID = "org.civitas.ui.emf.properties"; //$NON-NLS-1$

	/** The only tab category of the contributor, as declared in {@code plugin.xml}. */
	static final String TAB_CATEGORY = CONTRIBUTOR_ID;

	/** Stands for the view's title labels when the shown element changed (the event needs a source). */
	private static final IBaseLabelProvider TITLE = new BaseLabelProvider();

	private EmfTabbedProperties() {
	}

	/** Shows the element's label in the view's title again, so that a rename shows there at once. */
	static void refreshTitle(TabbedPropertySheetPage page) {
		if (page != null && page.getControl() != null && !page.getControl().isDisposed()) {
			page.labelProviderChanged(new LabelProviderChangedEvent(TITLE));
		}
	}

	/**
	 * The Properties view's page for an editor: Undo and Redo in the view undo the edits made
	 * there, on the editor's stack (its other edit actions do not apply to the view's selection);
	 * F1 in the view shows the help of {@code helpContextId}.
	 */
	public static TabbedPropertySheetPage page(ITabbedPropertySheetPageContributor editor,
			EditingDomainActionGroup actions, String helpContextId) {
		return new TabbedPropertySheetPage(editor) {
			@Override
			public void createControl(Composite parent) {
				super.createControl(parent);
				PlatformUI.getWorkbench().getHelpSystem().setHelp(getControl(), helpContextId);
			}

			@Override
			public void setActionBars(IActionBars bars) {
				super.setActionBars(bars);
				actions.fillUndoRedo(bars);
			}
		};
	}
}
