package org.civitas.portfolio.model.index;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
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
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * What the portfolio says about each service and agency as a whole (which agencies use a
 * service, whether a KPI or a funding model covers it, its latest maturity assessment,
 * whether it lies on a loop of dependencies), computed once and kept until one of the
 * elements it was computed from changes. Labels and rules ask this for every service; working
 * it out each time would scan every subscription per service, quadratic on a large portfolio.
 * Labels ask it on the user interface thread while a validation may ask it in the background,
 * so it is built and dropped under its own lock.
 */
public final class PortfolioIndex extends EContentAdapter {

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

	/**
	 * The index of {@code portfolio}, attached to it and everything it contains on first use:
	 * that first use belongs on the thread that owns the model (the one reading it, or the
	 * user interface), since attaching changes every element's list of adapters.
	 */
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
	public synchronized Adoption adoptionOf(SharedService service) {
		return adoption(service);
	}

	/** The distinct services the agency uses live, and those it is migrating to. */
	public synchronized Adoption adoptionOf(Agency agency) {
		return adoption(agency);
	}

	private Adoption adoption(Object key) {
		build();
		int liveCount = live.getOrDefault(key, Set.of()).size();
		int migratingCount = migrating.getOrDefault(key, Set.of()).size();
		return liveCount == 0 && migratingCount == 0 ? Adoption.NONE : new Adoption(liveCount, migratingCount);
	}

	/** Whether a KPI measures the service. */
	public synchronized boolean isMeasured(SharedService service) {
		build();
		return measured.contains(service);
	}

	/** Whether a funding model pays for the service. */
	public synchronized boolean isFunded(SharedService service) {
		build();
		return funded.contains(service);
	}

	/** The date of the service's latest maturity assessment, or {@code null}. */
	public synchronized LocalDate latestAssessment(SharedService service) {
		build();
		return latestAssessment.get(service);
	}

	/** Whether the service lies on a loop of dependencies (itself included). */
	public synchronized boolean isInDependencyLoop(SharedService service) {
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
		dependencyLoop = new DependencyLoops(portfolio.getServices()).members();
		for (Subscription subscription : portfolio.getSubscriptions()) {
			Map<Object, Set<Object>> byStatus = subscription.getStatus() == SubscriptionStatus.LIVE ? live
					: subscription.getStatus() == SubscriptionStatus.MIGRATING ? migrating : null;
			if (byStatus != null && subscription.getService() != null && subscription.getConsumer() != null) {
				byStatus.computeIfAbsent(subscription.getService(), key -> new HashSet<>()).add(subscription.getConsumer());
				byStatus.computeIfAbsent(subscription.getConsumer(), key -> new HashSet<>()).add(subscription.getService());
			}
		}
		for (Kpi kpi : portfolio.getKpis()) {
			// A KPI nobody has measured yet measures nothing.
			if (!kpi.getMeasurements().isEmpty()) {
				measured.add(kpi.getService());
			}
		}
		for (FundingModel model : portfolio.getFundingModels()) {
			funded.add(model.getService());
		}
		for (MaturityAssessment assessment : portfolio.getMaturityAssessments()) {
			if (assessment.getService() != null && assessment.getDate() != null) {
				LocalDate date = assessment.getDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
				latestAssessment.merge(assessment.getService(), date, (first, second) -> first.isAfter(second) ? first : second);
			}
		}
	}

	/**
	 * A change to the portfolio's lists or to an element the index is computed from makes it
	 * stale; the index follows the whole containment tree (an {@link EContentAdapter}), attached
	 * once, so that building it again reads the model and changes nothing in it.
	 */
	@Override
	public synchronized void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (!notification.isTouch() && live != null && isIndexed(notification.getNotifier())) {
			live = null;
			migrating = null;
			measured = null;
			funded = null;
			latestAssessment = null;
			dependencyLoop = null;
		}
	}

	private static boolean isIndexed(Object element) {
		return element instanceof Portfolio || element instanceof SharedService || element instanceof Subscription
				|| element instanceof Kpi || element instanceof FundingModel || element instanceof MaturityAssessment;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == PortfolioIndex.class;
	}
}
