package org.civitas.validation.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationProfile;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Validate on files as saved: what a user sees in the Problems view afterwards. */
@ExtendWith(UiTestExtension.class)
class FileValidationTest {

	@AfterEach
	void restoreTheDefaultProfile() {
		ValidationPreferences.store(ValidationProfile.defaults());
	}

	private static void validate(IFile file) {
		FileValidation.schedule(List.of(file));
		UiDriver.waitForJobs(FileValidation.FAMILY);
	}

	@Test
	void findingsBecomeMarkersThatNameTheRuleTheCategoryAndTheElement() throws Exception {
		IFile file = TestFiles.copy("grants.ecore");
		validate(file);

		assertEquals(2, TestFiles.markers(file).size(), TestFiles.markers(file).toString());
		IMarker unnamed = TestFiles.markers(file, "ECO-001").get(0);
		assertEquals(IMarker.SEVERITY_ERROR, unnamed.getAttribute(IMarker.SEVERITY, -1));
		assertEquals("Naming", unnamed.getAttribute(ValidationMarkers.CATEGORY, ""));
		assertEquals("G1", unnamed.getAttribute(ValidationMarkers.STRATEGIES, ""));
		String message = unnamed.getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.startsWith("Classifier ") && message.endsWith("has no name [ECO-001, Naming]"), message);
		assertTrue(unnamed.getAttribute(IMarker.LOCATION, "").startsWith("grants / "), unnamed.getAttribute(IMarker.LOCATION, ""));
		Resource resource = new ResourceSetImpl().getResource(TestFiles.uri(file), true);
		assertSame(((EPackage) resource.getContents().get(0)).getEClassifiers().get(0),
				resource.getEObject(unnamed.getAttribute(ValidationMarkers.ELEMENT, "")), "the marker finds its element again");
		IMarker namespace = TestFiles.markers(file, "ECO-002").get(0);
		assertEquals(IMarker.SEVERITY_WARNING, namespace.getAttribute(IMarker.SEVERITY, -1));

		TestFiles.replaceText(file, "<eClassifiers xsi:type=\"ecore:EClass\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>",
				"<eClassifiers xsi:type=\"ecore:EClass\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" name=\"Grant\"/>");
		validate(file);
		assertEquals(List.of(), TestFiles.markers(file, "ECO-001"), "the repaired finding's marker is gone");
		assertEquals(List.of(namespace.getId()), TestFiles.markers(file, "ECO-002").stream().map(IMarker::getId).toList(),
				"an unchanged finding keeps its marker");
	}

	@Test
	void theProfileDecidesWhichRulesRunAndAtWhatSeverity() throws Exception {
		ValidationPreferences.store(ValidationProfile.defaults().withEnabled("ECO-001", false)
				.withSeverity("ECO-002", Severity.ERROR));
		IFile file = TestFiles.copy("grants.ecore");
		validate(file);
		assertEquals(List.of(), TestFiles.markers(file, "ECO-001"));
		assertEquals(IMarker.SEVERITY_ERROR, TestFiles.markers(file, "ECO-002").get(0).getAttribute(IMarker.SEVERITY, -1));
	}

	@Test
	void aFileThatCannotBeReadGetsOneErrorSayingWhyAndIsLeftAsItWas() throws Exception {
		IFile file = TestFiles.copy("truncated.ecore");
		byte[] before = file.getContents().readAllBytes();
		validate(file);
		List<IMarker> markers = TestFiles.markers(file);
		assertEquals(1, markers.size());
		assertEquals(IMarker.SEVERITY_ERROR, markers.get(0).getAttribute(IMarker.SEVERITY, -1));
		assertTrue(markers.get(0).getAttribute(IMarker.MESSAGE, "").startsWith("truncated.ecore cannot be read"),
				markers.get(0).getAttribute(IMarker.MESSAGE, ""));
		assertTrue(markers.get(0).getAttribute(IMarker.LOCATION, "").startsWith("line "),
				"the Location column says where the file breaks: " + markers.get(0).getAttribute(IMarker.LOCATION, ""));
		assertArrayEquals(before, file.getContents().readAllBytes());
	}
}
