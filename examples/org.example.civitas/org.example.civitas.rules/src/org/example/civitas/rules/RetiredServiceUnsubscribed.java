package org.example.civitas.rules;

import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.PortfolioPackage.Literals;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.SubscriptionStatus;
import org.civitas.validation.ElementLabels;
import org.civitas.validation.Findings;
import org.civitas.validation.RuleCheck;
import org.eclipse.emf.ecore.EObject;

/**
 * EXA-002: no agency is still on, moving to, or planning for a retired service. This is what a
 * CMDB import shows when the CMDB has retired a service that the portfolio still counts on.
 */
public final class RetiredServiceUnsubscribed implements RuleCheck {

	@Override
	public void check(EObject element, Findings findings) {
		Subscription subscription = (Subscription) element;
		if (isOnRetiredService(subscription)) {
			findings.reportOn(Literals.SUBSCRIPTION__STATUS, ElementLabels.of(subscription.getConsumer()),
					Words.inSentence(subscription.getStatus()), ElementLabels.of(subscription.getService()));
		}
	}

	/**
	 * Whether an agency's subscription is not withdrawn although its service is retired; the fix
	 * asks again before it repairs. A subscription without its agency or service is left to the
	 * portfolio's own rule for incomplete subscriptions (MOD-002).
	 */
	static boolean isOnRetiredService(Subscription subscription) {
		SharedService service = subscription.getService();
		return subscription.getConsumer() != null && service != null && service.getLifecycle() == LifecycleStage.RETIRED
				&& subscription.getStatus() != SubscriptionStatus.WITHDRAWN;
	}
}
