package org.civitas.validation;

import java.util.Collection;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * One way to repair the findings of a rule, as offered to the user: "Add a target of 100%".
 *
 * @param label what the fix does, as an imperative that reads well in a menu
 * @param action the logic
 */
public record QuickFix(String label, RuleFix action) {

	public QuickFix {
		Objects.requireNonNull(label, "label"); //$NON-NLS-1$
		Objects.requireNonNull(action, "action"); //$NON-NLS-1$
	}

	/** Whether this fix can repair {@code finding}. */
	public boolean repairs(EditingDomain domain, Finding finding) {
		Command command = action.repair(domain, finding);
		boolean executable = command.canExecute();
		command.dispose();
		return executable;
	}

	/**
	 * One command that repairs every finding this fix can repair, so that fixing many findings
	 * at once is one step to undo. Findings it cannot repair are left alone.
	 */
	public Command repairAll(EditingDomain domain, Collection<Finding> findings) {
		CompoundCommand all = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, label);
		for (Finding finding : findings) {
			Command command = action.repair(domain, finding);
			if (command.canExecute()) {
				all.append(command);
			} else {
				command.dispose();
			}
		}
		return all.unwrap();
	}
}
