package org.civitas.portfolio.ui.editor;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.civitas.portfolio.ui.UiIds;
import org.civitas.ui.emf.EditingDomainActionGroup;
import org.civitas.ui.emf.EmfDragAndDrop;
import org.civitas.ui.emf.EmfLabelProvider;
import org.civitas.ui.emf.EmfTreeContentProvider;
import org.civitas.ui.emf.FullWidthColumn;
import org.civitas.ui.emf.NewChildMenus;
import org.civitas.emf.document.ModelDocument;
import org.civitas.validation.ui.LiveValidation;
import org.civitas.validation.ui.ProblemDecorator;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.DecoratingStyledCellLabelProvider;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionContext;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The editor's model page: the portfolio's whole containment tree (lists in folders), with a
 * filter, a context menu to create children and siblings, edit actions, inline rename (F2)
 * and drag and drop. The tree is virtual: only rows on screen cost anything.
 */
final class ModelTreePage {

	/** Test id of the tree. */
	static final String TREE_ID = "portfolio.editor.tree"; //$NON-NLS-1$
	/** Test id of the filter field. */
	static final String FILTER_ID = "portfolio.editor.filter"; //$NON-NLS-1$

	/** How long typing must pause before the filter walks the model. */
	private static final int FILTER_DELAY_MS = 300;
	private static final String NAME_PROPERTY = "name"; //$NON-NLS-1$

	private final PortfolioEditor editor;
	private final ModelDocument document;
	private final EditingDomainActionGroup actions;
	private final Composite control;
	private final Text filter;
	private final TreeViewer viewer;
	private final EmfTreeContentProvider contentProvider;
	private final EmfLabelProvider labelProvider;
	private final ProblemDecorator problems;
	private final Action rename = new Action(Messages.ModelTreePage_rename) {
		@Override
		public void run() {
			if (viewer.getStructuredSelection().getFirstElement() instanceof EObject element && nameOf(element) != null) {
				viewer.editElement(element, 0);
			}
		}
	};
	private String pendingFilter;

