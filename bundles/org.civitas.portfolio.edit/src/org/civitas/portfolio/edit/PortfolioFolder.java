package org.civitas.portfolio.edit;

import java.util.Collection;
import java.util.List;

import org.civitas.portfolio.model.Portfolio;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemStyledLabelProvider;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.StyledString;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * A folder under the portfolio in trees, holding the elements of one of its lists: "Services
 * (12)", "Risks (7)". A portfolio holds thousands of elements of twenty kinds; folders keep
 * each kind together and let a tree show a kind without loading the others.
 *
 * <p>The folder is not part of the model. Commands given to it (new child, paste, drop,
 * delete of its elements) act on the portfolio, restricted to the folder's list, so an
 * element dropped on the wrong folder is refused rather than filed elsewhere.
 */
public final class PortfolioFolder extends ItemProviderAdapter
		implements IEditingDomainItemProvider, IStructuredItemContentProvider, ITreeItemContentProvider,
		IItemLabelProvider, IItemStyledLabelProvider {

	private final EReference list;

	PortfolioFolder(AdapterFactory adapterFactory, Portfolio portfolio, EReference list) {
		super(adapterFactory);
		this.list = list;
		portfolio.eAdapters().add(this);
	}

	/** The folder of {@code element} in its portfolio, or {@code null} if it is not in one. */
	static PortfolioFolder holding(EObject element, AdapterFactory adapterFactory) {
		if (element.eContainer() instanceof Portfolio portfolio
				&& FolderedPortfolioItemProvider.isFoldered(element.eContainmentFeature())
				&& adapterFactory.adapt(portfolio, IEditingDomainItemProvider.class) instanceof FolderedPortfolioItemProvider provider) {
			return provider.folder(portfolio, element.eContainmentFeature());
		}
		return null;
	}

	/** The portfolio's list that this folder shows. */
	public EReference getList() {
		return list;
	}

	public Portfolio getPortfolio() {
		return (Portfolio) target;
	}

	/** A folder is never the adapter the factory looks for on the portfolio. */
	@Override
	public boolean isAdapterForType(Object type) {
		return false;
	}

	@Override
	protected Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		return List.of(list);
	}

	@Override
	public Collection<?> getElements(Object object) {
		return getChildren(object);
	}

	@Override
	public Collection<?> getChildren(Object object) {
		return (Collection<?>) getPortfolio().eGet(list);
	}

	@Override
	public boolean hasChildren(Object object) {
		return !getChildren(object).isEmpty();
	}

	@Override
	public Object getParent(Object object) {
		return target;
	}

	@Override
	public String getText(Object object) {
		return PortfolioEditPlugin.INSTANCE.getString("_UI_Portfolio_" + list.getName() + "_feature"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public Object getStyledText(Object object) {
		StyledString label = new StyledString(getText(object));
		label.append(" (" + getChildren(object).size() + ")", StyledString.Style.COUNTER_STYLER); //$NON-NLS-1$ //$NON-NLS-2$
		return label;
	}

	@Override
	public Object getImage(Object object) {
		return PortfolioIcons.named(PortfolioIcons.FOLDER);
	}

	@Override
	public ResourceLocator getResourceLocator() {
		return PortfolioEditPlugin.INSTANCE;
	}

	/** What the portfolio offers to create in this folder's list, beside {@code sibling} if given. */
	@Override
	public Collection<?> getNewChildDescriptors(Object object, EditingDomain editingDomain, Object sibling) {
		IEditingDomainItemProvider portfolioProvider = (IEditingDomainItemProvider) adapterFactory.adapt(target,
				IEditingDomainItemProvider.class);
		return portfolioProvider.getNewChildDescriptors(target, editingDomain, sibling).stream()
				.filter(descriptor -> descriptor instanceof CommandParameter parameter && parameter.getFeature() == list)
				.toList();
	}

	@Override
	public Object getCreateChildImage(Object owner, Object feature, Object child, Collection<?> selection) {
		return child instanceof EObject element ? PortfolioIcons.of(element.eClass())
				: super.getCreateChildImage(owner, feature, child, selection);
	}

	/**
	 * Commands on the folder act on the portfolio. A drop keeps the folder as its owner, so
	 * that the add it turns into comes back here and is limited to the folder's list.
	 */
	@Override
	public Command createCommand(Object object, EditingDomain domain, Class<? extends Command> commandClass,
			CommandParameter parameter) {
		if (commandClass == DragAndDropCommand.class) {
			return super.createCommand(object, domain, commandClass, parameter);
		}
		parameter.setOwner(target);
		return super.createCommand(target, domain, commandClass, parameter);
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification.getFeature() == list && !notification.isTouch()) {
			fireNotifyChanged(new ViewerNotification(notification, this, true, true));
		}
	}
}
