package org.civitas.emf.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XMI files that are safe to open, never half-written, and, when hand-written, located by line. */
class SafeXmiResourceTest {

	@TempDir
	Path folder;

	private static URI fixture(String name) {
		return URI.createPlatformPluginURI("org.civitas.emf.xmi/data/" + name, true);
	}

	@Test
	void eachLoadedElementKnowsItsLine() throws IOException {
		LocatedXmiResource resource = new LocatedXmiResource(fixture("shapes.ecore"));
		new ResourceSetImpl().getResources().add(resource);

		resource.load(Map.of());

		EPackage shapes = (EPackage) resource.getContents().get(0);
		assertEquals(3, resource.lineOf(shapes));
		assertEquals(4, resource.lineOf(shapes.getEClassifier("Shape")));
		assertEquals(7, resource.lineOf(shapes.getEClassifier("Circle")), "the line where the start tag ends");
		assertEquals(0, resource.lineOf(EcoreFactory.eINSTANCE.createEClass()), "not loaded, no line");
	}

	@Test
	void aDocumentTypeDeclarationIsRefused() throws IOException {
		Path file = folder.resolve("entity.ecore");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE x [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
				<ecore:EPackage xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="&secret;"/>
				""");
		SafeXmiResource resource = new SafeXmiResource(URI.createFileURI(file.toString()));
		new ResourceSetImpl().getResources().add(resource);

		assertThrows(IOException.class, () -> resource.load(Map.of()));
		assertTrue(resource.getErrors().get(0).getMessage().contains("DOCTYPE"),
				resource.getErrors().get(0).getMessage());
	}

	@Test
	void aFailedSaveLeavesThePreviousFileIntact() throws IOException {
		Path file = folder.resolve("shapes.ecore");
		SafeXmiResource resource = new SafeXmiResource(URI.createFileURI(file.toString()));
		new ResourceSetImpl().getResources().add(resource);
		EPackage shapes = EcoreFactory.eINSTANCE.createEPackage();
		shapes.setName("shapes");
		resource.getContents().add(shapes);
		resource.save(Map.of());
		String saved = Files.readString(file);

		EClass circle = EcoreFactory.eINSTANCE.createEClass();
		circle.setName("Circle");
		shapes.getEClassifiers().add(circle);
		// A reference to a class in no resource cannot be written: saving must fail.
		circle.getESuperTypes().add(EcoreFactory.eINSTANCE.createEClass());

		assertThrows(IOException.class, () -> resource.save(Map.of()));
		assertEquals(saved, Files.readString(file));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no partial file is left behind");
		}
	}
}
