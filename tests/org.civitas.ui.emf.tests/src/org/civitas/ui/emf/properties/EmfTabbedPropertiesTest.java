package org.civitas.ui.emf.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.ModalDialogs;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.WrapperItemProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tabbed Properties view of an EMF element, as an editor contributes it, driven as a user would. */
@ExtendWith(UiTestExtension.class)
class EmfTabbedPropertiesTest {

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
	void showsOneTabPerCategoryInOrderOfFirstAppearanceWithGeneralFirstAndAllLast() {
		window.select(catalog.water);

		assertEquals(List.of("General", "Description", "Classification", "Figures", "Schedule", "Relations", "All"),
				window.tabLabels());
	}

	@Test
	void categoryTabListsItsPropertiesWithTheirDescriptions() {
		window.select(catalog.water);
		window.showTab("Figures");

		assertEquals(List.of("Count:", "Weight:", "Price:"), window.propertyNames());
		assertEquals("How many units the item counts.", Widgets.text(window.hint("count")));
		assertEquals(CatalogItemProvider.COUNT_DESCRIPTION, window.editor("count", Text.class).getToolTipText());
		assertEquals("3", window.editor("count", Text.class).getText());
		assertEquals("2.40", window.editor("price", Text.class).getText());
	}

	@Test
	void editedTextChangesTheModelThroughACommandThatUndoReverts() {
		window.select(catalog.water);
		Text name = window.editor("name", Text.class);

		typeAndPressEnter(name, "Spring water");

		assertEquals("Spring water", catalog.water.eGet(CatalogModel.NAME));
		assertTrue(catalog.commands().canUndo(), "the edit is a command on the editing domain's stack");
		catalog.commands().undo();
		assertEquals("Water", catalog.water.eGet(CatalogModel.NAME));
		UiDriver.waitUntil("the field to show the restored name", () -> name.getText().equals("Water"));
	}

	@Test
	void refusesAWholeNumberThatIsNotOneAndSaysWhy() {
		window.select(catalog.water);
		window.showTab("Figures");
		Text count = window.editor("count", Text.class);

		typeAndPressEnter(count, "12x");
		assertEquals("\"12x\" is not a whole number.", Widgets.text(window.hint("count")));
		typeAndPressEnter(count, "3000000000");
		assertEquals("3000000000 is outside the allowed range, -2147483648 to 2147483647.",
				Widgets.text(window.hint("count")));
		typeAndPressEnter(count, "");
		assertEquals("A value is required.", Widgets.text(window.hint("count")));

		assertEquals(3, catalog.water.eGet(CatalogModel.COUNT));
		assertFalse(catalog.commands().canUndo(), "a refused value runs no command");

		typeAndPressEnter(count, "42");
		assertEquals(42, catalog.water.eGet(CatalogModel.COUNT));
		assertEquals("How many units the item counts.", Widgets.text(window.hint("count")));
		catalog.commands().undo();
		assertEquals(3, catalog.water.eGet(CatalogModel.COUNT));
	}

	@Test
	void emptyWrapperNumberMeansNoValueAndDecimalsKeepTheirDigits() {
		window.select(catalog.water);
		window.showTab("Figures");

		typeAndPressEnter(window.editor("weight", Text.class), "");
		assertNull(catalog.water.eGet(CatalogModel.WEIGHT));
		typeAndPressEnter(window.editor("weight", Text.class), "heavy");
		assertEquals("\"heavy\" is not a number.", Widgets.text(window.hint("weight")));
		typeAndPressEnter(window.editor("price", Text.class), "19.990");
		assertEquals(new BigDecimal("19.990"), catalog.water.eGet(CatalogModel.PRICE));

		catalog.commands().undo();
		catalog.commands().undo();
		assertEquals(1.5, catalog.water.eGet(CatalogModel.WEIGHT));
		assertEquals(new BigDecimal("2.40"), catalog.water.eGet(CatalogModel.PRICE));
	}

	@Test
	void datesAreWrittenAsIsoCalendarDates() {
		window.select(catalog.water);
		window.showTab("Schedule");
		Text since = window.editor("since", Text.class);

		typeAndPressEnter(since, "2025-02-30");
		assertEquals("\"2025-02-30\" is not a date: write it as year-month-day, such as 2025-03-31.",
				Widgets.text(window.hint("since")));
		assertNull(catalog.water.eGet(CatalogModel.SINCE));

		typeAndPressEnter(since, "2025-03-31");
		Date expected = Date.from(LocalDate.of(2025, 3, 31).atStartOfDay(ZoneId.systemDefault()).toInstant());
		assertEquals(expected, catalog.water.eGet(CatalogModel.SINCE));
		assertEquals("2025-03-31", since.getText());
	}

