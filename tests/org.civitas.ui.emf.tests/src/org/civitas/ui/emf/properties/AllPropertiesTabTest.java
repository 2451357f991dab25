package org.civitas.ui.emf.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;

import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.ModalDialogs;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The "All" tab: the classic property table, with the cell editors of the EMF property source provider. */
@ExtendWith(UiTestExtension.class)
class AllPropertiesTabTest {

	private Catalog catalog;
	private TabbedPropertiesWindow window;

	@BeforeEach
	void openWindow() {
		catalog = new Catalog();
		window = TabbedPropertiesWindow.open();
	}

	@AfterEach
	void closeWindow() {
		window.close();
	}

	@Test
	void tableGroupsEveryPropertyByCategory() {
		Tree table = showAllTab(catalog.water);

		List<String> categories = Arrays.stream(table.getItems()).map(Widgets::text).sorted().toList();
		assertEquals(List.of("Classification", "Description", "Figures", "Misc", "Relations", "Schedule"), categories);
		TreeItem count = Widgets.treeItem(table, "Figures", "Count");
		assertEquals("3", count.getText(1));
		assertEquals("Standard item", Widgets.treeItem(table, "Classification", "Kind").getText(1));
	}

	@Test
	void numberCellRefusesBadInputWithAMessageAndAppliesAGoodOne() {
		Tree table = showAllTab(catalog.water);
		Text cell = activateCell(table, "Figures", "Count");

		Gestures.type(cell, "many");
		assertEquals("\"many\" is not a whole number.", cell.getToolTipText());
		Keys.pressEnter(cell);
		assertEquals(3, catalog.water.eGet(CatalogModel.COUNT));
		assertFalse(catalog.commands().canUndo(), "a refused value runs no command");

		cell = activateCell(table, "Figures", "Count");
		Gestures.type(cell, "7");
		Keys.pressEnter(cell);
		assertEquals(7, catalog.water.eGet(CatalogModel.COUNT));
		catalog.commands().undo();
		assertEquals(3, catalog.water.eGet(CatalogModel.COUNT));
	}

	@Test
	void multiLineCellIsEditedInADialog() {
		Tree table = showAllTab(catalog.water);
		Gestures.doubleClick(Widgets.treeItem(table, "Description", "Notes"));
		Button open = Widgets.byText(table, Button.class, "...");

		ModalDialogs.drive(() -> Gestures.click(open), "Edit Notes", dialog -> {
			Text text = Widgets.byId(dialog, Text.class, MultiLineTextDialog.TEXT_ID);
			assertEquals("Fresh.", text.getText());
			Gestures.type(text, "Fresh.\nCold.");
			Gestures.click(Widgets.byText(dialog, Button.class, "OK"));
		});

		assertEquals("Fresh.\nCold.", catalog.water.eGet(CatalogModel.NOTES));
		catalog.commands().undo();
		assertEquals("Fresh.", catalog.water.eGet(CatalogModel.NOTES));
	}

	@Test
	void anEditAppliesToEverySelectedElement() {
		Tree table = showAllTab(catalog.alpha, catalog.beta);
		Text cell = activateCell(table, "Figures", "Count");

		Gestures.type(cell, "5");
		Keys.pressEnter(cell);

		assertEquals(5, catalog.alpha.eGet(CatalogModel.COUNT));
		assertEquals(5, catalog.beta.eGet(CatalogModel.COUNT));
	}

	@Test
	void tableShowsChangesMadeElsewhere() {
		Tree table = showAllTab(catalog.water);
		assertEquals("Water", Widgets.treeItem(table, "Misc", "Name").getText(1));

		catalog.water.eSet(CatalogModel.NAME, "Ice");

		UiDriver.waitUntil("the table to show the new name",
				() -> Widgets.treeItem(table, "Misc", "Name").getText(1).equals("Ice"));
	}

	private Tree showAllTab(Object... selected) {
		window.select(selected);
		window.showTab("All");
		return Widgets.byId(window.control(), Tree.class, AllPropertiesSection.TABLE_ID);
	}

	/** Opens the cell editor of a property's row, and returns the editor's text field. */
	private static Text activateCell(Tree table, String category, String property) {
		Gestures.doubleClick(Widgets.treeItem(table, category, property));
		return Widgets.find(table, Text.class, text -> text.getEditable(), "the cell editor of " + property);
	}
}
