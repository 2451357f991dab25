package org.civitas.emf.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
 * While the model is read in the background (written to its file, validated), a command, Undo
 * or Redo waits until the reading is done, so that the file or the findings are of one state
 * of the model and no change is lost or half written.
 */
public final class TriggeringCommandStack extends BasicCommandStack {

	private final List<Function<Command, Command>> triggers = new CopyOnWriteArrayList<>();
	/** Changes take it exclusively; readers on other threads share it. */
	private final ReentrantReadWriteLock access = new ReentrantReadWriteLock();

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
		changing(() -> super.execute(command == null || triggers.isEmpty() ? command : new Triggered(command)));
	}

	@Override
	public void undo() {
		changing(super::undo);
	}

	@Override
	public void redo() {
		changing(super::redo);
	}

	/**
	 * Runs {@code reading} (on any thread) while no command, Undo or Redo changes the model:
	 * one that starts meanwhile waits until the reading is done. Saves and full validations in
	 * the background read the model this way, so that they see one state of it.
	 */
	public <T, E extends Exception> T readWhileChangesWait(ModelReading<T, E> reading) throws E {
		access.readLock().lock();
		try {
			return reading.read();
		} finally {
			access.readLock().unlock();
		}
	}

	/** Something that reads the model, as a save or a validation does. */
	@FunctionalInterface
	public interface ModelReading<T, E extends Exception> {
		T read() throws E;
	}

	private void changing(Runnable change) {
		access.writeLock().lock();
		try {
			change.run();
		} finally {
			access.writeLock().unlock();
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
