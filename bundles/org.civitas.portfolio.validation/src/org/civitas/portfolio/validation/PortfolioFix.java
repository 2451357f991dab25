package org.civitas.portfolio.validation;

import java.util.List;

import org.civitas.validation.Finding;
import org.civitas.validation.RuleFix;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The logic of every portfolio quick fix, for the extension point: {@code plugin.xml} names
 * this class with the fix's key after a colon ({@code PortfolioFix:KPI-001}), and the fix runs
 * {@link PortfolioFixes#of(String)}, as {@link PortfolioCheck} does for the checks. Its command
 * carries the label the {@code <fix>} element declares, so that the undo menu names the repair
 * as the quick fix menu did.
 */
public final class PortfolioFix implements RuleFix, IExecutableExtension {

	private PortfolioFixes.Repair repair;
	private String label;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
		repair = data instanceof String key ? PortfolioFixes.of(key) : null;
		if (repair == null) {
			throw new CoreException(Status.error("no portfolio fix for " + data)); //$NON-NLS-1$
		}
		label = config.getAttribute("label"); //$NON-NLS-1$
	}

	@Override
	public Command repair(EditingDomain domain, Finding finding) {
		List<Command> commands = repair.commands(domain, finding);
		return commands.isEmpty() ? UnexecutableCommand.INSTANCE : new CompoundCommand(label, commands);
	}
}
