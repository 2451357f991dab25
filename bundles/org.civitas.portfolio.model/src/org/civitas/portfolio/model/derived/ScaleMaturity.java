package org.civitas.portfolio.model.derived;

import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.index.PortfolioIndex;

/**
 * The maturity a service needs for its scale (G5): a service that is scaling, or that serves many
 * agencies live, needs a repeatable, managed practice behind it. The maturity rule and the board
 * pack read the same figures from here.
 */
public final class ScaleMaturity {

	/** The maturity level (1 to 5) a service needs before it scales or serves many agencies. */
	public static final int TO_SCALE = 3;
	/** How many live agencies make a service large. */
	public static final int MANY_AGENCIES = 10;

	private ScaleMaturity() {
	}

	/** Whether the service is large: scaling, or live for many agencies. */
	public static boolean isLarge(SharedService service) {
		Portfolio portfolio = Containers.portfolioOf(service);
		int live = portfolio == null ? 0 : PortfolioIndex.of(portfolio).adoptionOf(service).live();
		return service.getLifecycle() == LifecycleStage.SCALING || live >= MANY_AGENCIES;
	}

	/** The level the service needs: {@link #TO_SCALE} for a large one, else none (0). */
	public static int needed(SharedService service) {
		return isLarge(service) ? TO_SCALE : 0;
	}
}
