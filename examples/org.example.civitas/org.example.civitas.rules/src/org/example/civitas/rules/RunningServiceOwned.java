package org.example.civitas.rules;

import java.util.Set;

import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.PortfolioPackage.Literals;
import org.civitas.portfolio.model.SharedService;
import org.civitas.validation.Findings;
import org.civitas.validation.RuleCheck;
import org.eclipse.emf.ecore.EObject;

/**
 * EXA-001: a service that agencies rely on has a service owner. A CMDB import brings in
 * running services whose configuration items name nobody; the portfolio has no other rule
 * that asks for an owner.
 */
public final class RunningServiceOwned implements RuleCheck {

	/**
	 * The stages in which agencies use the service. Before them the service is still its
	 * project's; once retired it needs nobody. A sunsetting service needs an owner most: someone
	 * must take the remaining agencies off it.
	 */
	private static final Set<LifecycleStage> RUNNING = Set.of(LifecycleStage.OPERATIONAL, LifecycleStage.SCALING,
			LifecycleStage.SUNSETTING);

	@Override
	public void check(EObject element, Findings findings) {
		SharedService service = (SharedService) element;
		if (RUNNING.contains(service.getLifecycle()) && service.getOwner() == null) {
			findings.reportOn(Literals.SHARED_SERVICE__OWNER, Words.inSentence(service.getLifecycle()));
		}
	}
}
