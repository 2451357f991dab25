package org.civitas.emf.xmi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves a team can review and merge with plain Git: the same model gives the same bytes, and one
 * changed value is one changed line.
 */
class LineStableSavesTest {

	@TempDir
	Path folder;

	@Test
	void savingAnUnchangedModelGivesTheSameBytesAndOneChangeIsOneLine() throws IOException {
		EPackage model = EcoreFactory.eINSTANCE.createEPackage();
		model.setName("services");
		model.setNsURI("http://example.org/services");
		model.setNsPrefix("services");
		for (String name : List.of("Agency", "SharedService", "Subscription")) {
			EClass type = EcoreFactory.eINSTANCE.createEClass();
			type.setName(name);
			type.setInterface(false);
			model.getEClassifiers().add(type);
		}
		Path first = save(model, "first.ecore");
		Path second = save(model, "second.ecore");
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "the same bytes");

		((EClass) model.getEClassifier("SharedService")).setName("Service");
		List<String> before = Files.readAllLines(first);
		List<String> after = Files.readAllLines(save(model, "third.ecore"));
		assertEquals(before.size(), after.size(), "no line moves");
		List<String> changed = new ArrayList<>();
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).equals(after.get(i))) {
				changed.add(after.get(i).strip());
			}
		}
		assertEquals(List.of("name=\"Service\"/>"), changed, "one changed value, one changed line");
	}

	private Path save(EPackage model, String name) throws IOException {
		Path file = folder.resolve(name);
		Resource resource = new SafeXmiResource(URI.createFileURI(file.toString()));
		new ResourceSetImpl().getResources().add(resource);
		Resource home = model.eResource();
		resource.getContents().add(model);
		resource.save(Map.of());
		if (home != null) {
			home.getContents().add(model);
		}
		return file;
	}
}
