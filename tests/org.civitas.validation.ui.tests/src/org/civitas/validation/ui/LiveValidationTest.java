package org.civitas.validation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationProfile;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Validation that follows the edits of an open model: markers, decorations, profile changes. */
@ExtendWith(UiTestExtension.class)
class LiveValidationTest {

	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
			new BasicCommandStack());
	private IFile file;
	private EPackage grants;
	private LiveValidation live;
	private ProblemDecorator decorator;
	private final List<Object> relabelled = new ArrayList<>();

	@BeforeEach
	void openTheModel() throws Exception {
		file = TestFiles.copy("grants.ecore");
		Resource resource = domain.getResourceSet().getResource(TestFiles.uri(file), true);
		grants = (EPackage) resource.getContents().get(0);
		live = new LiveValidation(() -> file, resource);
		decorator = new ProblemDecorator(domain.getAdapterFactory());
		decorator.setValidation(live);
		decorator.addListener(event -> relabelled.addAll(elementsOf(event)));
		live.validateAll();
		UiDriver.waitUntil("the first markers", () -> TestFiles.markers(file).size() == 2);
	}

	@AfterEach
	void close() {
		try {
			decorator.dispose();
			live.dispose();
		} finally {
			ValidationPreferences.store(ValidationProfile.defaults());
		}
	}

	private static List<Object> elementsOf(LabelProviderChangedEvent event) {
		return event.getElements() == null ? List.of() : List.of(event.getElements());
	}

	private void edit(EClassifier classifier, String name) {
		domain.getCommandStack().execute(new SetCommand(domain, classifier, EcorePackage.Literals.ENAMED_ELEMENT__NAME, name));
		live.modelChanged();
	}

	@Test
	void anEditThatBreaksARuleAddsAMarkerAndUndoRemovesIt() {
		EClassifier award = grants.getEClassifier("Award");
		edit(award, null);
		UiDriver.waitUntil("a marker on the unnamed award", () -> TestFiles.markers(file, "ECO-001").size() == 2);
		assertEquals(1, TestFiles.markers(file, "ECO-002").size(), "the batch rule's marker stays after a live check");

		domain.getCommandStack().undo();
		live.modelChanged();
		UiDriver.waitUntil("the award's marker to go", () -> TestFiles.markers(file, "ECO-001").size() == 1);
	}

	@Test
	void iconsOfElementsWithProblemsAndOfTheirContainersAreMarked() {
		EClassifier award = grants.getEClassifier("Award");
		EClassifier unnamed = grants.getEClassifiers().get(0);
		Image icon = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
		assertEquals(Severity.ERROR, decorator.severityOf(unnamed));
		assertEquals(Severity.ERROR, decorator.severityOf(grants), "the package shows the worst problem inside it");
		assertNotNull(decorator.decorateImage(icon, unnamed));
		assertNull(decorator.severityOf(award));
		assertNull(decorator.decorateImage(icon, award), "a clean element keeps its icon");

		relabelled.clear();
		edit(award, null);
		UiDriver.waitUntil("the award's label to be refreshed", () -> relabelled.contains(award));
		assertEquals(Severity.ERROR, decorator.severityOf(award));
	}

	@Test
	void switchingARuleOffInThePreferencesRemovesItsMarkers() {
		ValidationPreferences.store(ValidationProfile.defaults().withEnabled("ECO-001", false));
		UiDriver.waitUntil("the switched-off rule's markers to go", () -> TestFiles.markers(file, "ECO-001").isEmpty());
		assertTrue(live.findings().stream().noneMatch(finding -> finding.rule().id().equals("ECO-001")));
		assertNull(decorator.severityOf(grants.getEClassifiers().get(0)));
		assertEquals(Severity.WARNING, decorator.severityOf(grants));
	}
}
