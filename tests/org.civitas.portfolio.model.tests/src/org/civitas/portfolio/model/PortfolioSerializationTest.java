package org.civitas.portfolio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** A saved portfolio comes back equal, and plain EMF reads it with nothing but the .ecore. */
class PortfolioSerializationTest {

	@TempDir
	Path folder;

	@Test
	void savedPortfolioLoadsBackEqual() throws IOException {
		Portfolio original = samplePortfolio();
		URI file = save(original, folder.resolve("sample.portfolio"));

		Portfolio loaded = (Portfolio) newResourceSet().getResource(file, true).getContents().get(0);

		assertTrue(EcoreUtil.equals(original, loaded), "a round trip changes nothing");
		SharedService grants = loaded.getServices().get(0);
		assertSame(loaded.getOrganizations().get(0), grants.getProvider(), "references resolve to the loaded elements");
		assertEquals(2, loaded.getSubscriptions().size());
	}

	@Test
	void savedPortfolioLoadsInDynamicEmfWithOnlyTheEcore() throws IOException {
		URI file = save(samplePortfolio(), folder.resolve("dynamic.portfolio"));

		ResourceSet dynamic = new ResourceSetImpl();
		dynamic.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		dynamic.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		URI ecore = URI.createURI(FrameworkUtil.getBundle(PortfolioPackage.class).getEntry("model/portfolio.ecore").toString());
		EPackage metamodel = (EPackage) dynamic.getResource(ecore, true).getContents().get(0);
		dynamic.getPackageRegistry().put(metamodel.getNsURI(), metamodel);

		EObject root = dynamic.getResource(file, true).getContents().get(0);

		assertEquals("Portfolio", root.eClass().getName());
		assertTrue(root.eClass().getEPackage() == metamodel, "the generated package played no part");
		EObject service = (EObject) ((List<?>) root.eGet(feature(root, "services"))).get(0);
		assertEquals("Grants portal", service.eGet(feature(service, "name")));
	}

	private static EStructuralFeature feature(EObject object, String name) {
		return object.eClass().getEStructuralFeature(name);
	}

	private static Portfolio samplePortfolio() {
		PortfolioFactory factory = PortfolioFactory.eINSTANCE;
		Portfolio portfolio = factory.createPortfolio();
		portfolio.setName("Federal grants");
		portfolio.setCurrency("USD");

		Agency provider = factory.createAgency();
		provider.setName("Department of Health and Human Services");
		provider.setJurisdictionLevel(JurisdictionLevel.FEDERAL);
		Agency consumer = factory.createAgency();
		consumer.setName("Department of Education");
		portfolio.getOrganizations().add(provider);
		portfolio.getOrganizations().add(consumer);

		SharedService grants = factory.createSharedService();
		grants.setName("Grants portal");
		grants.setServiceLine(ServiceLine.GRANTS);
		grants.setLifecycle(LifecycleStage.OPERATIONAL);
		grants.setProvider(provider);
		portfolio.getServices().add(grants);

		for (Agency agency : new Agency[] { provider, consumer }) {
			Subscription subscription = factory.createSubscription();
			subscription.setConsumer(agency);
			subscription.setService(grants);
			subscription.setStatus(SubscriptionStatus.LIVE);
			portfolio.getSubscriptions().add(subscription);
		}
		Risk risk = factory.createRisk();
		risk.setName("Legacy systems cannot be retired on time");
		risk.setLikelihood(3);
		risk.setImpact(4);
		risk.setSubject(grants);
		portfolio.getRisks().add(risk);
		return portfolio;
	}

	private static URI save(Portfolio portfolio, Path path) throws IOException {
		Resource resource = newResourceSet().createResource(URI.createFileURI(path.toString()));
		resource.getContents().add(portfolio);
		resource.save(Map.of());
		return resource.getURI();
	}

	private static ResourceSet newResourceSet() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("portfolio", new XMIResourceFactoryImpl());
		return resources;
	}
}
