package org.civitas.ui.emf.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * A command stack whose triggers add their own follow-up changes to each command executed, so
 * that one Undo takes back the command and everything it caused. An open diagram uses it to
 * bring its layout up to date after a change made in the tree: undoing the change then puts the
 * diagram back exactly as it was, node positions included. (EMF Transaction's triggers do the
 * same; that library is not available here.)
 * <p>
 * While the model is written in the background, the stack is held: a command, Undo or Redo
 * waits until the writing is done, so that the file is one state of the model and no change
 * is lost or half written.
 */
public final class TriggeringCommandStack extends BasicCommandStack {

	private final List<Function<Command, Command>> triggers = new CopyOnWriteArrayList<>();
	/** Open while no save is writing the model; a held stack waits on it. */
	private volatile CountDownLatch saving;

	/**
	 * Adds a trigger: after each command runs, it may return a command with the changes that
	 * follow from it (or {@code null}); that command runs and is undone and redone with it.
	 */
	public void addTrigger(Function<Command, Command> trigger) {
		triggers.add(trigger);
	}

	public void removeTrigger(Function<Command, Command> trigger) {
		triggers.remove(trigger);
	}

	@Override
	public void execute(Command command) {
		awaitSave();
		super.execute(command == null || triggers.isEmpty() ? command : new Triggered(command));
	}

	@Override
	public void undo() {
		awaitSave();
		super.undo();
	}

	@Override
	public void redo() {
		awaitSave();
		super.redo();
	}

	/** Makes commands, Undo and Redo wait until {@link #release()}: a save is about to read the model. */
	public void hold() {
		saving = new CountDownLatch(1);
	}

	/** Lets waiting and later commands run: the save has read the model. */
	public void release() {
		CountDownLatch latch = saving;
		saving = null;
		if (latch != null) {
			latch.countDown();
		}
	}

	/** Whether a save is reading the model, so that changes wait. */
	public boolean isHeld() {
		return saving != null;
	}

	private void awaitSave() {
		CountDownLatch latch = saving;
		if (latch == null) {
			return;
		}
		try {
			latch.await();
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** A command and the follow-ups its execution triggered; it looks like the command itself. */
	private final class Triggered extends AbstractCommand {

		private final Command command;
		private final List<Command> followUps = new ArrayList<>();

		Triggered(Command command) {
			super(command.getLabel(), command.getDescription());
			this.command = command;
		}

		@Override
		protected boolean prepare() {
			return command.canExecute();
		}

		@Override
		public void execute() {
			command.execute();
			for (Function<Command, Command> trigger : triggers) {
				Command followUp = trigger.apply(command);
				if (followUp != null && followUp.canExecute()) {
					followUp.execute();
					followUps.add(followUp);
				}
			}
		}

		@Override
		public boolean canUndo() {
			return command.canUndo() && followUps.stream().allMatch(Command::canUndo);
		}

		@Override
		public void undo() {
			for (int i = followUps.size() - 1; i >= 0; i--) {
				followUps.get(i).undo();
			}
			command.undo();
		}

		@Override
		public void redo() {
			command.redo();
			followUps.forEach(Command::redo);
		}

		@Override
		public Collection<?> getResult() {
			return command.getResult();
		}

		@Override
		public Collection<?> getAffectedObjects() {
			return command.getAffectedObjects();
		}

		@Override
		public void dispose() {
			command.dispose();
			followUps.forEach(Command::dispose);
		}
	}
}
