package org.civitas.ui.emf;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The one column of a tree of model elements, as wide as the tree and wider when a row on
 * screen needs it (so that long labels still scroll into view).
 *
 * <p>A tree without columns on GTK sizes its implicit column by measuring every expanded row
 * whenever a row changes: with owner-drawn labels and a folder of 20,000 expanded children,
 * renaming one element then took 13 s. With a column of its own, only the rows on screen are
 * measured.
 */
public final class FullWidthColumn {

	/** Room after the widest label, in pixels. */
	private static final int MARGIN = 16;

	private final Tree tree;
	private final TreeColumn column;
	/** The right edge of the widest row measured so far, indentation included. */
	private int widest;
	private boolean fitting;

	private FullWidthColumn(Tree tree) {
		this.tree = tree;
		column = new TreeColumn(tree, SWT.LEFT);
		tree.addListener(SWT.Resize, event -> fit());
		tree.addListener(SWT.MeasureItem, this::measured);
	}

	/** Gives {@code tree} its one column; install it before the viewer's label provider. */
	public static TreeColumn install(Tree tree) {
		return new FullWidthColumn(tree).column;
	}

	private void measured(Event event) {
		if (!(event.item instanceof TreeItem item)) {
			return;
		}
		int right = item.getBounds(0).x + event.width + MARGIN;
		if (right > widest) {
			widest = right;
			// Never resize inside a measure: the tree is laying out.
			if (!fitting) {
				fitting = true;
				tree.getDisplay().asyncExec(this::fit);
			}
		}
	}

	private void fit() {
		fitting = false;
		if (tree.isDisposed()) {
			return;
		}
		int width = Math.max(tree.getClientArea().width, widest);
		if (column.getWidth() != width) {
			column.setWidth(width);
		}
	}
}
