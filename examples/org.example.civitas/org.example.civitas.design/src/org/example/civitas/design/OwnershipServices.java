package org.example.civitas.design;

import java.util.ArrayList;
import java.util.List;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Stakeholder;
import org.civitas.portfolio.model.StakeholderRole;
import org.eclipse.emf.ecore.EObject;

/**
 * The {@code ownership:} functions of the service ownership diagram: who owns what, which a
 * reference from service to owner answers only one way. Like every expression service, the
 * functions only read the model; the engine calls them while drawing, often and in any order.
 */
public class OwnershipServices {

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
		if (stakeholder instanceof Stakeholder owner && owner.eContainer() instanceof Portfolio portfolio) {
			for (SharedService service : portfolio.getServices()) {
				if (service.getOwner() == owner) {
					owned.add(service);
				}
			}
		}
		return owned;
	}
}
