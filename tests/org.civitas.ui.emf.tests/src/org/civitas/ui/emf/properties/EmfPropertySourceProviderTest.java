package org.civitas.ui.emf.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The property source that EMF.Edit's item property descriptors give the Properties view. */
@ExtendWith(UiTestExtension.class)
class EmfPropertySourceProviderTest {

	private Catalog catalog;
	private IPropertySource water;
	private Map<Object, IPropertyDescriptor> descriptors;
	private Shell shell;

	@BeforeEach
	void createSource() {
		catalog = new Catalog();
		water = new EmfPropertySourceProvider(catalog.adapterFactory).getPropertySource(catalog.water);
		descriptors = Arrays.stream(water.getPropertyDescriptors())
				.collect(Collectors.toMap(IPropertyDescriptor::getId, Function.identity()));
		shell = new Shell(WorkbenchDriver.shell());
	}

	@AfterEach
	void disposeShell() {
		shell.dispose();
	}

	@Test
	void descriptorsCarryNameCategoryAndDescriptionOfTheItemProvider() {
		IPropertyDescriptor count = descriptors.get("count");

		assertEquals("Count", count.getDisplayName());
		assertEquals("Figures", count.getCategory());
		assertEquals(CatalogItemProvider.COUNT_DESCRIPTION, count.getDescription());
		assertNull(descriptors.get("name").getCategory());
		assertEquals(List.of("name", "code", "notes", "kind", "active", "count", "weight", "price", "since", "tags", "owner",
				"related"), Arrays.stream(water.getPropertyDescriptors()).map(IPropertyDescriptor::getId).toList());
	}

	@Test
	void valuesAreLabelledAsEmfEditLabelsThem() {
		assertEquals("Standard item", label("kind"));
		assertEquals("Alpha", label("related"));
		assertEquals("drink", label("tags"));
		assertEquals("2.40", label("price"));
	}

	@Test
	void referencedElementsShowTheIconTheirItemProviderGivesAsAnSvgUrl() {
		Object owner = catalog.alpha;
		Image icon = descriptors.get("owner").getLabelProvider().getImage(owner);

		assertNotNull(icon, "the SVG icon is loaded");
		assertEquals(ItemIcon.SIZE, icon.getBounds().width);
		assertNull(descriptors.get("count").getLabelProvider().getImage(3), "numbers have no icon");
	}

	@Test
	void eachPropertyGetsTheEditorOfItsKindAndReadOnlyOnesNone() {
		assertNull(descriptors.get("code").createPropertyEditor(shell));
		assertEditor(ConvertingTextCellEditor.class, "name");
		assertEditor(ConvertingTextCellEditor.class, "count");
		assertEditor(ConvertingTextCellEditor.class, "since");
		assertEditor(MultiLineTextCellEditor.class, "notes");
		assertEditor(ChoiceCellEditor.class, "kind");
		assertEditor(ChoiceCellEditor.class, "active");
		assertEditor(ChoiceCellEditor.class, "owner");
		assertEditor(ValuesCellEditor.class, "tags");
		assertEditor(ValuesCellEditor.class, "related");
	}

	@Test
	void settingAValueRunsACommandThatUndoReverts() {
		water.setPropertyValue("count", 9);

		assertEquals(9, catalog.water.eGet(CatalogModel.COUNT));
		assertTrue(catalog.commands().canUndo());
		catalog.commands().undo();
		assertEquals(3, catalog.water.eGet(CatalogModel.COUNT));
	}

	private String label(String id) {
		Object value = PropertyTarget.unwrap(water.getPropertyValue(id));
		return descriptors.get(id).getLabelProvider().getText(value);
	}

	private void assertEditor(Class<? extends CellEditor> expected, String id) {
		CellEditor editor = descriptors.get(id).createPropertyEditor(shell);
		try {
			assertInstanceOf(expected, editor, id);
		} finally {
			editor.dispose();
		}
	}
}
