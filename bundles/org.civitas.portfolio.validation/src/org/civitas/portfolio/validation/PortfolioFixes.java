package org.civitas.portfolio.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civitas.portfolio.model.BusinessCase;
import org.civitas.portfolio.model.CostPhase;
import org.civitas.portfolio.model.CostStatement;
import org.civitas.portfolio.model.EngagementKind;
import org.civitas.portfolio.model.EngagementPlan;
import org.civitas.portfolio.model.GovernanceBody;
import org.civitas.portfolio.model.Kpi;
import org.civitas.portfolio.model.MigrationWave;
import org.civitas.portfolio.model.Mitigation;
import org.civitas.portfolio.model.MitigationStatus;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.PortfolioPackage.Literals;
import org.civitas.portfolio.model.Reinvestment;
import org.civitas.portfolio.model.ReinvestmentDecision;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.SourcingShare;
import org.civitas.portfolio.model.Stakeholder;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.derived.KpiStatusRating;
import org.civitas.validation.ElementLabels;
import org.civitas.validation.Finding;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * The logic of the portfolio quick fixes, by fix key: the rule id, followed by a dash and a
 * word when a rule offers several fixes ({@code FIN-001-link}). What a fix says to the user is
 * its label in {@code plugin.xml}; here is only what it changes.
 * <p>
 * A fix repairs only what it can derive from the model or what the user decides by choosing
 * it; where a fix adds an element, the element is named so that the user finds it and fills
 * it in. Each fix looks again at the element, so a finding that is no longer true gets no
 * repair. The commands for several findings are all created before the first one runs
 * ({@code QuickFix.repairAll}), so each works from the model as it was, appends rather than
 * inserts at a position, and repairs each thing once however many findings point at it.
 */
final class PortfolioFixes {

	/** How one fix repairs one finding. */
	@FunctionalInterface
	interface Repair {

		/** The commands that repair {@code finding}, or none when this fix cannot repair it. */
		List<Command> commands(EditingDomain domain, Finding finding);
	}

	private static final PortfolioFactory MAKE = PortfolioFactory.eINSTANCE;
	/** The total the sourcing shares of a service add up to, in percent. */
	private static final double WHOLE = 100;
	/** The precision shares are scaled to: tenths of a percent. */
	private static final double TENTHS = 10;

	private static final Map<String, Repair> FIXES = Map.ofEntries(
			Map.entry("STK-001", PortfolioFixes::planDialogueWithBody), //$NON-NLS-1$
			Map.entry("STK-002", PortfolioFixes::planEngagementOfResistance), //$NON-NLS-1$
			Map.entry("STK-003", PortfolioFixes::planVision), //$NON-NLS-1$
			Map.entry("FIN-001-link", PortfolioFixes::linkBaselinesOfService), //$NON-NLS-1$
			Map.entry("FIN-001-add", PortfolioFixes::addEmptyBaseline), //$NON-NLS-1$
			Map.entry("FIN-005", PortfolioFixes::removeEmptyStatement), //$NON-NLS-1$
			Map.entry("GOV-001", PortfolioFixes::overseerAccountable), //$NON-NLS-1$
			Map.entry("GOV-003", PortfolioFixes::chairAmongMembers), //$NON-NLS-1$
			Map.entry("GOV-004", PortfolioFixes::breakReportingLoop), //$NON-NLS-1$
			Map.entry("KPI-001", PortfolioFixes::targetAtLatestValue), //$NON-NLS-1$
			Map.entry("KPI-003", PortfolioFixes::addKpi), //$NON-NLS-1$
			Map.entry("MIG-001", PortfolioFixes::capacityForAllAgencies), //$NON-NLS-1$
			Map.entry("MIG-003", PortfolioFixes::swapWaveDates), //$NON-NLS-1$
			Map.entry("RSK-001", PortfolioFixes::planMitigation), //$NON-NLS-1$
			Map.entry("RSK-003", PortfolioFixes::serviceOwnerOwnsRisk), //$NON-NLS-1$
			Map.entry("RSK-004", PortfolioFixes::riskOwnerOwnsMitigation), //$NON-NLS-1$
			Map.entry("SRC-002", PortfolioFixes::scaleShares), //$NON-NLS-1$
			Map.entry("INN-001-innovation", decide(ReinvestmentDecision.INNOVATION)), //$NON-NLS-1$
			Map.entry("INN-001-service", decide(ReinvestmentDecision.SERVICE_IMPROVEMENT)), //$NON-NLS-1$
			Map.entry("INN-001-budget", decide(ReinvestmentDecision.RETURNED_TO_BUDGET)), //$NON-NLS-1$
			Map.entry("MOD-002", PortfolioFixes::removeIncompleteSubscription)); //$NON-NLS-1$

