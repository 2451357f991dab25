package org.civitas.portfolio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.SharedService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemStyledLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.StyledString;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The portfolio's folders as a tree shows them and as commands given to them act. */
class PortfolioFolderTest {

	private final PayrollFixture fixture = new PayrollFixture();
	private final ComposedAdapterFactory adapterFactory = fixture.adapterFactory;
	private final AdapterFactoryEditingDomain domain = fixture.domain;
	private final Portfolio portfolio = fixture.portfolio;

	@AfterEach
	void dispose() {
		fixture.dispose();
	}

	@Test
	void portfolioShowsOneFolderPerListInMetamodelOrder() {
		List<String> labels = children(portfolio).stream().map(this::label).toList();
		assertEquals(18, labels.size(), labels.toString());
		assertEquals("Organizations (3)", labels.get(0));
		assertEquals("Services (2)", labels.get(1));
		assertEquals("Subscriptions (4)", labels.get(2));
		assertTrue(labels.contains("Risks (1)"), labels.toString());
		assertTrue(labels.contains("Business Cases (0)"), labels.toString());
		assertTrue(labels.contains("KPIs (0)"), labels.toString());
	}

	@Test
	void elementsHaveTheirFolderAsParent() {
		PortfolioFolder services = folder(PortfolioPackage.Literals.PORTFOLIO__SERVICES);
		SharedService payroll = portfolio.getServices().get(0);
		assertEquals(List.copyOf(portfolio.getServices()), List.copyOf(children(services)));
		assertSame(services, treeProvider(payroll).getParent(payroll));
		assertSame(portfolio, treeProvider(services).getParent(services));
	}

	@Test
	void newChildInAFolderGoesToItsListAndIsUndoable() {
		PortfolioFolder risks = folder(PortfolioPackage.Literals.PORTFOLIO__RISKS);
		Collection<?> descriptors = domain.getNewChildDescriptors(risks, null);
		assertEquals(1, descriptors.size(), "a risk folder offers risks only");
		Command create = CreateChildCommand.create(domain, risks, descriptors.iterator().next(), List.of(risks));
		domain.getCommandStack().execute(create);
		assertEquals(2, portfolio.getRisks().size());
		assertTrue(create.getAffectedObjects().iterator().next() instanceof Risk);
		domain.getCommandStack().undo();
		assertEquals(1, portfolio.getRisks().size());
	}

	@Test
	void folderOfOrganizationsOffersEachConcreteKind() {
		PortfolioFolder organizations = folder(PortfolioPackage.Literals.PORTFOLIO__ORGANIZATIONS);
		List<String> kinds = domain.getNewChildDescriptors(organizations, null).stream()
				.map(descriptor -> ((CommandParameter) descriptor).getEValue().eClass().getName()).toList();
		assertEquals(List.of("Agency", "Vendor"), kinds);
	}

	@Test
	void deletingAnElementOfAFolderIsUndoableInPlace() {
		SharedService payroll = portfolio.getServices().get(0);
		domain.getCommandStack().execute(DeleteCommand.create(domain, payroll));
		assertFalse(portfolio.getServices().contains(payroll));
		domain.getCommandStack().undo();
		assertSame(payroll, portfolio.getServices().get(0));
	}

	@Test
	void dropOnAFolderOfAnotherKindIsRefused() {
		SharedService payroll = portfolio.getServices().get(0);
		Command dropOnRisks = DragAndDropCommand.create(domain, folder(PortfolioPackage.Literals.PORTFOLIO__RISKS), 0.5f,
				DragAndDropFeedback.DROP_MOVE, DragAndDropFeedback.DROP_MOVE, List.of(payroll));
		assertFalse(dropOnRisks.canExecute());
	}

	@Test
	void pastingIntoAFolderAddsToItsList() {
		SharedService copy = PortfolioFactory.eINSTANCE.createSharedService();
		Command paste = AddCommand.create(domain, folder(PortfolioPackage.Literals.PORTFOLIO__SERVICES), null, List.of(copy));
		assertTrue(paste.canExecute());
		domain.getCommandStack().execute(paste);
		assertTrue(portfolio.getServices().contains(copy));
	}

	@Test
	void addingAnElementRefreshesItsFolder() {
		PortfolioFolder services = folder(PortfolioPackage.Literals.PORTFOLIO__SERVICES);
		List<ViewerNotification> refreshes = new ArrayList<>();
		adapterFactory.addListener(notification -> {
			if (notification instanceof ViewerNotification refresh && refresh.isContentRefresh()) {
				refreshes.add(refresh);
			}
		});
		portfolio.getServices().add(PortfolioFactory.eINSTANCE.createSharedService());
		assertTrue(refreshes.stream().anyMatch(refresh -> refresh.getElement() == services), refreshes.toString());
		assertEquals("Services (3)", label(services));
	}

	private PortfolioFolder folder(Object list) {
		return children(portfolio).stream().filter(PortfolioFolder.class::isInstance).map(PortfolioFolder.class::cast)
				.filter(folder -> folder.getList() == list).findFirst().orElseThrow();
	}

	private ITreeItemContentProvider treeProvider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}

	private Collection<?> children(Object element) {
		return treeProvider(element).getChildren(element);
	}

	private String label(Object element) {
		IItemStyledLabelProvider provider = (IItemStyledLabelProvider) adapterFactory.adapt(element, IItemStyledLabelProvider.class);
		return ((StyledString) provider.getStyledText(element)).getString();
	}
}
