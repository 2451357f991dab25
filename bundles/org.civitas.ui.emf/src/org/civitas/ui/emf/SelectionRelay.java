package org.civitas.ui.emf;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * An editor's selection as the workbench sees it (Properties view, Outline, Project Explorer's
 * link with editor, other editors of the model): whatever the editor's page or canvas last
 * selected, told with {@link #selected}.
 */
public final class SelectionRelay implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final Consumer<ISelection> reveal;
	private ISelection selection = StructuredSelection.EMPTY;

	/** @param reveal shows in the editor a selection asked for from outside */
	public SelectionRelay(Consumer<ISelection> reveal) {
		this.reveal = reveal;
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	/** Selects elements in the editor, as the Project Explorer or Outline ask when linked. */
	@Override
	public void setSelection(ISelection newSelection) {
		reveal.accept(newSelection);
	}

	/** Takes a selection made in the editor and tells the workbench. */
	public void selected(ISelection newSelection) {
		selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}
}