	private PortfolioFixes() {
	}

	/** The fix with this key, or {@code null}. */
	static Repair of(String key) {
		return FIXES.get(key);
	}

	/** Every fix key, for tests that hold the fixes and {@code plugin.xml} together. */
	static Set<String> keys() {
		return FIXES.keySet();
	}

	// S: stakeholders and the authorizing environment

	/** STK-001: a dialogue plan that addresses the authorizing body. */
	private static List<Command> planDialogueWithBody(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof GovernanceBody body) || !(body.eContainer() instanceof Portfolio portfolio)
				|| portfolio.getEngagementPlans().stream().anyMatch(plan -> plan.getBodies().contains(body))) {
			return List.of();
		}
		EngagementPlan plan = plan(NLS.bind(Messages.engagementWith, ElementLabels.of(body)), EngagementKind.BUSINESS_PLAN_DIALOGUE);
		plan.getBodies().add(body);
		return List.of(new AddCommand(domain, portfolio, Literals.PORTFOLIO__ENGAGEMENT_PLANS, plan));
	}

	/** STK-002: a resistance plan whose audience is the stakeholder. */
	private static List<Command> planEngagementOfResistance(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof Stakeholder stakeholder) || !(stakeholder.eContainer() instanceof Portfolio portfolio)
				|| portfolio.getEngagementPlans().stream().anyMatch(plan -> plan.getAudience().contains(stakeholder))) {
			return List.of();
		}
		EngagementPlan plan = plan(NLS.bind(Messages.engagementWith, ElementLabels.of(stakeholder)), EngagementKind.RESISTANCE);
		plan.getAudience().add(stakeholder);
		return List.of(new AddCommand(domain, portfolio, Literals.PORTFOLIO__ENGAGEMENT_PLANS, plan));
	}

	/** STK-003: a vision plan, for the user to give an audience and a message. */
	private static List<Command> planVision(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof Portfolio portfolio)
				|| portfolio.getEngagementPlans().stream().anyMatch(plan -> plan.getKind() == EngagementKind.VISION)) {
			return List.of();
		}
		EngagementPlan plan = plan(NLS.bind(Messages.visionFor, ElementLabels.of(portfolio)), EngagementKind.VISION);
		return List.of(new AddCommand(domain, portfolio, Literals.PORTFOLIO__ENGAGEMENT_PLANS, plan));
	}

	private static EngagementPlan plan(String name, EngagementKind kind) {
		EngagementPlan plan = MAKE.createEngagementPlan();
		plan.setName(name);
		plan.setKind(kind);
		return plan;
	}

	// F: finance

	/** FIN-001: links the baseline statements already recorded for the case's service. */
	private static List<Command> linkBaselinesOfService(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof BusinessCase businessCase) || !(businessCase.eContainer() instanceof Portfolio portfolio)
				|| businessCase.getService() == null || hasBaseline(businessCase)) {
			return List.of();
		}
		List<CostStatement> baselines = portfolio.getCostStatements().stream()
				.filter(statement -> statement.getPhase() == CostPhase.BASELINE && statement.getService() == businessCase.getService()
						&& !businessCase.getBaseline().contains(statement))
				.toList();
		return baselines.isEmpty() ? List.of() : List.of(new AddCommand(domain, businessCase, Literals.BUSINESS_CASE__BASELINE, baselines));
	}

	/** FIN-001: an empty baseline statement of the case's service, linked, for the user to fill in. */
	private static List<Command> addEmptyBaseline(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof BusinessCase businessCase) || !(businessCase.eContainer() instanceof Portfolio portfolio)
				|| hasBaseline(businessCase)) {
			return List.of();
		}
		CostStatement statement = MAKE.createCostStatement();
		statement.setName(NLS.bind(Messages.baselineOf, ElementLabels.of(businessCase)));
		statement.setPhase(CostPhase.BASELINE);
		statement.setService(businessCase.getService());
		return List.of(new AddCommand(domain, portfolio, Literals.PORTFOLIO__COST_STATEMENTS, statement),
				new AddCommand(domain, businessCase, Literals.BUSINESS_CASE__BASELINE, statement));
	}

	private static boolean hasBaseline(BusinessCase businessCase) {
		return businessCase.getBaseline().stream().anyMatch(statement -> statement.getPhase() == CostPhase.BASELINE);
	}

	/**
	 * FIN-005: removes an empty statement, unless a business case counts on it as its baseline
	 * (removing it would take the case's baseline away).
	 */
	private static List<Command> removeEmptyStatement(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof CostStatement statement) || !(statement.eContainer() instanceof Portfolio portfolio)
				|| !statement.getEntries().isEmpty()
				|| portfolio.getBusinessCases().stream().anyMatch(businessCase -> businessCase.getBaseline().contains(statement))) {
			return List.of();
		}
		return List.of(new RemoveCommand(domain, portfolio, Literals.PORTFOLIO__COST_STATEMENTS, statement));
	}

	// G1: governance

	/** GOV-001: the one body that oversees the service is the one to hold to account. */
	private static List<Command> overseerAccountable(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof SharedService service) || !(service.eContainer() instanceof Portfolio portfolio)
				|| service.getAccountableBody() != null) {
			return List.of();
		}
		List<GovernanceBody> overseers = portfolio.getGovernanceBodies().stream().filter(body -> body.getOversees().contains(service))
				.toList();
		return overseers.size() != 1 ? List.of()
				: List.of(new SetCommand(domain, service, Literals.SHARED_SERVICE__ACCOUNTABLE_BODY, overseers.get(0)));
	}

	/** GOV-003: a body whose chair is recorded but whose members are not has at least its chair. */
	private static List<Command> chairAmongMembers(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof GovernanceBody body) || body.getChair() == null || !body.getMembers().isEmpty()) {
			return List.of();
		}
		return List.of(new AddCommand(domain, body, Literals.GOVERNANCE_BODY__MEMBERS, body.getChair()));
	}

	/**
	 * GOV-004: the loop is broken where its body listed first in the portfolio reports on; that
	 * body becomes the top. Every body on the loop has a finding, and each finding's repair
	 * clears the same line, so fixing them all together breaks the loop once.
	 */
	private static List<Command> breakReportingLoop(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof GovernanceBody body) || !(body.eContainer() instanceof Portfolio portfolio)) {
			return List.of();
		}
		Set<GovernanceBody> loop = reportingLoop(body);
		return portfolio.getGovernanceBodies().stream().filter(loop::contains).findFirst()
				.<List<Command>>map(first -> List.of(new SetCommand(domain, first, Literals.GOVERNANCE_BODY__REPORTS_TO, null)))
				.orElse(List.of());
	}

	/** The bodies on the loop of reporting lines through {@code body}; none when its line does not come back to it. */
	private static Set<GovernanceBody> reportingLoop(GovernanceBody body) {
		Set<GovernanceBody> walked = new HashSet<>();
		for (GovernanceBody current = body.getReportsTo(); current != null && walked.add(current); current = current.getReportsTo()) {
			if (current == body) {
				return walked;
			}
		}
		return Set.of();
	}

	// G3: performance

	/** KPI-001: a target at the latest measured value, which the user then raises or lowers. */
	private static List<Command> targetAtLatestValue(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof Kpi kpi) || kpi.getTarget() != null) {
			return List.of();
		}
		return KpiStatusRating.latest(kpi)
				.<List<Command>>map(latest -> List.of(new SetCommand(domain, kpi, Literals.KPI__TARGET, latest.getValue())))
				.orElse(List.of());
	}

	/** KPI-003: a KPI of the service, for the user to define; KPI-001 and KPI-002 then ask for its target and values. */
	private static List<Command> addKpi(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof SharedService service) || !(service.eContainer() instanceof Portfolio portfolio)
				|| portfolio.getKpis().stream().anyMatch(kpi -> kpi.getService() == service)) {
			return List.of();
		}
		Kpi kpi = MAKE.createKpi();
		kpi.setName(NLS.bind(Messages.kpiOf, ElementLabels.of(service)));
		kpi.setService(service);
		return List.of(new AddCommand(domain, portfolio, Literals.PORTFOLIO__KPIS, kpi));
	}

	// G4, T4: migration

	/** MIG-001: the capacity the wave's agencies need, one of the two repairs its rationale names. */
	private static List<Command> capacityForAllAgencies(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof MigrationWave wave) || wave.getAgencies().size() <= wave.getCapacity()) {
			return List.of();
		}
		return List.of(new SetCommand(domain, wave, Literals.MIGRATION_WAVE__CAPACITY, wave.getAgencies().size()));
	}

	/** MIG-003: reversed dates are a typing mistake; both values were meant, in the other order. */
	private static List<Command> swapWaveDates(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof MigrationWave wave) || wave.getStartDate() == null || wave.getEndDate() == null
				|| !wave.getEndDate().before(wave.getStartDate())) {
			return List.of();
		}
		return List.of(new SetCommand(domain, wave, Literals.MIGRATION_WAVE__START_DATE, wave.getEndDate()),
				new SetCommand(domain, wave, Literals.MIGRATION_WAVE__END_DATE, wave.getStartDate()));
	}

	// G4: risk

	/**
	 * RSK-001: a planned mitigation owned by the risk's owner, for the user to describe and date:
	 * without a due date it does not count (RSK-001 keeps failing, RSK-004 names what is missing).
	 */
	private static List<Command> planMitigation(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof Risk risk)
				|| risk.getMitigations().stream().anyMatch(mitigation -> mitigation.getStatus() != MitigationStatus.ABANDONED)) {
			return List.of();
		}
		Mitigation mitigation = MAKE.createMitigation();
		mitigation.setName(NLS.bind(Messages.mitigationOf, ElementLabels.of(risk)));
		mitigation.setStatus(MitigationStatus.PLANNED);
		mitigation.setOwner(risk.getOwner());
		return List.of(new AddCommand(domain, risk, Literals.RISK__MITIGATIONS, mitigation));
	}

	/** RSK-004: whoever owns the risk answers for its mitigation unless someone else is named. */
	private static List<Command> riskOwnerOwnsMitigation(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof Mitigation mitigation) || mitigation.getOwner() != null
				|| !(mitigation.eContainer() instanceof Risk risk) || risk.getOwner() == null) {
			return List.of();
		}
		return List.of(new SetCommand(domain, mitigation, Literals.MITIGATION__OWNER, risk.getOwner()));
	}

	/** RSK-003: a risk to a service is watched by the service's owner unless someone else is named. */
	private static List<Command> serviceOwnerOwnsRisk(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof Risk risk) || risk.getOwner() != null
				|| !(risk.getSubject() instanceof SharedService service) || service.getOwner() == null) {
			return List.of();
		}
		return List.of(new SetCommand(domain, risk, Literals.RISK__OWNER, service.getOwner()));
	}

	// G2: sourcing

	/**
	 * SRC-002: keeps the proportions the user recorded and scales them to 100%, in tenths of a
	 * percent; the rounding difference goes to the largest share, so the total is exact.
	 */
	private static List<Command> scaleShares(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof SharedService service)) {
			return List.of();
		}
		List<SourcingShare> shares = service.getSourcing();
		double total = shares.stream().mapToDouble(SourcingShare::getSharePercent).sum();
		if (total <= 0 || shares.stream().anyMatch(share -> share.getSharePercent() < 0)) {
			return List.of();
		}
		double[] scaled = new double[shares.size()];
		double sum = 0;
		int largest = 0;
		for (int i = 0; i < scaled.length; i++) {
			scaled[i] = tenths(shares.get(i).getSharePercent() * WHOLE / total);
			sum += scaled[i];
			largest = scaled[i] > scaled[largest] ? i : largest;
		}
		scaled[largest] = tenths(scaled[largest] + WHOLE - sum);
		List<Command> commands = new ArrayList<>();
		for (int i = 0; i < scaled.length; i++) {
			if (scaled[i] != shares.get(i).getSharePercent()) {
				commands.add(new SetCommand(domain, shares.get(i), Literals.SOURCING_SHARE__SHARE_PERCENT, scaled[i]));
			}
		}
		return commands;
	}

	private static double tenths(double percent) {
		return Math.round(percent * TENTHS) / TENTHS;
	}

	// T5: reinvestment

	/** INN-001: records the decision the user picks among the fixes; each fix is one possible decision. */
	private static Repair decide(ReinvestmentDecision decision) {
		return (domain, finding) -> finding.element() instanceof Reinvestment reinvestment
				&& reinvestment.getDecision() == ReinvestmentDecision.UNDECIDED
						? List.of(new SetCommand(domain, reinvestment, Literals.REINVESTMENT__DECISION, decision))
						: List.of();
	}

	// Model integrity

	/**
	 * MOD-002: removes a subscription that has lost its agency or its service (typically when
	 * that was deleted). A subscription missing both has two findings; only the first one the
	 * rule reports, on the agency, removes it, so that fixing both together removes it once.
	 */
	private static List<Command> removeIncompleteSubscription(EditingDomain domain, Finding finding) {
		if (!(finding.element() instanceof Subscription subscription) || !(subscription.eContainer() instanceof Portfolio portfolio)
				|| subscription.getConsumer() != null && subscription.getService() != null
				|| finding.feature() == Literals.SUBSCRIPTION__SERVICE && subscription.getConsumer() == null) {
			return List.of();
		}
		return List.of(new RemoveCommand(domain, portfolio, Literals.PORTFOLIO__SUBSCRIPTIONS, subscription));
	}
}
