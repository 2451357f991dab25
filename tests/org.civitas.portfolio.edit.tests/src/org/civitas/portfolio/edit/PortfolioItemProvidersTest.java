package org.civitas.portfolio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.JurisdictionLevel;
import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.SubscriptionStatus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemStyledLabelProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.StyledString;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The portfolio as the tree, the Properties view and the "New Child" menus present it, through
 * the item provider factories registered in the running platform.
 */
class PortfolioItemProvidersTest {

	private final PayrollFixture fixture = new PayrollFixture();
	private final ComposedAdapterFactory adapterFactory = fixture.adapterFactory;
	private final AdapterFactoryEditingDomain domain = fixture.domain;
	private final Portfolio portfolio = fixture.portfolio;

	@AfterEach
	void dispose() {
		fixture.dispose();
	}

	@Test
	void serviceLabelShowsLifecycleAndAdoption() {
		assertEquals("Payroll services \u2014 operational, 2 agencies, 1 migrating", label(element("payroll")));
	}

	@Test
	void unnamedElementIsCalledByItsType() {
		assertEquals("Shared Service \u2014 pilot, no agencies", label(element("hr")));
	}

	@Test
	void unnamedElementsAreCalledByWhatIdentifiesThem() {
		assertEquals("Department of Finance \u2192 Payroll services \u2014 live", label(element("sub-finance")));
		assertEquals("Personnel \u2014 1.2M USD", label(element("staff")));
		assertEquals("Payroll licences \u2014 300K USD", label(element("licences")));
	}

	@Test
	void aggregateFiguresSumTheChildren() {
		assertEquals("Payroll baseline \u2014 baseline FY2024, 1.5M USD", label(element("baseline")));
		assertEquals("Parks \u2014 multi jurisdiction alliance, no services live, 1 migrating", label(element("parks")));
		assertEquals("Payroll consolidation \u2014 2 services, 3 agencies", label(portfolio));
		assertEquals("Payroll errors at cut-over \u2014 critical (20), residual medium (6)", label(element("risk")));
	}

	@Test
	void keyFigureIsStyledAsDecoration() {
		StyledString styled = styled(element("payroll"));
		StyledString.Fragment last = lastFragment(styled);
		assertEquals(StyledString.Style.DECORATIONS_STYLER, last.getStyle());
		assertTrue(last.getString().contains("2 agencies"));
	}

	@Test
	void subscriptionChangeRefreshesTheServiceLabel() {
		Subscription parks = (Subscription) element("sub-parks");
		SharedService payroll = parks.getService();
		label(parks); // a tree shows the subscription, so its item provider observes it
		List<ViewerNotification> labelUpdates = new ArrayList<>();
		adapterFactory.addListener(notification -> {
			if (notification instanceof ViewerNotification update && update.isLabelUpdate()) {
				labelUpdates.add(update);
			}
		});

		parks.setStatus(SubscriptionStatus.LIVE);

		assertTrue(labelUpdates.stream().anyMatch(update -> update.getElement() == payroll),
				"no label update for the service");
		assertTrue(labelUpdates.stream().anyMatch(update -> update.getElement() == parks.getConsumer()),
				"no label update for the agency");
		assertEquals("Payroll services \u2014 operational, 3 agencies", label(payroll));
	}

	@Test
	void removingASubscriptionUpdatesTheCounts() {
		Subscription finance = (Subscription) element("sub-finance");
		SharedService payroll = finance.getService();
		label(payroll);
		EcoreUtil.remove(finance);
		assertEquals("Payroll services \u2014 operational, 1 agency, 1 migrating", label(payroll));
	}

