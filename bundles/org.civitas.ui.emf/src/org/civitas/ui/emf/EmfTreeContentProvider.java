package org.civitas.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * A lazy tree content provider over EMF.Edit item providers, for a {@link TreeViewer} made
 * with {@code SWT.VIRTUAL} and hash lookup. Only the rows on screen are asked for, so opening
 * a model of a hundred thousand elements or expanding a node with ten thousand children costs
 * what the visible rows cost.
 *
 * <p>Model changes reach the viewer through the item providers' viewer notifications,
 * gathered and applied once per event-loop turn, so a command that changes a thousand
 * elements refreshes each affected node once.
 *
 * <p>The input may be a resource set, a resource or any element; its children are the roots.
 * A filter ({@link #setFilter(Predicate)}) keeps the elements that match and their ancestors,
 * since JFace cannot filter a lazy tree itself.
 */
public class EmfTreeContentProvider implements ILazyTreeContentProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private final Map<Object, List<?>> childrenShown = new HashMap<>();
	private final Set<Object> pendingRefreshes = new LinkedHashSet<>();
	private final Set<Object> pendingLabelUpdates = new LinkedHashSet<>();
	private TreeViewer viewer;
	private Object input;
	private Predicate<Object> filter;
	private Set<Object> kept;

	public EmfTreeContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = (TreeViewer) newViewer;
		input = newInput;
		childrenShown.clear();
		kept = filter == null || newInput == null ? null : keptElements();
	}

	@Override
	public void updateElement(Object parent, int index) {
		List<?> children = childrenShown(parent);
		if (index < children.size()) {
			Object child = children.get(index);
			viewer.replace(parent, index, child);
			viewer.setHasChildren(child, hasChildren(child));
		}
	}

	@Override
	public void updateChildCount(Object element, int currentChildCount) {
		int count = childrenShown(element).size();
		if (count != currentChildCount) {
			viewer.setChildCount(element, count);
		}
	}

	@Override
	public Object getParent(Object element) {
		if (element == input) {
			return null;
		}
		if (element instanceof Resource resource) {
			return resource.getResourceSet() == input ? input : null;
		}
		ITreeItemContentProvider provider = treeProvider(element);
		Object parent = provider == null ? null : provider.getParent(element);
		if (parent == null && element instanceof EObject eObject && eObject.eResource() != null) {
			return eObject.eResource() == input ? input : eObject.eResource();
		}
		return parent;
	}

	/** The children the tree shows for {@code parent}: all, or those the filter keeps. */
	public List<?> childrenShown(Object parent) {
		return childrenShown.computeIfAbsent(parent, key -> {
			Collection<?> children = children(key);
			if (kept == null) {
				return new ArrayList<>(children);
			}
			return children.stream().filter(kept::contains).toList();
		});
	}

	private boolean hasChildren(Object element) {
		if (kept != null) {
			return !childrenShown(element).isEmpty();
		}
		ITreeItemContentProvider provider = treeProvider(element);
		return provider != null && provider.hasChildren(element);
	}

	private Collection<?> children(Object parent) {
		if (parent instanceof ResourceSet resourceSet) {
			return resourceSet.getResources();
		}
		if (parent instanceof Resource resource) {
			return resource.getContents();
		}
		ITreeItemContentProvider provider = treeProvider(parent);
		return provider == null ? List.of() : provider.getChildren(parent);
	}

	private ITreeItemContentProvider treeProvider(Object element) {
		return adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider
				? provider
				: null;
	}

	/**
	 * Shows only the elements that {@code matches} accepts, with their ancestors, and expands
	 * the tree to them; {@code null} shows everything again. Matching walks the whole model
	 * once, so callers should not call it on every keystroke.
	 */
	public void setFilter(Predicate<Object> matches) {
		filter = matches;
		childrenShown.clear();
		kept = filter == null || input == null ? null : keptElements();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh();
			if (kept != null) {
				kept.stream().filter(filter).forEach(element -> viewer.expandToLevel(element, 0));
			}
		}
	}

	/** Whether a filter is set. */
	public boolean isFiltering() {
		return filter != null;
	}

	private Set<Object> keptElements() {
		Set<Object> result = new HashSet<>();
		collectKept(input, result);
		return result;
	}

	/** Adds the descendants of {@code parent} that match or hold a match; tells whether any did. */
	private boolean collectKept(Object parent, Set<Object> result) {
		boolean any = false;
		for (Object child : children(parent)) {
			boolean keep = collectKept(child, result) | filter.test(child);
			if (keep) {
				result.add(child);
				any = true;
			}
		}
		return any;
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (!(notification instanceof IViewerNotification change) || viewer == null) {
			return;
		}
		boolean first = pendingRefreshes.isEmpty() && pendingLabelUpdates.isEmpty();
		Object element = change.getElement();
		if (change.isContentRefresh()) {
			pendingRefreshes.add(element);
		}
		if (change.isLabelUpdate()) {
			pendingLabelUpdates.add(element);
		}
		if (first) {
			Display display = viewer.getControl().getDisplay();
			display.asyncExec(this::applyPendingChanges);
		}
	}

	private void applyPendingChanges() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			pendingRefreshes.clear();
			pendingLabelUpdates.clear();
			return;
		}
		if (kept != null && !pendingRefreshes.isEmpty()) {
			kept = keptElements();
			childrenShown.clear();
		}
		for (Object element : pendingRefreshes) {
			childrenShown.remove(element);
			viewer.refresh(element == null ? input : element, pendingLabelUpdates.contains(element));
		}
		pendingLabelUpdates.removeAll(pendingRefreshes);
		pendingRefreshes.clear();
		if (!pendingLabelUpdates.isEmpty()) {
			viewer.update(pendingLabelUpdates.toArray(), null);
			pendingLabelUpdates.clear();
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		childrenShown.clear();
		viewer = null;
	}
}
