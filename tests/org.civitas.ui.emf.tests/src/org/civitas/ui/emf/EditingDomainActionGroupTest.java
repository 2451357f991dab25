package org.civitas.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.civitas.testing.ui.UiTestExtension;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.actions.ActionContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Edit actions on an editing domain, as the Edit menu and a context menu show them. */
@ExtendWith(UiTestExtension.class)
class EditingDomainActionGroupTest {

	private final Library library = new Library("City", "Dune", "Emma");
	private final EditingDomainActionGroup actions = new EditingDomainActionGroup(library.domain);

	@AfterEach
	void dispose() {
		actions.dispose();
		library.dispose();
	}

	@Test
	void deleteIsOfferedForASelectionAndUndoNamesWhatItUndoes() {
		assertFalse(actions.getDeleteAction().isEnabled(), "nothing selected, nothing to delete");
		EObject dune = library.books().get(0);
		actions.setContext(new ActionContext(new StructuredSelection(dune)));
		assertTrue(actions.getDeleteAction().isEnabled());

		actions.getDeleteAction().run();
		assertEquals(List.of("Emma"), titles());
		assertEquals("&Undo Delete", actions.getUndoAction().getText());
		assertTrue(actions.getUndoAction().isEnabled());

		actions.getUndoAction().run();
		assertEquals(List.of("Dune", "Emma"), titles());
		assertEquals("&Redo Delete", actions.getRedoAction().getText());
		assertFalse(actions.getUndoAction().isEnabled());
	}

	@Test
	void copyThenPasteOnTheLibraryAddsAnEqualBook() {
		actions.setContext(new ActionContext(new StructuredSelection(library.books().get(1))));
		menuAction("&Copy").run();
		actions.setContext(new ActionContext(new StructuredSelection(library.library)));
		IAction paste = menuAction("&Paste");
		assertTrue(paste.isEnabled(), "the clipboard holds a book the library can take");
		paste.run();
		assertEquals(List.of("Dune", "Emma", "Emma"), titles());
		actions.getUndoAction().run();
		assertEquals(List.of("Dune", "Emma"), titles());
	}

	@Test
	void cutRemovesAndPasteBringsBack() {
		actions.setContext(new ActionContext(new StructuredSelection(library.books().get(0))));
		menuAction("Cu&t").run();
		assertEquals(List.of("Emma"), titles());
		actions.setContext(new ActionContext(new StructuredSelection(library.library)));
		menuAction("&Paste").run();
		assertEquals(List.of("Emma", "Dune"), titles());
	}

	private IAction menuAction(String text) {
		MenuManager menu = new MenuManager();
		actions.fillContextMenu(menu);
		return Arrays.stream(menu.getItems()).filter(ActionContributionItem.class::isInstance)
				.map(item -> ((ActionContributionItem) item).getAction()).filter(action -> text.equals(action.getText()))
				.findFirst().orElseThrow(() -> new AssertionError("no context menu action " + text));
	}

	private List<String> titles() {
		return library.books().stream().map(book -> (String) book.eGet(Library.BOOK_NAME)).toList();
	}
}
