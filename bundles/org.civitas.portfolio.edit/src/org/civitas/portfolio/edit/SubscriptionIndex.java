package org.civitas.portfolio.edit;

import java.util.HashMap;
import java.util.Map;

import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.SubscriptionStatus;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

/**
 * How many agencies use each service and how many services each agency uses, counted once
 * per portfolio and kept until a subscription changes. Labels ask for these counts for every
 * visible service, so scanning the subscriptions each time would make a tree of thousands of
 * services quadratic.
 */
final class SubscriptionIndex extends AdapterImpl {

	/** Adoption of one service or by one agency. */
	record Adoption(int live, int migrating) {
		static final Adoption NONE = new Adoption(0, 0);

		Adoption plus(SubscriptionStatus status) {
			return switch (status) {
				case LIVE -> new Adoption(live + 1, migrating);
				case MIGRATING -> new Adoption(live, migrating + 1);
				default -> this;
			};
		}
	}

	private final Portfolio portfolio;
	private Map<SharedService, Adoption> byService;
	private Map<Agency, Adoption> byAgency;

	private SubscriptionIndex(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	/** The index of {@code portfolio}, attached on first use. */
	static SubscriptionIndex of(Portfolio portfolio) {
		for (Adapter adapter : portfolio.eAdapters()) {
			if (adapter instanceof SubscriptionIndex index) {
				return index;
			}
		}
		SubscriptionIndex index = new SubscriptionIndex(portfolio);
		portfolio.eAdapters().add(index);
		return index;
	}

	Adoption of(SharedService service) {
		build();
		return byService.getOrDefault(service, Adoption.NONE);
	}

	Adoption of(Agency agency) {
		build();
		return byAgency.getOrDefault(agency, Adoption.NONE);
	}

	private void build() {
		if (byService != null) {
			return;
		}
		byService = new HashMap<>();
		byAgency = new HashMap<>();
		for (Subscription subscription : portfolio.getSubscriptions()) {
			if (!subscription.eAdapters().contains(this)) {
				subscription.eAdapters().add(this);
			}
			if (subscription.getService() != null) {
				byService.merge(subscription.getService(), Adoption.NONE.plus(subscription.getStatus()), SubscriptionIndex::sum);
			}
			if (subscription.getConsumer() != null) {
				byAgency.merge(subscription.getConsumer(), Adoption.NONE.plus(subscription.getStatus()), SubscriptionIndex::sum);
			}
		}
	}

	private static Adoption sum(Adoption first, Adoption second) {
		return new Adoption(first.live() + second.live(), first.migrating() + second.migrating());
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification.isTouch()) {
			return;
		}
		Object notifier = notification.getNotifier();
		boolean subscriptionsChanged = notifier == portfolio
				&& notification.getFeature() == PortfolioPackage.Literals.PORTFOLIO__SUBSCRIPTIONS;
		if (notifier instanceof Subscription || subscriptionsChanged) {
			byService = null;
			byAgency = null;
		}
		if (subscriptionsChanged) {
			forgetRemoved(notification.getOldValue());
		}
	}

	/** A removed subscription must not keep the index alive nor invalidate it later. */
	private void forgetRemoved(Object oldValue) {
		if (oldValue instanceof Subscription removed) {
			removed.eAdapters().remove(this);
		} else if (oldValue instanceof Iterable<?> removedOnes) {
			for (Object removed : removedOnes) {
				forgetRemoved(removed);
			}
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == SubscriptionIndex.class;
	}
}
