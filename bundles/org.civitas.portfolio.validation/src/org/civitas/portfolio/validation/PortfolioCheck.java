package org.civitas.portfolio.validation;

import org.civitas.validation.Findings;
import org.civitas.validation.RuleCheck;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;

/**
 * The logic of every portfolio rule, for the extension point: {@code plugin.xml} names this
 * class with the rule's id after a colon ({@code PortfolioCheck:SRV-001}), and the check runs
 * {@link PortfolioChecks#of(String)}. One class serves all rules, so a rule is a method, not
 * a file.
 */
public final class PortfolioCheck implements RuleCheck, IExecutableExtension {

	private RuleCheck check;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
		check = data instanceof String id ? PortfolioChecks.of(id) : null;
		if (check == null) {
			throw new CoreException(Status.error("no portfolio check for " + data)); //$NON-NLS-1$
		}
	}

	@Override
	public void check(EObject element, Findings findings) {
		check.check(element, findings);
	}
}
