package org.civitas.emf.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

/**
 * A version read on its own is let go whole: what adapted its elements (as long-lived item
 * providers do when they label them) no longer reaches it, so a history of hundreds of versions
 * holds one or two at a time.
 */
class ModelVersionTest {

	@Test
	void aReleasedVersionIsNoLongerReachableFromWhatAdaptedIt() throws IOException {
		URI location = URI.createURI("platform:/plugin/org.civitas.emf.xmi/data/shapes.ecore");
		Resource resource;
		try (InputStream in = new URL(location.toString()).openStream()) {
			resource = ModelVersion.read(in, location, location);
		}
		EPackage shapes = (EPackage) resource.getContents().get(0);
		AdapterImpl labelProvider = new AdapterImpl();
		shapes.getEClassifier("Circle").eAdapters().add(labelProvider);
		assertEquals(shapes.getEClassifier("Circle"), labelProvider.getTarget());

		ModelVersion.release(shapes.getEClassifier("Circle"));

		assertNull(labelProvider.getTarget(), "the adapter lets go of the element, and with it the version");
		assertTrue(resource.getContents().isEmpty(), "unloaded");
		assertNull(resource.getResourceSet(), "out of its resource set");
	}
}
