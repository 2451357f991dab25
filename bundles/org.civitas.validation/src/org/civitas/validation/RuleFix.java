package org.civitas.validation;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The logic of a quick fix: a command that repairs what one finding reports. The command
 * goes on the editing domain's stack, so the user can undo it like any edit; a fix never
 * changes the model itself.
 */
@FunctionalInterface
public interface RuleFix {

	/**
	 * The command that repairs {@code finding}'s element in {@code domain}, or
	 * {@link UnexecutableCommand#INSTANCE} when this fix cannot repair this finding (then it is
	 * not offered for it).
	 */
	Command repair(EditingDomain domain, Finding finding);
}