	@Test
	void enumerationComboShowsReadableLabelsAndSetsTheLiteral() {
		window.select(catalog.water);
		window.showTab("Classification");
		Combo kind = window.editor("kind", Combo.class);
		assertEquals("Standard item", kind.getText());

		Gestures.approach(kind);
		assertEquals(List.of("Standard item", "Multi jurisdiction alliance", "Shared platform"), List.of(kind.getItems()));
		assertEquals("Standard item", kind.getText());
		Gestures.select(kind, "Multi jurisdiction alliance");

		assertEquals(CatalogModel.KIND.getEEnumLiteral("multiJurisdictionAlliance"),
				catalog.water.eGet(CatalogModel.ITEM_KIND));
		catalog.commands().undo();
		assertEquals(CatalogModel.KIND.getEEnumLiteral("standardItem"), catalog.water.eGet(CatalogModel.ITEM_KIND));
		UiDriver.waitUntil("the combo to show the restored kind", () -> kind.getText().equals("Standard item"));
	}

	@Test
	void booleanComboOffersTrueAndFalse() {
		window.select(catalog.water);
		window.showTab("Classification");
		Combo active = window.editor("active", Combo.class);

		Gestures.approach(active);
		assertEquals(List.of("true", "false"), List.of(active.getItems()));
		Gestures.select(active, "true");

		assertEquals(Boolean.TRUE, catalog.water.eGet(CatalogModel.ACTIVE));
		catalog.commands().undo();
		assertEquals(Boolean.FALSE, catalog.water.eGet(CatalogModel.ACTIVE));
	}

	@Test
	void referenceComboIsSortedByLabelAndOffersNone() {
		window.select(catalog.water);
		window.showTab("Relations");
		Combo owner = window.editor("owner", Combo.class);
		assertEquals(List.of(owner.getText()), List.of(owner.getItems()), "until the user comes to it, only the value is shown");

		Gestures.approach(owner);
		assertEquals(List.of("", "Alpha", "Beta", "Gamma", "Water"), List.of(owner.getItems()));
		Gestures.select(owner, "Beta");
		assertEquals(catalog.beta, catalog.water.eGet(CatalogModel.OWNER));
		Gestures.select(owner, "");
		assertNull(catalog.water.eGet(CatalogModel.OWNER));

		catalog.commands().undo();
		assertEquals(catalog.beta, catalog.water.eGet(CatalogModel.OWNER));
	}

	@Test
	void valuesDialogAddsAndRemovesReferences() {
		window.select(catalog.water);
		window.showTab("Relations");
		Button edit = Widgets.byId(window.control(), Button.class, ValuesField.editButtonId("related"));

		ModalDialogs.drive(() -> Gestures.click(edit), "Values of Related", dialog -> {
			Table choices = Widgets.byId(dialog, Table.class, FeatureValuesDialog.CHOICES_ID);
			Table values = Widgets.byId(dialog, Table.class, FeatureValuesDialog.VALUES_ID);
			assertEquals(List.of("Beta", "Gamma", "Water"), TabbedPropertiesWindow.rows(choices),
					"sorted choices without the values already chosen");
			Gestures.type(Widgets.byId(dialog, Text.class, FeatureValuesDialog.FILTER_ID), "gam");
			assertEquals(List.of("Gamma"), TabbedPropertiesWindow.rows(choices));
			TabbedPropertiesWindow.selectRow(choices, "Gamma");
			Gestures.click(Widgets.byText(dialog, Button.class, "Add"));
			TabbedPropertiesWindow.selectRow(values, "Alpha");
			Gestures.click(Widgets.byText(dialog, Button.class, "Remove"));
			assertEquals(List.of("Gamma"), TabbedPropertiesWindow.rows(values));
			Gestures.click(Widgets.byText(dialog, Button.class, "OK"));
		});

		assertEquals(List.of(catalog.gamma), Catalog.list(catalog.water, CatalogModel.RELATED));
		UiDriver.waitUntil("the field to list the new values", () -> window.valuesText("related").getText().equals("Gamma"));
		catalog.commands().undo();
		assertEquals(List.of(catalog.alpha), Catalog.list(catalog.water, CatalogModel.RELATED));
	}

