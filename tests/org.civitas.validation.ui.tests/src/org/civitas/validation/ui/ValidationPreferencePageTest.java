package org.civitas.validation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.ModalDialogs;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.civitas.validation.Rule;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationProfile;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Window > Preferences > Validation, as a team lead uses it to agree a profile. */
@ExtendWith(UiTestExtension.class)
class ValidationPreferencePageTest {

	private static final String PAGE_ID = "org.civitas.validation.ui.preferences";

	@TempDir
	Path folder;
	private PreferenceDialog dialog;

	@AfterEach
	void closeAndRestore() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		ValidationPreferences.store(ValidationProfile.defaults());
	}

	private ValidationPreferencePage open() {
		dialog = PreferencesUtil.createPreferenceDialogOn(WorkbenchDriver.shell(), PAGE_ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return (ValidationPreferencePage) dialog.getSelectedPage();
	}

	private Tree rules() {
		return Widgets.byId(dialog.getShell(), Tree.class, "validation.preferences.rules");
	}

	private void applyAndClose() {
		Gestures.click(Widgets.byText(dialog.getShell(), Button.class, "Apply and Close"));
	}

	private static Rule rule(String id) {
		return ValidationPreferences.rules().rule(id);
	}

	@Test
	void rulesAreListedByCategoryWithTheirRationaleAndCanBeSwitchedOff() {
		open();
		TreeItem naming = Widgets.treeItem(rules(), "Naming (1 on)", "ECO-001  Classes have a name");
		assertEquals("Error", naming.getText(1));
		assertEquals("as you edit and on Validate", naming.getText(2));
		assertEquals("G1", naming.getText(3));
		Gestures.select(naming);
		Text rationale = Widgets.byId(dialog.getShell(), Text.class, "validation.preferences.rationale");
		assertTrue(rationale.getText().contains("an unnamed class cannot be referred to"), rationale.getText());

		Gestures.check(naming, false);
		Widgets.treeItem(rules(), "Naming (0 on)");
		applyAndClose();
		assertFalse(ValidationPreferences.profile().isEnabled(rule("ECO-001")));
		assertTrue(ValidationPreferences.profile().isEnabled(rule("ECO-002")));
	}

	@Test
	void aProfileExportedByOnePersonIsImportedByAnother() throws Exception {
		ValidationPreferencePage page = open();
		Gestures.check(Widgets.treeItem(rules(), "Naming (1 on)", "ECO-001  Classes have a name"), false);
		Path shared = folder.resolve("board.profile");
		page.exportTo(shared);
		assertTrue(Files.readString(shared).contains("ECO-001 = off"), Files.readString(shared));
		Gestures.click(Widgets.byText(dialog.getShell(), Button.class, "Cancel"));
		assertTrue(ValidationPreferences.profile().isEnabled(rule("ECO-001")), "cancel keeps the profile in force");

		Files.writeString(shared, Files.readString(shared) + "ECO-002 = error\n", StandardCharsets.UTF_8);
		page = open();
		page.importFrom(shared);
		assertEquals("Error", Widgets.treeItem(rules(), "Design (1 on)", "ECO-002  Packages have a namespace").getText(1));
		applyAndClose();
		assertFalse(ValidationPreferences.profile().isEnabled(rule("ECO-001")));
		assertEquals(Severity.ERROR, ValidationPreferences.profile().severityOf(rule("ECO-002")));
	}

	@Test
	void aBadProfileIsRefusedWithItsLineAndChangesNothing() throws Exception {
		ValidationPreferencePage page = open();
		Path bad = folder.resolve("bad.profile");
		Files.writeString(bad, "# agreed by the board\nECO-002 = loud\n", StandardCharsets.UTF_8);
		assertImportRefused(page, bad, "bad.profile:2: \"loud\" is not on, off, error, warning or info");
		Path misspelt = folder.resolve("misspelt.profile");
		Files.writeString(misspelt, "ECO-01 = off\n", StandardCharsets.UTF_8);
		assertImportRefused(page, misspelt, "misspelt.profile:1: there is no rule ECO-01 ");
		assertEquals("Warning", Widgets.treeItem(rules(), "Design (1 on)", "ECO-002  Packages have a namespace").getText(1));
		Widgets.treeItem(rules(), "Naming (1 on)");
	}

	/** Imports {@code file} and expects the error dialog to say {@code expected} and nothing to change. */
	private static void assertImportRefused(ValidationPreferencePage page, Path file, String expected) {
		ModalDialogs.drive(() -> page.importFrom(file), "Cannot Import Profile", shell -> {
			String text = Widgets.findAll(shell, Label.class, label -> label.getText().contains(file.getFileName().toString()))
					.get(0).getText();
			assertTrue(text.contains(expected), text);
			Gestures.click(Widgets.byText(shell, Button.class, "OK"));
		});
	}
}
