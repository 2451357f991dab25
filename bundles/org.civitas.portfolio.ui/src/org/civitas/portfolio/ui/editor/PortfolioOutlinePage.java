package org.civitas.portfolio.ui.editor;

import org.civitas.portfolio.ui.UiIds;
import org.civitas.ui.emf.EmfLabelProvider;
import org.civitas.ui.emf.EmfTreeContentProvider;
import org.civitas.ui.emf.FullWidthColumn;
import org.civitas.emf.document.ModelDocument;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a portfolio editor: the same tree as the model page, without the editing
 * gestures, kept in step with the editor's selection both ways.
 */
final class PortfolioOutlinePage extends ContentOutlinePage {

	static final String TREE_ID = "portfolio.outline.tree"; //$NON-NLS-1$

	private final PortfolioEditor editor;
	private final ModelDocument document;
	private EmfLabelProvider labelProvider;
	/** Set while the outline follows the editor, so that following is not taken for a new choice. */
	private boolean following;

	PortfolioOutlinePage(PortfolioEditor editor, ModelDocument document) {
		this.editor = editor;
		this.document = document;
	}

	@Override
	protected int getTreeStyle() {
		return super.getTreeStyle() | SWT.VIRTUAL;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		Tree tree = viewer.getTree();
		tree.setData(UiIds.KEY, TREE_ID);
		viewer.setUseHashlookup(true);
		FullWidthColumn.install(tree);
		viewer.setContentProvider(new EmfTreeContentProvider(document.getAdapterFactory()));
		labelProvider = new EmfLabelProvider(document.getAdapterFactory());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(labelProvider));
		inputChanged();
		viewer.addSelectionChangedListener(event -> {
			if (!following) {
				editor.reveal(event.getSelection());
			}
		});
	}

	/** Shows the document's resource, once the editor has read it and after it reloads it. */
	void inputChanged() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(document.getResource());
		if (document.getRoot() != null) {
			viewer.expandToLevel(document.getRoot(), 1);
		}
	}

	/** Follows a selection made in the editor. */
	void editorSelected(ISelection selection) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || selection.equals(viewer.getSelection())) {
			return;
		}
		following = true;
		try {
			viewer.setSelection(selection, true);
		} finally {
			following = false;
		}
	}

	@Override
	public void dispose() {
		if (labelProvider != null) {
			labelProvider.dispose();
		}
		super.dispose();
	}
}
