package org.civitas.portfolio.validation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.eclipse.emf.ecore.EObject;

/**
 * What the service rules ask of the whole portfolio (agencies live on a service, whether a
 * KPI or a funding model covers it, its latest maturity assessment), computed once and kept
 * until one of the elements it was computed from changes. Without it, checking every service
 * would scan every subscription for each: quadratic on a large portfolio.
 */
final class PortfolioIndex extends AdapterImpl {

	private final Portfolio portfolio;
	private Map<SharedService, Set<EObject>> liveConsumers;
	private Set<SharedService> measured;
	private Set<SharedService> funded;
	private Map<SharedService, LocalDate> latestAssessment;
	private Map<SharedService, Integer> dependencyLoop;

	private PortfolioIndex(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	/** The index of {@code portfolio}, attached on first use. */
	static PortfolioIndex of(Portfolio portfolio) {
		for (Adapter adapter : portfolio.eAdapters()) {
			if (adapter instanceof PortfolioIndex index) {
				return index;
			}
		}
		PortfolioIndex index = new PortfolioIndex(portfolio);
		portfolio.eAdapters().add(index);
		return index;
	}

	int liveAgencies(SharedService service) {
		build();
		return liveConsumers.getOrDefault(service, Set.of()).size();
	}

	boolean isMeasured(SharedService service) {
		build();
		return measured.contains(service);
	}

	boolean isFunded(SharedService service) {
		build();
		return funded.contains(service);
	}

	/** The date of the service's latest maturity assessment, or {@code null}. */
	LocalDate latestAssessment(SharedService service) {
		build();
		return latestAssessment.get(service);
	}

	/**
	 * Whether the service is on a loop of dependencies: it belongs to a strongly connected
	 * group of more than one service, or depends on itself.
	 */
	boolean isInDependencyLoop(SharedService service) {
		build();
		return dependencyLoop.containsKey(service);
	}

	private void build() {
		if (liveConsumers != null) {
			return;
		}
		portfolio.getServices().forEach(this::watch);
		dependencyLoop = new DependencyLoops(portfolio.getServices()).members();
		liveConsumers = new HashMap<>();
		measured = new HashSet<>();
		funded = new HashSet<>();
		latestAssessment = new HashMap<>();
		for (Subscription subscription : portfolio.getSubscriptions()) {
			watch(subscription);
			if (subscription.getStatus() == SubscriptionStatus.LIVE && subscription.getService() != null
					&& subscription.getConsumer() != null) {
				liveConsumers.computeIfAbsent(subscription.getService(), key -> new HashSet<>()).add(subscription.getConsumer());
			}
		}
		for (Kpi kpi : portfolio.getKpis()) {
			watch(kpi);
			measured.add(kpi.getService());
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
		if (!notification.isTouch() && liveConsumers != null) {
			liveConsumers = null;
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