	@Test
	void valuesDialogAddsTypedValuesToAMultiValuedAttribute() {
		window.select(catalog.water);
		window.showTab("Classification");
		Button edit = Widgets.byId(window.control(), Button.class, ValuesField.editButtonId("tags"));

		ModalDialogs.drive(() -> Gestures.click(edit), "Values of Tags", dialog -> {
			Text newValue = Widgets.byId(dialog, Text.class, FeatureValuesDialog.NEW_VALUE_ID);
			Button add = Widgets.byText(dialog, Button.class, "Add");
			Gestures.type(newValue, "drink");
			assertFalse(add.isEnabled(), "a value is not added twice");
			Gestures.type(newValue, "cold");
			Gestures.click(add);
			Table values = Widgets.byId(dialog, Table.class, FeatureValuesDialog.VALUES_ID);
			assertEquals(List.of("drink", "cold"), TabbedPropertiesWindow.rows(values));
			TabbedPropertiesWindow.selectRow(values, "cold");
			Gestures.click(Widgets.byText(dialog, Button.class, "Up"));
			assertEquals(List.of("cold", "drink"), TabbedPropertiesWindow.rows(values));
			Gestures.click(Widgets.byText(dialog, Button.class, "OK"));
		});

		assertEquals(List.of("cold", "drink"), Catalog.list(catalog.water, CatalogModel.TAGS));
		catalog.commands().undo();
		assertEquals(List.of("drink"), Catalog.list(catalog.water, CatalogModel.TAGS));
	}

	@Test
	void multiLineTextIsAppliedByCtrlEnter() {
		window.select(catalog.water);
		window.showTab("Description");
		Text notes = window.editor("notes", Text.class);
		assertTrue((notes.getStyle() & SWT.MULTI) != 0, "notes are edited on several lines");

		Gestures.type(notes, "Fresh.\nFrom the spring.");
		Keys.pressCtrlEnter(notes);

		assertEquals("Fresh.\nFrom the spring.", catalog.water.eGet(CatalogModel.NOTES));
		catalog.commands().undo();
		assertEquals("Fresh.", catalog.water.eGet(CatalogModel.NOTES));
	}

	@Test
	void readOnlyPropertyIsShownButNotEditable() {
		window.select(catalog.water);
		Text code = window.editor("code", Text.class);

		assertEquals("W-1", code.getText());
		assertFalse(code.getEditable());
	}

	@Test
	void showsChangesMadeElsewhere() {
		window.select(catalog.water);
		Text name = window.editor("name", Text.class);

		catalog.commands().execute(SetCommand.create(catalog.domain, catalog.water, CatalogModel.NAME, "Ice"));
		UiDriver.waitUntil("the field to show a name set by another editor", () -> name.getText().equals("Ice"));
		catalog.water.eSet(CatalogModel.NAME, "Steam");
		UiDriver.waitUntil("the field to show a name set without a command", () -> name.getText().equals("Steam"));
		catalog.commands().undo();
		UiDriver.waitUntil("the field to show the name Undo restored", () -> name.getText().equals("Water"));
	}

	@Test
	void followsTheSelectionFromElementToElement() {
		window.select(catalog.water);
		window.showTab("Figures");
		window.select(catalog.alpha);

		assertEquals("Figures", window.selectedTab(), "the tab the user chose stays chosen");
		assertEquals("0", window.editor("count", Text.class).getText());
		typeAndPressEnter(window.editor("count", Text.class), "8");
		assertEquals(8, catalog.alpha.eGet(CatalogModel.COUNT));
		assertEquals(3, catalog.water.eGet(CatalogModel.COUNT));
	}

	@Test
	void acceptsWrappedAndAdaptableElements() {
		EObject catalogElement = catalog.water.eContainer();
		window.select(new WrapperItemProvider(catalog.water, catalogElement, CatalogModel.CATALOG_ITEMS, 0,
				catalog.adapterFactory));
		assertEquals("Water", window.editor("name", Text.class).getText());

		IAdaptable adaptable = new IAdaptable() {
			@Override
			public <T> T getAdapter(Class<T> adapter) {
				return adapter == EObject.class ? adapter.cast(catalog.beta) : null;
			}
		};
		window.select(adaptable);
		UiDriver.waitUntil("the view to show the adapted element",
				() -> window.editor("name", Text.class).getText().equals("Beta"));
	}

	@Test
	void severalSelectedElementsShowOnlyTheAllTab() {
		window.select(catalog.alpha, catalog.beta);

		assertEquals(List.of("All"), window.tabLabels());
	}

	private static void typeAndPressEnter(Text text, String value) {
		Gestures.type(text, value);
		Keys.pressEnter(text);
	}
}
