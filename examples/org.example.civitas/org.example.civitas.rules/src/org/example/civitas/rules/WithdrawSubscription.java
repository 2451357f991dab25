package org.example.civitas.rules;

import java.util.List;

import org.civitas.portfolio.model.PortfolioPackage.Literals;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.SubscriptionStatus;
import org.civitas.validation.Finding;
import org.civitas.validation.RuleFix;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The quick fix of EXA-002: the subscription to a retired service is withdrawn. The service's
 * lifecycle says the agency cannot be on it any more; the withdrawal date is left for a person
 * to enter, since the model does not know it.
 */
public final class WithdrawSubscription implements RuleFix, IExecutableExtension {

	/** The fix's label from plugin.xml, so that Undo names the repair as the quick fix menu did. */
	private String label;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		label = config.getAttribute("label"); //$NON-NLS-1$
	}

	@Override
	public Command repair(EditingDomain domain, Finding finding) {
		// Looked at again: another fix, or the user, may have repaired it since it was found.
		if (!(finding.element() instanceof Subscription subscription) || !RetiredServiceUnsubscribed.isOnRetiredService(subscription)) {
			return UnexecutableCommand.INSTANCE;
		}
		Command withdraw = SetCommand.create(domain, subscription, Literals.SUBSCRIPTION__STATUS, SubscriptionStatus.WITHDRAWN);
		return new CompoundCommand(label, List.of(withdraw));
	}
}
