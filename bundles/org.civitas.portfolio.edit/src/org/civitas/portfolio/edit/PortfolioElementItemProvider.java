package org.civitas.portfolio.edit;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemStyledLabelProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.StyledString;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * The base of every generated portfolio item provider (the genmodel's
 * {@code providerRootExtendsClass}): what the generator cannot derive from the metamodel.
 * <ul>
 * <li>An SVG icon per class (see {@link PortfolioIcons}), also used for the "new child"
 * actions that create an instance of that class.</li>
 * <li>The portfolio's folders as parents of the elements they hold (see
 * {@link PortfolioFolder}).</li>
 * <li>A styled label: the caption, then the key figure in the decoration style, as in
 * "Payroll services — live, 12 agencies" (see {@link PortfolioLabels}).</li>
 * <li>Label refresh for elements whose key figure depends on another element: a container
 * that sums its children, a service or agency that counts its subscriptions.</li>
 * </ul>
 */
public class PortfolioElementItemProvider extends ItemProviderAdapter implements IItemStyledLabelProvider {

	public PortfolioElementItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/** Reference choices come from the model's index rather than a walk over the whole model. */
	@Override
	protected ItemPropertyDescriptor createItemPropertyDescriptor(AdapterFactory adapterFactory,
			ResourceLocator resourceLocator, String displayName, String description, EStructuralFeature feature,
			boolean isSettable, boolean multiLine, boolean sortChoices, Object staticImage, String category,
			String[] filterFlags) {
		return new IndexedChoicesPropertyDescriptor(adapterFactory, resourceLocator, displayName, description, feature,
				isSettable, multiLine, sortChoices, staticImage, category, filterFlags);
	}

	/** Setting a property is named after it, so that the Edit menu says "Undo Set Lifecycle". */
	@Override
	protected Command createSetCommand(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		return namedAfter(super.createSetCommand(domain, owner, feature, value), owner, feature);
	}

	@Override
	protected Command createSetCommand(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value,
			int index) {
		return namedAfter(super.createSetCommand(domain, owner, feature, value, index), owner, feature);
	}

	private Command namedAfter(Command command, EObject owner, EStructuralFeature feature) {
		if (command instanceof AbstractCommand named) {
			String property = getPropertyDescriptors(owner).stream().filter(descriptor -> descriptor.getFeature(owner) == feature)
					.map(descriptor -> descriptor.getDisplayName(owner)).findFirst().orElse(feature.getName());
			named.setLabel(PortfolioLabels.format(Messages.setProperty, property));
		}
		return command;
	}

	@Override
	public Object getImage(Object object) {
		return overlayImage(object, iconOf(((EObject) object)));
	}

	@Override
	public Object getCreateChildImage(Object owner, Object feature, Object child, Collection<?> selection) {
		return child instanceof EObject element ? iconOf(element)
				: super.getCreateChildImage(owner, feature, child, selection);
	}

	private static Object iconOf(EObject element) {
		return PortfolioIcons.of(element.eClass());
	}

	/** Elements kept in one of the portfolio's folders have that folder as their parent in trees. */
	@Override
	public Object getParent(Object object) {
		PortfolioFolder folder = PortfolioFolder.holding((EObject) object, adapterFactory);
		return folder != null ? folder : super.getParent(object);
	}

	@Override
	public Object getStyledText(Object object) {
		EObject element = (EObject) object;
		StyledString label = new StyledString(PortfolioLabels.caption(element));
		String figure = PortfolioLabels.keyFigure(element);
		if (figure != null && !figure.isBlank()) {
			label.append(Messages.separator + figure, StyledString.Style.DECORATIONS_STYLER);
		}
		return label;
	}

	@Override
	public void fireNotifyChanged(Notification notification) {
		super.fireNotifyChanged(notification);
		if (notification.isTouch()) {
			return;
		}
		for (Object dependent : labelsDependingOn(notification)) {
			super.fireNotifyChanged(new ViewerNotification(notification, dependent, false, true));
		}
	}

	/**
	 * Elements other than the changed one whose styled label may have changed: the container,
	 * whose key figure may sum its children; the changed element itself when only its content
	 * was refreshed; the service and agency of a subscription.
	 */
	private static Set<Object> labelsDependingOn(Notification notification) {
		Set<Object> dependents = new LinkedHashSet<>();
		Object notifier = notification.getNotifier();
		boolean containment = notification.getFeature() instanceof EReference reference && reference.isContainment();
		if (containment) {
			dependents.add(notifier);
		}
		if (notifier instanceof EObject element && element.eContainer() != null) {
			dependents.add(element.eContainer());
		}
		if (notifier instanceof Subscription subscription) {
			addSubscriptionEnds(subscription, dependents);
			addFormerEnd(notification.getOldValue(), dependents);
		}
		if (notifier instanceof Portfolio && notification.getFeature() == PortfolioPackage.Literals.PORTFOLIO__SUBSCRIPTIONS) {
			addSubscriptionEndsOf(notification.getNewValue(), dependents);
			addSubscriptionEndsOf(notification.getOldValue(), dependents);
		}
		dependents.remove(null);
		return dependents;
	}

	private static void addSubscriptionEndsOf(Object value, Set<Object> dependents) {
		if (value instanceof Subscription subscription) {
			addSubscriptionEnds(subscription, dependents);
		} else if (value instanceof Collection<?> values) {
			values.forEach(each -> addSubscriptionEndsOf(each, dependents));
		}
	}

	private static void addSubscriptionEnds(Subscription subscription, Set<Object> dependents) {
		dependents.add(subscription.getService());
		dependents.add(subscription.getConsumer());
	}

	/** The service or agency that a subscription pointed to before the change. */
	private static void addFormerEnd(Object oldValue, Set<Object> dependents) {
		if (oldValue instanceof SharedService || oldValue instanceof Agency) {
			dependents.add(oldValue);
		}
	}
}
