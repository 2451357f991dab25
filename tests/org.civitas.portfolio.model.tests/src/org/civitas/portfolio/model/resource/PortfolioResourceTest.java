package org.civitas.portfolio.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.civitas.emf.xmi.LoadProblem;
import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.SharedService;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

class PortfolioResourceTest {

	@TempDir
	Path folder;

	private final PortfolioFactory factory = PortfolioFactory.eINSTANCE;

	@Test
	void portfolioFilesOpenAsPortfolioResources() {
		Resource resource = new ResourceSetImpl().createResource(URI.createFileURI(folder.resolve("a.portfolio").toString()));
		assertInstanceOf(PortfolioResource.class, resource, "the .portfolio extension is registered");
	}

	@Test
	void elementsGetIdsWhenTheyJoinAndKeepThemAcrossSaveAndLoad() throws IOException {
		Resource resource = newResource("ids.portfolio");
		Portfolio portfolio = factory.createPortfolio();
		resource.getContents().add(portfolio);
		SharedService service = factory.createSharedService();
		portfolio.getServices().add(service);
		String serviceId = service.getId();
		assertNotNull(serviceId, "an element added to a resource gets an id at once");
		resource.save(Map.of());

		Portfolio loaded = (Portfolio) new ResourceSetImpl().getResource(resource.getURI(), true).getContents().get(0);

		assertEquals(portfolio.getId(), loaded.getId());
		assertEquals(serviceId, loaded.getServices().get(0).getId());
	}

	@Test
	void aCopyThatJoinsGetsItsOwnIdAndTheOriginalKeepsItsOwn() {
		Resource resource = newResource("copies.portfolio");
		Portfolio portfolio = factory.createPortfolio();
		resource.getContents().add(portfolio);
		SharedService original = factory.createSharedService();
		portfolio.getServices().add(original);
		String originalId = original.getId();

		SharedService copy = EcoreUtil.copy(original);
		portfolio.getServices().add(copy);

		assertEquals(originalId, original.getId());
		assertNotNull(copy.getId());
		assertNotEquals(originalId, copy.getId());
		assertSame(original, resource.getEObject(originalId));
		assertSame(copy, resource.getEObject(copy.getId()));
	}

	@Test
	void anElementMovedOrRestoredKeepsItsId() {
		Resource resource = newResource("moves.portfolio");
		Portfolio portfolio = factory.createPortfolio();
		resource.getContents().add(portfolio);
		SharedService service = factory.createSharedService();
		portfolio.getServices().add(service);
		String id = service.getId();

		portfolio.getServices().remove(service);
		portfolio.getServices().add(service);

		assertEquals(id, service.getId());
	}

	@Test
	void referencesAreStoredByIdNotByPosition() throws IOException {
		Resource resource = newResource("references.portfolio");
		Portfolio portfolio = factory.createPortfolio();
		resource.getContents().add(portfolio);
		Agency provider = factory.createAgency();
		portfolio.getOrganizations().add(provider);
		SharedService service = factory.createSharedService();
		service.setProvider(provider);
		portfolio.getServices().add(service);
		resource.save(Map.of());

		String saved = Files.readString(Path.of(resource.getURI().toFileString()));
		assertTrue(saved.contains("provider=\"#" + provider.getId() + "\""), saved);
		assertFalse(saved.contains("//@"), "no positional references that break when elements move");

		Portfolio loaded = (Portfolio) new ResourceSetImpl().getResource(resource.getURI(), true).getContents().get(0);
		assertSame(loaded.getOrganizations().get(0), loaded.getServices().get(0).getProvider());
	}

	@Test
	void aFailedSaveLeavesThePreviousFileIntact() throws IOException {
		Resource resource = newResource("intact.portfolio");
		Portfolio portfolio = factory.createPortfolio();
		portfolio.setName("Saved once");
		resource.getContents().add(portfolio);
		resource.save(Map.of());
		Path file = Path.of(resource.getURI().toFileString());
		String before = Files.readString(file);

		SharedService service = factory.createSharedService();
		service.setProvider(factory.createAgency()); // an agency in no resource cannot be saved
		portfolio.getServices().add(service);
		assertThrows(IOException.class, () -> resource.save(Map.of()));

		assertEquals(before, Files.readString(file));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(1, files.count(), "no partial file is left behind");
		}
	}

	@Test
	void aFileWithADocumentTypeIsRefusedAndReadsNothingElse() {
		LoadProblem problem = loadFixture("hostile-xxe.portfolio");

		assertTrue(problem.file().endsWith("hostile-xxe.portfolio"), problem.toString());
		assertEquals(2, problem.line(), problem.toString());
		assertTrue(problem.message().contains("DOCTYPE"), problem.toString());
	}

	@Test
	void aTruncatedFileNamesWhereItBreaks() {
		LoadProblem problem = loadFixture("truncated.portfolio");

		assertTrue(problem.toString().contains("truncated.portfolio:"), problem.toString());
		assertTrue(problem.line() >= 3, problem.toString());
	}

	@Test
	void anUnknownAttributeNamesItsLineAndName() {
		LoadProblem problem = loadFixture("unknown-feature.portfolio");

		assertEquals(3, problem.line(), problem.toString());
		assertTrue(problem.message().contains("colour"), problem.toString());
	}

	private LoadProblem loadFixture(String name) {
		// Fixtures live in this test fragment, which getEntry on the host bundle does not search.
		URL fixture = FrameworkUtil.getBundle(PortfolioResourceTest.class).findEntries("data", name, false).nextElement();
		URI uri = URI.createURI(fixture.toString());
		ResourceSet resources = new ResourceSetImpl();
		Resource resource = new PortfolioResourceFactory().createResource(uri);
		resources.getResources().add(resource);
		IOException failure = assertThrows(IOException.class, () -> resource.load(Map.of()));
		return LoadProblem.of(uri, failure);
	}

	private Resource newResource(String name) {
		return new ResourceSetImpl().createResource(URI.createFileURI(folder.resolve(name).toString()));
	}
}