	@Test
	void everyConcreteClassHasAnSvgIcon() throws IOException {
		for (EClassifier classifier : PortfolioPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract()) {
				EObject instance = EcoreUtil.create(type);
				Object image = ((IItemLabelProvider) adapterFactory.adapt(instance, IItemLabelProvider.class)).getImage(instance);
				assertTrue(image instanceof URL, type.getName() + " has no icon");
				try (InputStream icon = ((URL) image).openStream()) {
					String svg = new String(icon.readAllBytes(), StandardCharsets.UTF_8);
					assertTrue(svg.contains("<svg") && svg.contains("viewBox=\"0 0 16 16\""),
							type.getName() + " icon is not a 16x16 SVG: " + image);
				}
			}
		}
	}

	@Test
	void propertiesHaveCategoryAndDescriptionFromTheMetamodel() {
		IItemPropertyDescriptor lifecycle = descriptor(element("payroll"), PortfolioPackage.Literals.SHARED_SERVICE__LIFECYCLE);
		assertEquals("Lifecycle", lifecycle.getDisplayName(element("payroll")));
		assertEquals("Classification", lifecycle.getCategory(element("payroll")));
		assertEquals("Stage in the service life cycle.", lifecycle.getDescription(element("payroll")));
		assertTrue(lifecycle.canSetProperty(element("payroll")));
	}

	@Test
	void theIdThatReferencesRelyOnCannotBeEdited() {
		IItemPropertyDescriptor id = descriptor(element("payroll"), PortfolioPackage.Literals.IDENTIFIED__ID);
		assertEquals("ID", id.getDisplayName(element("payroll")));
		assertFalse(id.canSetProperty(element("payroll")));
	}

	@Test
	void everyPropertyOfEveryClassIsCategorizedAndDocumented() {
		List<String> problems = new ArrayList<>();
		for (EClassifier classifier : PortfolioPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract()) {
				EObject instance = EcoreUtil.create(type);
				for (IItemPropertyDescriptor descriptor : propertySource(instance).getPropertyDescriptors(instance)) {
					String where = type.getName() + "." + descriptor.getDisplayName(instance);
					if (descriptor.getCategory(instance) == null) {
						problems.add(where + " has no category");
					}
					if (descriptor.getDescription(instance).startsWith("The ")) {
						problems.add(where + " has only the generic description: " + descriptor.getDescription(instance));
					}
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void enumValuesAndReferenceChoicesReadWell() {
		Agency parks = (Agency) element("parks");
		IItemPropertyDescriptor level = descriptor(parks, PortfolioPackage.Literals.AGENCY__JURISDICTION_LEVEL);
		assertEquals("Multi jurisdiction alliance",
				level.getLabelProvider(parks).getText(JurisdictionLevel.MULTI_JURISDICTION_ALLIANCE));
		IItemPropertyDescriptor provider = descriptor(element("payroll"), PortfolioPackage.Literals.SHARED_SERVICE__PROVIDER);
		assertTrue(provider.isSortChoices(element("payroll")));
		assertTrue(provider.getChoiceOfValues(element("payroll")).contains(element("finance")));
	}

	@Test
	void referenceChoicesAreThoseOfTheWholeModel() {
		List<String> differences = new ArrayList<>();
		for (EObject element : (Iterable<EObject>) () -> portfolio.eResource().getAllContents()) {
			for (IItemPropertyDescriptor property : propertySource(element).getPropertyDescriptors(element)) {
				if (property.getFeature(element) instanceof EReference reference) {
					Set<Object> walked = new HashSet<>(ItemPropertyDescriptor.getReachableObjectsOfType(element, reference.getEType()));
					if (!reference.isMany()) {
						walked.add(null);
					}
					Set<Object> offered = new HashSet<>(property.getChoiceOfValues(element));
					if (!walked.equals(offered)) {
						differences.add(element.eClass().getName() + "." + reference.getName());
					}
				}
			}
		}
		assertEquals(List.of(), differences);
	}

	@Test
	void referenceChoicesFollowAddUndoAndMove() {
		Subscription subscription = (Subscription) element("sub-finance");
		IItemPropertyDescriptor service = descriptor(subscription, PortfolioPackage.Literals.SUBSCRIPTION__SERVICE);
		SharedService hr = (SharedService) element("hr");
		assertTrue(service.getChoiceOfValues(subscription).contains(hr));

		domain.getCommandStack().execute(DeleteCommand.create(domain, hr));
		assertFalse(service.getChoiceOfValues(subscription).contains(hr), "a deleted service is no longer offered");
		domain.getCommandStack().undo();
		assertTrue(service.getChoiceOfValues(subscription).contains(hr), "undo offers it again");

		SharedService added = PortfolioFactory.eINSTANCE.createSharedService();
		domain.getCommandStack().execute(AddCommand.create(domain, portfolio, PortfolioPackage.Literals.PORTFOLIO__SERVICES, added));
		assertTrue(service.getChoiceOfValues(subscription).contains(added), "a new service is offered at once");
		domain.getCommandStack().execute(MoveCommand.create(domain, portfolio, PortfolioPackage.Literals.PORTFOLIO__SERVICES, added, 0));
		assertEquals(1, service.getChoiceOfValues(subscription).stream().filter(added::equals).count(),
				"a moved service is offered once");
	}

	@Test
	void aChangeToAPropertyIsNamedAfterIt() {
		SharedService payroll = (SharedService) element("payroll");
		Command lifecycle = SetCommand.create(domain, payroll, PortfolioPackage.Literals.SHARED_SERVICE__LIFECYCLE,
				LifecycleStage.RETIRED);
		assertEquals("Set Lifecycle", lifecycle.getLabel());
		domain.getCommandStack().execute(lifecycle);
		assertEquals("Set Lifecycle", domain.getCommandStack().getUndoCommand().getLabel(), "the Edit menu says Undo Set Lifecycle");
		assertEquals("Set Provider", SetCommand.create(domain, payroll, PortfolioPackage.Literals.SHARED_SERVICE__PROVIDER,
				element("finance")).getLabel());
	}

	@Test
	void newChildIsCreatedUndoneAndRedone() {
		CommandParameter newService = childDescriptor(domain.getNewChildDescriptors(portfolio, null),
				PortfolioPackage.Literals.PORTFOLIO__SERVICES);
		Command create = CreateChildCommand.create(domain, portfolio, newService, List.of(portfolio));
		assertTrue(create.canExecute());
		assertEquals("Shared Service", ((CreateChildCommand) create).getText());
		assertTrue(((URL) ((CreateChildCommand) create).getImage()).getPath().endsWith("/SharedService.svg"));

		domain.getCommandStack().execute(create);
		SharedService created = portfolio.getServices().get(2);
		assertNotNull(created.getId(), "a new element gets its identity when it joins the file");

		domain.getCommandStack().undo();
		assertEquals(2, portfolio.getServices().size());
		domain.getCommandStack().redo();
		assertEquals(created, portfolio.getServices().get(2));
	}

	@Test
	void newSiblingLandsBesideTheSelection() {
		SharedService payroll = (SharedService) element("payroll");
		CommandParameter newService = childDescriptor(domain.getNewChildDescriptors(null, payroll),
				PortfolioPackage.Literals.PORTFOLIO__SERVICES);
		domain.getCommandStack().execute(CreateChildCommand.create(domain, null, newService, List.of(payroll)));
		assertEquals(3, portfolio.getServices().size());
		assertEquals(payroll, portfolio.getServices().get(0));
		assertFalse(List.of(element("payroll"), element("hr")).contains(portfolio.getServices().get(1)),
				"the new service follows the selected one");
	}

	private EObject element(String id) {
		EObject element = portfolio.eResource().getEObject(id);
		assertNotNull(element, "fixture has no element " + id);
		return element;
	}

	private StyledString styled(EObject element) {
		return (StyledString) ((IItemStyledLabelProvider) adapterFactory.adapt(element, IItemStyledLabelProvider.class))
				.getStyledText(element);
	}

	private String label(EObject element) {
		return styled(element).getString();
	}

	private static StyledString.Fragment lastFragment(StyledString styled) {
		StyledString.Fragment last = null;
		for (StyledString.Fragment fragment : styled) {
			last = fragment;
		}
		return last;
	}

	private IItemPropertySource propertySource(EObject element) {
		return (IItemPropertySource) adapterFactory.adapt(element, IItemPropertySource.class);
	}

	private IItemPropertyDescriptor descriptor(EObject element, EStructuralFeature feature) {
		return propertySource(element).getPropertyDescriptors(element).stream()
				.filter(descriptor -> descriptor.getFeature(element) == feature).findFirst()
				.orElseThrow(() -> new AssertionError("no property for " + feature.getName()));
	}

	private static CommandParameter childDescriptor(Collection<?> descriptors, EStructuralFeature feature) {
		return descriptors.stream().map(CommandParameter.class::cast).filter(descriptor -> descriptor.getFeature() == feature)
				.findFirst().orElseThrow(() -> new AssertionError("cannot create a child in " + feature.getName()));
	}
}
