package org.civitas.emf.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

/**
 * What a trigger adds to a command is undone and redone with it, in one step, and the pair looks
 * like the command itself in the Edit menu.
 */
class TriggeringCommandStackTest {

	private final TriggeringCommandStack stack = new TriggeringCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
	private final EClass service = named("Payroll");
	private final EClass shadow = named("Payroll");

	private static EClass named(String name) {
		EClass element = EcoreFactory.eINSTANCE.createEClass();
		element.setName(name);
		return element;
	}

	private Command rename(EClass element, String name) {
		SetCommand command = new SetCommand(domain, element, EcorePackage.Literals.ENAMED_ELEMENT__NAME, name);
		command.setLabel("Rename");
		return command;
	}

	@Test
	void aChangeMadeWhileASaveReadsTheModelWaitsAndIsKept() throws Exception {
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch readingDone = new CountDownLatch(1);
		Thread save = new Thread(() -> {
			try {
				stack.readWhileChangesWait(() -> {
					reading.countDown();
					return readingDone.await(10, TimeUnit.SECONDS);
				});
			} catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		});
		save.start();
		reading.await(10, TimeUnit.SECONDS);
		Thread editor = new Thread(() -> stack.execute(rename(service, "Payroll and pensions")));
		editor.start();
		editor.join(300);
		assertTrue(editor.isAlive(), "the change waits while the model is read");
		assertEquals("Payroll", service.getName());

		readingDone.countDown();
		editor.join(10_000);
		save.join(10_000);
		assertFalse(editor.isAlive());
		assertEquals("Payroll and pensions", service.getName(), "the change is made once the save has read the model");
	}

	@Test
	void followUpIsUndoneAndRedoneWithTheCommandInOneStep() {
		stack.addTrigger(executed -> rename(shadow, "Shadow of " + service.getName()));
		stack.execute(rename(service, "Payroll and pensions"));
		assertEquals("Shadow of Payroll and pensions", shadow.getName());

		stack.undo();
		assertEquals("Payroll", service.getName());
		assertEquals("Payroll", shadow.getName(), "the follow-up is undone with the command");
		assertFalse(stack.canUndo(), "command and follow-up were one step");

		stack.redo();
		assertEquals("Payroll and pensions", service.getName());
		assertEquals("Shadow of Payroll and pensions", shadow.getName());
	}

	@Test
	void theStepLooksLikeTheCommand() {
		stack.addTrigger(executed -> rename(shadow, "Shadow"));
		Command command = rename(service, "Payroll and pensions");
		stack.execute(command);
		assertEquals("Rename", stack.getUndoCommand().getLabel());
		assertEquals(List.copyOf(command.getAffectedObjects()), List.copyOf(stack.getMostRecentCommand().getAffectedObjects()));
	}

	@Test
	void triggersSeeEachCommandAndMayAddNothing() {
		List<Command> seen = new ArrayList<>();
		Function<Command, Command> watcher = executed -> {
			seen.add(executed);
			return null;
		};
		stack.addTrigger(watcher);
		Command first = rename(service, "First");
		stack.execute(first);
		assertEquals(List.of(first), seen);
		assertTrue(stack.canUndo());

		stack.removeTrigger(watcher);
		stack.execute(rename(service, "Second"));
		assertEquals(List.of(first), seen, "a removed trigger hears nothing more");
		stack.undo();
		stack.undo();
		assertEquals("Payroll", service.getName());
	}
}
