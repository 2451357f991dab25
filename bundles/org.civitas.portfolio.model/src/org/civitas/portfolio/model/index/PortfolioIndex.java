package org.civitas.portfolio.model.index;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.FundingModel;
import org.civitas.portfolio.model.Kpi;
import org.civitas.portfolio.model.MaturityAssessment;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.SubscriptionStatus;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

/**
 * What the portfolio says about each service and agency as a whole (which agencies use a
 * service, whether a KPI or a funding model covers it, its latest maturity assessment,
 * whether it lies on a loop of dependencies), computed once and kept until one of the
 * elements it was computed from changes. Labels and rules ask this for every service; working
 * it out each time would scan every subscription per service, quadratic on a large portfolio.
 */
public final class PortfolioIndex extends AdapterImpl {

	/** How many distinct agencies (or services) an adoption counts, live and migrating. */
	public record Adoption(int live, int migrating) {
		static final Adoption NONE = new Adoption(0, 0);
	}

	private final Portfolio portfolio;
	private Map<Object, Set<Object>> live;
	private Map<Object, Set<Object>> migrating;
	private Set<SharedService> measured;
	private Set<SharedService> funded;
	private Map<SharedService, LocalDate> latestAssessment;
	private Map<SharedService, Integer> dependencyLoop;

	private PortfolioIndex(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	/** The index of {@code portfolio}, attached to it on first use. */
	public static PortfolioIndex of(Portfolio portfolio) {
		for (Adapter adapter : portfolio.eAdapters()) {
			if (adapter instanceof PortfolioIndex index) {
				return index;
			}
		}
		PortfolioIndex index = new PortfolioIndex(portfolio);
		portfolio.eAdapters().add(index);
		return index;
	}

	/** The distinct agencies that use the service live, and those migrating to it. */
	public Adoption adoptionOf(SharedService service) {
		return adoption(service);
	}

	/** The distinct services the agency uses live, and those it is migrating to. */
	public Adoption adoptionOf(Agency agency) {
		return adoption(agency);
	}

	private Adoption adoption(Object key) {
		build();
		int liveCount = live.getOrDefault(key, Set.of()).size();
		int migratingCount = migrating.getOrDefault(key, Set.of()).size();
		return liveCount == 0 && migratingCount == 0 ? Adoption.NONE : new Adoption(liveCount, migratingCount);
	}

	/** Whether a KPI measures the service. */
	public boolean isMeasured(SharedService service) {
		build();
		return measured.contains(service);
	}

	/** Whether a funding model pays for the service. */
	public boolean isFunded(SharedService service) {
		build();
		return funded.contains(service);
	}

	/** The date of the service's latest maturity assessment, or {@code null}. */
	public LocalDate latestAssessment(SharedService service) {
		build();
		return latestAssessment.get(service);
	}

	/** Whether the service lies on a loop of dependencies (itself included). */
	public boolean isInDependencyLoop(SharedService service) {
		build();
		return dependencyLoop.containsKey(service);
	}

	private void build() {
		if (live != null) {
			return;
		}
		live = new HashMap<>();
		migrating = new HashMap<>();
		measured = new HashSet<>();
		funded = new HashSet<>();
		latestAssessment = new HashMap<>();
		portfolio.getServices().forEach(this::watch);
		dependencyLoop = new DependencyLoops(portfolio.getServices()).members();
		for (Subscription subscription : portfolio.getSubscriptions()) {
			watch(subscription);
			Map<Object, Set<Object>> byStatus = subscription.getStatus() == SubscriptionStatus.LIVE ? live
					: subscription.getStatus() == SubscriptionStatus.MIGRATING ? migrating : null;
			if (byStatus != null && subscription.getService() != null && subscription.getConsumer() != null) {
				byStatus.computeIfAbsent(subscription.getService(), key -> new HashSet<>()).add(subscription.getConsumer());
				byStatus.computeIfAbsent(subscription.getConsumer(), key -> new HashSet<>()).add(subscription.getService());
			}
		}
		for (Kpi kpi : portfolio.getKpis()) {
			watch(kpi);
			// A KPI nobody has measured yet measures nothing.
			if (!kpi.getMeasurements().isEmpty()) {
				measured.add(kpi.getService());
			}
		}
		for (FundingModel model : portfolio.getFundingModels()) {
			watch(model);
			funded.add(model.getService());
		}
		for (MaturityAssessment assessment : portfolio.getMaturityAssessments()) {
			watch(assessment);
			if (assessment.getService() != null && assessment.getDate() != null) {
				LocalDate date = assessment.getDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
				latestAssessment.merge(assessment.getService(), date, (first, second) -> first.isAfter(second) ? first : second);
			}
		}
	}

	private void watch(Notifier element) {
		if (!element.eAdapters().contains(this)) {
			element.eAdapters().add(this);
		}
	}

	/** Any change to the portfolio's lists or to an indexed element makes the index stale. */
	@Override
	public void notifyChanged(Notification notification) {
		if (!notification.isTouch() && live != null) {
			live = null;
			migrating = null;
			measured = null;
			funded = null;
			latestAssessment = null;
			dependencyLoop = null;
			forget(notification.getOldValue());
		}
	}

	/** A removed element must not keep the index alive. */
	private void forget(Object removed) {
		if (removed instanceof Notifier element && element != portfolio) {
			element.eAdapters().remove(this);
		} else if (removed instanceof List<?> elements) {
			elements.forEach(this::forget);
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == PortfolioIndex.class;
	}
}