	ModelTreePage(Composite parent, PortfolioEditor editor, ModelDocument document, EditingDomainActionGroup actions) {
		this.editor = editor;
		this.document = document;
		this.actions = actions;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(control);

		filter = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.ModelTreePage_filterHint);
		filter.setData(UiIds.KEY, FILTER_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(event -> scheduleFilter(filter.getText()));

		viewer = new TreeViewer(control, SWT.VIRTUAL | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setData(UiIds.KEY, TREE_ID);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setUseHashlookup(true);
		FullWidthColumn.install(viewer.getTree());
		contentProvider = new EmfTreeContentProvider(document.getAdapterFactory());
		labelProvider = new EmfLabelProvider(document.getAdapterFactory());
		viewer.setContentProvider(contentProvider);
		problems = new ProblemDecorator(document.getAdapterFactory());
		viewer.setLabelProvider(new DecoratingStyledCellLabelProvider(labelProvider, problems, null));
		viewer.setInput(document.getResource());
		if (document.getRoot() != null) {
			viewer.expandToLevel(document.getRoot(), 1);
		}

		viewer.addSelectionChangedListener(event -> {
			actions.setContext(new ActionContext(event.getSelection()));
			rename.setEnabled(event.getStructuredSelection().size() == 1
					&& event.getStructuredSelection().getFirstElement() instanceof EObject element && nameOf(element) != null);
			editor.pageSelected(event.getSelection());
		});
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		});
		installRename();
		installContextMenu();
		EmfDragAndDrop.install(viewer, document.getEditingDomain());
		rename.setActionDefinitionId(ActionFactory.RENAME.getCommandId());
	}

	Control getControl() {
		return control;
	}

	TreeViewer getViewer() {
		return viewer;
	}

	/** Marks the items with findings of {@code validation}, the validation of the model shown. */
	void showProblemsOf(LiveValidation validation) {
		problems.setValidation(validation);
	}

	/** The action that starts renaming the selected element in place. */
	Action getRenameAction() {
		return rename;
	}

	/** Selects and shows elements, expanding the tree down to them. */
	void reveal(ISelection selection) {
		if (contentProvider.isFiltering() && selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			filter.setText(""); //$NON-NLS-1$
			applyFilter(""); //$NON-NLS-1$
		}
		viewer.setSelection(selection, true);
	}

	/**
	 * Shows the file again after it was reloaded from disk (another program saved it, or a
	 * pull merged into it), with the same folders open and the same elements selected where
	 * they still exist. Elements are found again by their URI fragments, which are their IDs.
	 */
	void inputChanged() {
		List<String> expanded = fragmentsOf(Arrays.asList(viewer.getExpandedElements()));
		List<String> selected = fragmentsOf(viewer.getStructuredSelection().toList());
		viewer.setInput(document.getResource());
		if (document.getRoot() == null) {
			return;
		}
		viewer.expandToLevel(document.getRoot(), 1);
		viewer.setExpandedElements(elementsAt(expanded).toArray());
		List<EObject> stillThere = elementsAt(selected);
		if (!stillThere.isEmpty()) {
			viewer.setSelection(new StructuredSelection(stillThere), true);
		}
	}

	private static List<String> fragmentsOf(List<?> elements) {
		return elements.stream().filter(EObject.class::isInstance).map(element -> EcoreUtil.getURI((EObject) element))
				.filter(uri -> uri.hasFragment()).map(URI::fragment).toList();
	}

	private List<EObject> elementsAt(List<String> fragments) {
		Resource resource = document.getResource();
		return fragments.stream().map(resource::getEObject).filter(Objects::nonNull).toList();
	}

	private void scheduleFilter(String text) {
		boolean alreadyScheduled = pendingFilter != null;
		pendingFilter = text;
		if (!alreadyScheduled) {
			control.getDisplay().timerExec(FILTER_DELAY_MS, () -> {
				String latest = pendingFilter;
				pendingFilter = null;
				if (!control.isDisposed()) {
					applyFilter(latest);
				}
			});
		}
	}

	/** Keeps elements whose label (type, name or key figure) contains the text, ignoring case. */
	private void applyFilter(String text) {
		String needle = text.strip().toLowerCase(Locale.ROOT);
		if (needle.isEmpty()) {
			contentProvider.setFilter(null);
			return;
		}
		contentProvider.setFilter(element -> labelProvider.getText(element).toLowerCase(Locale.ROOT).contains(needle)
				|| labelProvider.getStyledText(element).getString().toLowerCase(Locale.ROOT).contains(needle));
	}

	private void installContextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		editor.getSite().registerContextMenu(menu, viewer);
	}

	private void fillContextMenu(IMenuManager menu) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (selection.size() == 1) {
			new NewChildMenus(document.getEditingDomain(), this::selectCreated).fill(menu, selection.getFirstElement());
			menu.add(new Separator());
		}
		actions.fillContextMenu(menu);
		menu.add(rename);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/**
	 * Selects what New Child or New Sibling created and, for one named element, opens its name
	 * for typing in place, as the diagram palette does: a new element is named first.
	 */
	private void selectCreated(Collection<?> created) {
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			viewer.setSelection(new StructuredSelection(List.copyOf(created)), true);
			if (created.size() == 1 && created.iterator().next() instanceof EObject element && nameOf(element) != null) {
				viewer.editElement(element, 0);
			}
		});
	}

	/** Rename in place edits the element's {@code name}, as one command. */
	private void installRename() {
		viewer.setColumnProperties(new String[] { NAME_PROPERTY });
		viewer.setCellEditors(new CellEditor[] { new TextCellEditor(viewer.getTree()) });
		viewer.setCellModifier(new ICellModifier() {
			@Override
			public boolean canModify(Object element, String property) {
				return element instanceof EObject eObject && nameOf(eObject) != null;
			}

			@Override
			public Object getValue(Object element, String property) {
				Object name = ((EObject) element).eGet(nameOf((EObject) element));
				return name == null ? "" : name; //$NON-NLS-1$
			}

			@Override
			public void modify(Object item, String property, Object value) {
				EObject element = (EObject) ((Item) item).getData();
				EStructuralFeature name = nameOf(element);
				if (name == null) {
					return;
				}
				// Leaving the name of a new element empty is no change.
				Object current = element.eGet(name);
				if (!value.equals(current == null ? "" : current)) { //$NON-NLS-1$
					Command command = SetCommand.create(document.getEditingDomain(), element, name, value);
					document.getEditingDomain().getCommandStack().execute(command);
				}
			}
		});
		TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
			}
		}, ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	/** The element's editable {@code name} attribute, or {@code null} if it has none. */
	private static EStructuralFeature nameOf(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature(NAME_PROPERTY);
		return name instanceof EAttribute attribute && attribute.isChangeable()
				&& attribute.getEAttributeType() == EcorePackage.Literals.ESTRING ? name : null;
	}

	void dispose() {
		labelProvider.dispose();
	}
}
