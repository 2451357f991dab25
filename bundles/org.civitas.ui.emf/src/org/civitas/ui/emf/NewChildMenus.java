package org.civitas.ui.emf;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;

/**
 * The "New Child" and "New Sibling" submenus for a selected element, listing what its item
 * provider offers to create. Each entry executes a create-child command on the domain's stack
 * and hands the new element to a callback (to select it, or start renaming it).
 */
public final class NewChildMenus {

	private final EditingDomain domain;
	private final Consumer<Collection<?>> whenCreated;

	public NewChildMenus(EditingDomain domain, Consumer<Collection<?>> whenCreated) {
		this.domain = domain;
		this.whenCreated = whenCreated;
	}

	/** Adds both submenus for {@code selected} to {@code menu}; an empty submenu is left out. */
	public void fill(IMenuManager menu, Object selected) {
		MenuManager children = new MenuManager(Messages.NewChildMenus_newChild, "newChild"); //$NON-NLS-1$
		for (Object descriptor : domain.getNewChildDescriptors(selected, null)) {
			children.add(new CreateAction(CreateChildCommand.create(domain, selected, descriptor, List.of(selected))));
		}
		MenuManager siblings = new MenuManager(Messages.NewChildMenus_newSibling, "newSibling"); //$NON-NLS-1$
		for (Object descriptor : domain.getNewChildDescriptors(null, selected)) {
			siblings.add(new CreateAction(CreateChildCommand.create(domain, null, descriptor, List.of(selected))));
		}
		if (!children.isEmpty()) {
			menu.add(children);
		}
		if (!siblings.isEmpty()) {
			menu.add(siblings);
		}
	}

	private final class CreateAction extends Action {

		private final Command command;

		CreateAction(Command command) {
			this.command = command;
			if (command instanceof CommandActionDelegate delegate) {
				setText(delegate.getText());
				setToolTipText(delegate.getToolTipText());
				setImageDescriptor(EmfImages.descriptor(delegate.getImage()));
			} else {
				setText(command.getLabel());
			}
			setEnabled(command.canExecute());
		}

		@Override
		public void run() {
			domain.getCommandStack().execute(command);
			whenCreated.accept(command.getAffectedObjects());
		}
	}
}
