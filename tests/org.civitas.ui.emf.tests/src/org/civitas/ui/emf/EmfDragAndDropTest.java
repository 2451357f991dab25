package org.civitas.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.civitas.testing.ui.UiTestExtension;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.dnd.DND;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What dropping dragged elements on a tree row does, by where on the row they land. */
@ExtendWith(UiTestExtension.class)
class EmfDragAndDropTest {

	private static final int ALL = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;

	private final Library library = new Library("City", "Dune", "Emma", "Ulysses");

	@AfterEach
	void dispose() {
		library.dispose();
	}

	@Test
	void droppingNearTheTopOfARowMovesBeforeItAsOneUndoableCommand() {
		EObject ulysses = library.books().get(2);
		Command drop = EmfDragAndDrop.dropCommand(library.domain, library.books().get(0), 0.1f, ALL, DND.DROP_MOVE,
				List.of(ulysses));
		assertTrue(drop.canExecute());
		library.domain.getCommandStack().execute(drop);
		assertEquals(List.of("Ulysses", "Dune", "Emma"), titles());
		library.domain.getCommandStack().undo();
		assertEquals(List.of("Dune", "Emma", "Ulysses"), titles());
	}

	@Test
	void droppingWithCopyLeavesTheOriginal() {
		Command drop = EmfDragAndDrop.dropCommand(library.domain, library.library, 0.5f, ALL, DND.DROP_COPY,
				List.of(library.books().get(0)));
		library.domain.getCommandStack().execute(drop);
		assertEquals(List.of("Dune", "Emma", "Ulysses", "Dune"), titles());
	}

	@Test
	void aContainerCannotBeDroppedIntoItsOwnContent() {
		Command drop = EmfDragAndDrop.dropCommand(library.domain, library.books().get(0), 0.5f, ALL, DND.DROP_MOVE,
				List.of(library.library));
		assertFalse(drop.canExecute());
	}

	private List<String> titles() {
		return library.books().stream().map(book -> (String) book.eGet(Library.BOOK_NAME)).toList();
	}
}
