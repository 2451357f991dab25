package org.civitas.ui.emf.properties;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;

/**
 * Tells a section to show the model again after it changed elsewhere: in another editor, by
 * Undo or Redo, or by code that bypasses commands. It listens to the shown elements (for direct
 * changes) and to their command stack (for changes to other elements that their labels and
 * choices depend on). A burst of changes, such as one compound command, gives one refresh,
 * run on the display thread once the change is over.
 */
final class ModelChangeWatcher {

	private final Display display;
	private final Runnable refresh;
	private final AtomicBoolean refreshPending = new AtomicBoolean();
	private final Adapter elementListener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (!notification.isTouch()) {
				scheduleRefresh();
			}
		}
	};
	private final CommandStackListener commandStackListener = event -> scheduleRefresh();

	private List<EObject> elements = List.of();
	private CommandStack commandStack;

	ModelChangeWatcher(Display display, Runnable refresh) {
		this.display = display;
		this.refresh = refresh;
	}

	/** Watches the selected elements instead of those watched so far. */
	void watch(SelectedElements selected) {
		stop();
		elements = selected.elements();
		elements.forEach(element -> element.eAdapters().add(elementListener));
		if (selected.domain() != null) {
			commandStack = selected.domain().getCommandStack();
			commandStack.addCommandStackListener(commandStackListener);
		}
	}

	void stop() {
		elements.forEach(element -> element.eAdapters().remove(elementListener));
		elements = List.of();
		if (commandStack != null) {
			commandStack.removeCommandStackListener(commandStackListener);
			commandStack = null;
		}
	}

	private void scheduleRefresh() {
		if (display.isDisposed() || !refreshPending.compareAndSet(false, true)) {
			return;
		}
		display.asyncExec(() -> {
			refreshPending.set(false);
			if (!elements.isEmpty()) {
				refresh.run();
			}
		});
	}
}
