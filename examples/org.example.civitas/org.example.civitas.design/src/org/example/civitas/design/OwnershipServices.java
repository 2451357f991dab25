package org.example.civitas.design;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.civitas.portfolio.model.Organization;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Stakeholder;
import org.civitas.portfolio.model.StakeholderRole;
import org.eclipse.emf.ecore.EObject;

/**
 * The {@code ownership:} functions of the service ownership diagram: the questions that a
 * service's references to its provider and owner answer only the other way round (what does
 * this organization provide, what does this person own). Like every expression service, the
 * functions only read the model; the engine calls them while drawing, often and in any order.
 */
public class OwnershipServices {

	/** The organizations that provide at least one service, in the order of the services. */
	public List<Organization> providers(EObject portfolio) {
		Set<Organization> providers = new LinkedHashSet<>();
		if (portfolio instanceof Portfolio model) {
			for (SharedService service : model.getServices()) {
				if (service.getProvider() != null) {
					providers.add(service.getProvider());
				}
			}
		}
		return List.copyOf(providers);
	}

	/** The services an organization provides. */
	public List<SharedService> servicesFrom(EObject organization) {
		List<SharedService> provided = new ArrayList<>();
		if (organization instanceof Organization provider && provider.eContainer() instanceof Portfolio model) {
			for (SharedService service : model.getServices()) {
				if (service.getProvider() == provider) {
					provided.add(service);
				}
			}
		}
		return provided;
	}

	/**
	 * The people a service can be given to on the diagram: those who own a service already and
	 * those whose role is service owner, in the portfolio's order.
	 */
	public List<Stakeholder> owners(EObject portfolio) {
		List<Stakeholder> owners = new ArrayList<>();
		if (portfolio instanceof Portfolio model) {
			for (Stakeholder stakeholder : model.getStakeholders()) {
				if (stakeholder.getRole() == StakeholderRole.SERVICE_OWNER || !servicesOf(stakeholder).isEmpty()) {
					owners.add(stakeholder);
				}
			}
		}
		return owners;
	}

	/** The services a stakeholder owns. */
	public List<SharedService> servicesOf(EObject stakeholder) {
		List<SharedService> owned = new ArrayList<>();
		if (stakeholder instanceof Stakeholder owner && owner.eContainer() instanceof Portfolio model) {
			for (SharedService service : model.getServices()) {
				if (service.getOwner() == owner) {
					owned.add(service);
				}
			}
		}
		return owned;
	}
}
