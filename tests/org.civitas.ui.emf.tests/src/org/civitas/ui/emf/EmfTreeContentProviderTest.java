package org.civitas.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;

import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A virtual tree over EMF.Edit item providers, as a model editor shows it. */
@ExtendWith(UiTestExtension.class)
class EmfTreeContentProviderTest {

	private Shell shell;
	private Library library;
	private EmfTreeContentProvider contentProvider;
	private EmfLabelProvider labelProvider;

	private TreeViewer show(Library shown) {
		library = shown;
		shell = new Shell(WorkbenchDriver.shell());
		shell.setLayout(new FillLayout());
		TreeViewer viewer = new TreeViewer(shell, SWT.VIRTUAL | SWT.MULTI);
		viewer.setUseHashlookup(true);
		contentProvider = new EmfTreeContentProvider(shown.adapterFactory);
		labelProvider = new EmfLabelProvider(shown.adapterFactory);
		viewer.setContentProvider(contentProvider);
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(labelProvider));
		viewer.setInput(shown.resource);
		shell.setSize(400, 300);
		shell.open();
		UiDriver.processEvents();
		return viewer;
	}

	@AfterEach
	void close() {
		if (shell != null) {
			shell.dispose();
			labelProvider.dispose();
			library.dispose();
		}
	}

	@Test
	void showsTheResourceRootsAndTheirChildren() {
		Tree tree = show(new Library("City", "Dune", "Emma")).getTree();
		Widgets.treeItem(tree, "Library City", "Book Dune");
		Widgets.treeItem(tree, "Library City", "Book Emma");
	}

	@Test
	void expandingTenThousandChildrenCreatesRowsButAsksOnlyForTheVisibleOnes() {
		String[] titles = new String[10_000];
		Arrays.setAll(titles, index -> "Volume " + index);
		Tree tree = show(new Library("Archive", titles)).getTree();
		TreeItem root = Widgets.treeItem(tree, "Library Archive");
		Widgets.expand(root);
		assertEquals(10_000, root.getItemCount());
		long filled = Arrays.stream(root.getItems()).filter(item -> item.getData() != null).count();
		assertTrue(filled < 200, filled + " rows were filled, though only a screenful is visible");
	}

	@Test
	void commandsOnTheModelReachTheTree() {
		Tree tree = show(new Library("City", "Dune")).getTree();
		TreeItem root = Widgets.treeItem(tree, "Library City");
		Widgets.expand(root);
		EObject added = Library.book("Emma");
		library.domain.getCommandStack().execute(AddCommand.create(library.domain, library.library, Library.BOOKS, added));
		Widgets.treeItem(tree, "Library City", "Book Emma");

		library.domain.getCommandStack().execute(SetCommand.create(library.domain, added, Library.BOOK_NAME, "Persuasion"));
		Widgets.treeItem(tree, "Library City", "Book Persuasion");

		library.domain.getCommandStack().execute(DeleteCommand.create(library.domain, added));
		UiDriver.waitUntil("the deleted book to leave the tree", () -> root.getItemCount() == 1);
	}

	@Test
	void aFilterKeepsMatchesWithTheirAncestorsAndCanBeCleared() {
		Tree tree = show(new Library("City", "Dune", "Emma", "Dubliners")).getTree();
		contentProvider.setFilter(element -> labelProvider.getText(element).toLowerCase(Locale.ROOT).contains("du"));
		UiDriver.processEvents();
		TreeItem root = Widgets.treeItem(tree, "Library City");
		assertTrue(root.getExpanded(), "the tree opens down to the matches");
		assertEquals(2, root.getItemCount());
		Widgets.treeItem(tree, "Library City", "Book Dubliners");

		contentProvider.setFilter(null);
		UiDriver.processEvents();
		assertEquals(3, Widgets.treeItem(tree, "Library City").getItemCount());
	}
}
