package org.civitas.emf.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.civitas.examples.ExamplePortfolios;
import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.CostEntry;
import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three-way merges of portfolios: what one side changed is applied, what both changed alike is
 * applied once, and each kind of real conflict is recorded with ours kept, and can be settled
 * by taking theirs.
 */
class ThreeWayMergeTest {

	private final DiffText words = new DiffText(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
	private final Portfolio base = example();
	private final Portfolio ours = EcoreUtil.copy(base);
	private final Portfolio theirs = EcoreUtil.copy(base);

	@Test
	void changesOfEitherSideAreAllApplied() {
		service(ours, "email").setName("Hosted e-mail");
		service(theirs, "archive").setLifecycle(LifecycleStage.RETIRED);
		theirs.getOrganizations().add(agency("fisheries", "Fisheries"));
		theirs.getSubscriptions().remove(subscription(theirs, "sub-parks"));
		service(theirs, "email").getDependsOn().add(service(theirs, "legacy-mail"));

		MergeResult result = merge();

		assertTrue(result.clean(), () -> result.conflicts().toString());
		assertEquals("Hosted e-mail", service(ours, "email").getName());
		assertEquals(LifecycleStage.RETIRED, service(ours, "archive").getLifecycle());
		assertEquals("Fisheries", element(ours, "fisheries", Agency.class).getName());
		assertNull(find(ours, "sub-parks"), "theirs' deletion");
		assertTrue(service(ours, "email").getDependsOn().contains(service(ours, "legacy-mail")), "theirs' new reference points into ours");
	}

	@Test
	void theSameChangeOnBothSidesIsAppliedOnce() {
		for (Portfolio side : List.of(ours, theirs)) {
			service(side, "email").setLifecycle(LifecycleStage.RETIRED);
			side.getOrganizations().add(agency("fisheries", "Fisheries"));
		}

		MergeResult result = merge();

		assertTrue(result.clean(), () -> result.conflicts().toString());
		assertEquals(1, ours.getOrganizations().stream().filter(agency -> "fisheries".equals(agency.getId())).count());
		assertEquals(LifecycleStage.RETIRED, service(ours, "email").getLifecycle());
	}

	@Test
	void oneValueSetDifferentlyIsAConflictThatKeepsOursUntilTheirsIsTaken() throws Exception {
		LifecycleStage was = service(base, "email").getLifecycle();
		service(ours, "email").setLifecycle(LifecycleStage.OPERATIONAL);
		service(theirs, "email").setLifecycle(LifecycleStage.RETIRED);

		Conflict conflict = single(merge());

		assertEquals(Conflict.Kind.VALUE, conflict.kind());
		assertEquals(List.of("email", "lifecycle", "Shared Service \"Hosted e-mail and calendar\"", "Lifecycle",
				words.value(PortfolioPackage.Literals.SHARED_SERVICE__LIFECYCLE, was), "Operational", "Retired"),
				List.of(conflict.element(), conflict.feature(), conflict.elementText(), conflict.featureText(), conflict.base(),
						conflict.ours(), conflict.theirs()));
		assertEquals(LifecycleStage.OPERATIONAL, service(ours, "email").getLifecycle(), "ours meanwhile");
		ConflictResolution.takeTheirs(ours, conflict);
		assertEquals(LifecycleStage.RETIRED, service(ours, "email").getLifecycle());
	}

	@Test
	void anElementTheyDeletedThatWeChangedStaysUntilTheirsIsTaken() throws Exception {
		Risk risk = element(ours, "risk-vendor", Risk.class);
		risk.setLikelihood(risk.getLikelihood() == 5 ? 1 : 5);
		EcoreUtil.delete(element(theirs, "risk-vendor", Risk.class), true);

		Conflict conflict = single(merge());

		assertEquals(Conflict.Kind.DELETED_BY_THEIRS, conflict.kind());
		assertEquals("risk-vendor", conflict.element());
		assertTrue(conflict.ours().startsWith("~ Risk "), conflict.ours());
		assertEquals("deleted", conflict.theirs());
		assertNotNull(find(ours, "mit-exit"), "kept with its contents");
		ConflictResolution.takeTheirs(ours, conflict);
		assertNull(find(ours, "risk-vendor"));
		assertNull(find(ours, "mit-exit"));
	}

	@Test
	void anElementWeDeletedThatTheyChangedStaysDeletedUntilTheirsIsTaken() throws Exception {
		EcoreUtil.delete(element(ours, "risk-vendor", Risk.class), true);
		element(theirs, "risk-vendor", Risk.class).setName("Vendor lock-in, reassessed");
		int place = theirs.getRisks().indexOf(element(theirs, "risk-vendor", Risk.class));

		Conflict conflict = single(merge());

		assertEquals(Conflict.Kind.DELETED_BY_OURS, conflict.kind());
		assertEquals(List.of("present", "deleted", "~ Risk \"Vendor lock-in, reassessed\": Name: Single vendor for a critical service"
				+ " \u2192 Vendor lock-in, reassessed"), List.of(conflict.base(), conflict.ours(), conflict.theirs()));
		assertNull(find(ours, "risk-vendor"), "ours meanwhile");
		ConflictResolution.takeTheirs(ours, conflict);
		Risk restored = element(ours, "risk-vendor", Risk.class);
		assertEquals("Vendor lock-in, reassessed", restored.getName());
		assertEquals(place, ours.getRisks().indexOf(restored), "where theirs has it");
		assertNotNull(find(ours, "mit-exit"), "with its contents");
		assertEquals(element(theirs, "risk-vendor", Risk.class).getOwner().getId(), restored.getOwner().getId(),
				"its references point into the merged model");
		assertSame(ours, EcoreUtil.getRootContainer(restored.getOwner()));
	}

	@Test
	void aReferenceToAnElementTheOtherSideDeletedIsAConflictNeverADanglingReference() throws Exception {
		Subscription subscription = PortfolioFactory.eINSTANCE.createSubscription();
		subscription.setId("sub-archive-parks");
		subscription.setConsumer(element(ours, "parks", Agency.class));
		subscription.setService(service(ours, "archive"));
		ours.getSubscriptions().add(subscription);
		EcoreUtil.delete(element(theirs, "parks", Agency.class), true);

		Conflict conflict = single(merge());

		assertEquals(Conflict.Kind.DELETED_BY_THEIRS, conflict.kind());
		assertEquals("parks", conflict.element());
		assertSame(element(ours, "parks", Agency.class), subscription(ours, "sub-archive-parks").getConsumer());
		ConflictResolution.takeTheirs(ours, conflict);
		assertNull(find(ours, "parks"));
		assertNull(subscription(ours, "sub-archive-parks").getConsumer(), "the reference goes with the element");
	}

	@Test
	void theirReferenceToAnElementWeDeletedIsRestoredWithItWhenTheirsIsTaken() throws Exception {
		EcoreUtil.delete(element(ours, "parks", Agency.class), true);
		service(theirs, "archive").setProvider(element(theirs, "parks", Agency.class));

		Conflict conflict = single(merge());

		assertEquals(Conflict.Kind.DELETED_BY_OURS, conflict.kind());
		Object provider = service(ours, "archive").getProvider();
		assertTrue(provider == null || EcoreUtil.getRootContainer((EObject) provider) == ours, "never a dangling reference");
		ConflictResolution.takeTheirs(ours, conflict);
		assertSame(element(ours, "parks", Agency.class), service(ours, "archive").getProvider());
	}

	@Test
	void anElementBothMovedToDifferentPlacesIsAConflict() throws Exception {
		String firstStatement = ours.getCostStatements().get(1).getId();
		ours.getCostStatements().get(1).getEntries().add(entry(ours, "hb-personnel"));
		theirs.getCostStatements().get(2).getEntries().add(entry(theirs, "hb-personnel"));

		Conflict conflict = single(merge());

		assertEquals(Conflict.Kind.MOVE, conflict.kind());
		assertEquals(List.of("Cost Entry hb-personnel", "in Entries of Cost Statement \"" + base.getCostStatements().get(0).getName() + "\"",
				"in Entries of Cost Statement \"" + base.getCostStatements().get(1).getName() + "\"",
				"in Entries of Cost Statement \"" + base.getCostStatements().get(2).getName() + "\""),
				List.of(conflict.elementText(), conflict.base(), conflict.ours(), conflict.theirs()));
		assertEquals(firstStatement, entry(ours, "hb-personnel").eContainer().eGet(
				entry(ours, "hb-personnel").eContainer().eClass().getEIDAttribute()), "ours meanwhile");
		ConflictResolution.takeTheirs(ours, conflict);
		assertSame(ours.getCostStatements().get(2), entry(ours, "hb-personnel").eContainer());
	}

	@Test
	void anElementMovedByOneSideMovesAndTheOtherSidesChangeToItStays() {
		ours.getCostStatements().get(1).getEntries().add(entry(ours, "hb-personnel"));
		entry(theirs, "hb-personnel").setAmount(123_456);

		MergeResult result = merge();

		assertTrue(result.clean(), () -> result.conflicts().toString());
		assertSame(ours.getCostStatements().get(1), entry(ours, "hb-personnel").eContainer());
		assertEquals(123_456, entry(ours, "hb-personnel").getAmount());
	}

	@Test
	void listsMergeTheirItemsAndOnlyTrueOrderClashesConflict() throws Exception {
		// Ours moves the last service first; theirs adds one after the first: both kept, ours' order.
		ours.getServices().move(0, ours.getServices().size() - 1);
		SharedService added = PortfolioFactory.eINSTANCE.createSharedService();
		added.setId("calendar");
		added.setName("Shared calendar");
		theirs.getServices().add(1, added);

		MergeResult merged = merge();

		assertTrue(merged.clean(), () -> merged.conflicts().toString());
		assertEquals(List.of("legacy-mail", "email", "calendar", "archive"), ids(ours.getServices()));

		// Both reorder one list differently: a conflict, ours' order kept.
		Portfolio base2 = EcoreUtil.copy(ours);
		Portfolio ours2 = EcoreUtil.copy(ours);
		Portfolio theirs2 = EcoreUtil.copy(ours);
		ours2.getServices().move(3, 0);
		theirs2.getServices().move(0, 3);

		Conflict conflict = single(ThreeWayMerge.merge(base2, ours2, theirs2, words));

		assertEquals(Conflict.Kind.ORDER, conflict.kind());
		assertEquals(List.of("email", "calendar", "archive", "legacy-mail"), ids(ours2.getServices()));
		ConflictResolution.takeTheirs(ours2, conflict);
		assertEquals(ids(theirs2.getServices()), ids(ours2.getServices()));
	}

	@Test
	void aConflictSurvivesItsFileAndIsTakenFromIt(@TempDir Path folder) throws Exception {
		EcoreUtil.delete(element(ours, "risk-vendor", Risk.class), true);
		element(theirs, "risk-vendor", Risk.class).setName("Vendor lock-in, reassessed");
		service(ours, "email").setLifecycle(LifecycleStage.OPERATIONAL);
		service(theirs, "email").setLifecycle(LifecycleStage.RETIRED);
		MergeResult result = merge();
		Path model = folder.resolve("email.portfolio");

		ConflictFile.write(model, result.conflicts());
		List<Conflict> read = ConflictFile.read(model);

		assertEquals(result.conflicts(), read);
		for (Conflict conflict : read) {
			ConflictResolution.takeTheirs(ours, conflict);
		}
		assertEquals("Vendor lock-in, reassessed", element(ours, "risk-vendor", Risk.class).getName());
		assertEquals(LifecycleStage.RETIRED, service(ours, "email").getLifecycle());
		ConflictFile.write(model, List.of());
		assertFalse(Files.exists(ConflictFile.of(model)), "no companion file without conflicts");
	}

	private MergeResult merge() {
		return ThreeWayMerge.merge(base, ours, theirs, words);
	}

	private static Conflict single(MergeResult result) {
		assertEquals(1, result.conflicts().size(), () -> result.conflicts().toString());
		return result.conflicts().get(0);
	}

	private static List<String> ids(List<? extends EObject> elements) {
		return elements.stream().map(EcoreUtil::getID).toList();
	}

	private static Agency agency(String id, String name) {
		Agency agency = PortfolioFactory.eINSTANCE.createAgency();
		agency.setId(id);
		agency.setName(name);
		return agency;
	}

	private static EObject find(Portfolio portfolio, String id) {
		return ElementKeys.of(portfolio).element(id);
	}

	private static <T> T element(Portfolio portfolio, String id, Class<T> type) {
		return type.cast(find(portfolio, id));
	}

	private static SharedService service(Portfolio portfolio, String id) {
		return element(portfolio, id, SharedService.class);
	}

	private static Subscription subscription(Portfolio portfolio, String id) {
		return element(portfolio, id, Subscription.class);
	}

	private static CostEntry entry(Portfolio portfolio, String id) {
		return element(portfolio, id, CostEntry.class);
	}

	private static Portfolio example() {
		URL url = ExamplePortfolios.all().stream().filter(example -> example.getPath().endsWith("/state-email-consolidation.portfolio"))
				.findFirst().orElseThrow();
		Resource resource = new PortfolioResourceFactory().createResource(URI.createURI(url.toString()));
		new ResourceSetImpl().getResources().add(resource);
		try {
			resource.load(Map.of());
		} catch (IOException unreadable) {
			throw new IllegalStateException(unreadable);
		}
		return (Portfolio) resource.getContents().get(0);
	}
}
