package org.civitas.portfolio.validation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.civitas.portfolio.model.Benchmark;
import org.civitas.portfolio.model.BestPractice;
import org.civitas.portfolio.model.BusinessCase;
import org.civitas.portfolio.model.CommunityProblem;
import org.civitas.portfolio.model.CostCategory;
import org.civitas.portfolio.model.CostEntry;
import org.civitas.portfolio.model.CostPhase;
import org.civitas.portfolio.model.CostStatement;
import org.civitas.portfolio.model.CustomerNeed;
import org.civitas.portfolio.model.DecisionRight;
import org.civitas.portfolio.model.EngagementKind;
import org.civitas.portfolio.model.EngagementPlan;
import org.civitas.portfolio.model.FundingModel;
import org.civitas.portfolio.model.FundingModelKind;
import org.civitas.portfolio.model.GovernanceBody;
import org.civitas.portfolio.model.ImplementationCase;
import org.civitas.portfolio.model.Initiative;
import org.civitas.portfolio.model.InitiativeKind;
import org.civitas.portfolio.model.InitiativeStatus;
import org.civitas.portfolio.model.Kpi;
import org.civitas.portfolio.model.KpiStatus;
import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.LineOfBusinessProposal;
import org.civitas.portfolio.model.Measurement;
import org.civitas.portfolio.model.MigrationWave;
import org.civitas.portfolio.model.Mitigation;
import org.civitas.portfolio.model.MitigationStatus;
import org.civitas.portfolio.model.Peer;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.ProblemStatus;
import org.civitas.portfolio.model.Reinvestment;
import org.civitas.portfolio.model.ReinvestmentDecision;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.RiskLevel;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.SourcingShare;
import org.civitas.portfolio.model.SourcingType;
import org.civitas.portfolio.model.Stakeholder;
import org.civitas.portfolio.model.Stance;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.SubscriptionStatus;
import org.civitas.portfolio.model.Toolkit;
import org.civitas.portfolio.model.PortfolioPackage.Literals;
import org.civitas.portfolio.model.derived.ScaleMaturity;
import org.civitas.portfolio.model.index.PortfolioIndex;
import org.civitas.validation.ElementLabels;
import org.civitas.validation.Findings;
import org.civitas.validation.RuleCheck;
import org.eclipse.emf.ecore.EObject;

/**
 * The checks of the portfolio rules, by rule id. What each rule says to a user (title,
 * message, rationale, strategies) is in {@code plugin.xml}; here is only how it decides.
 */
final class PortfolioChecks {

	/** How recent an engagement or measurement must be to count as current. */
	private static final int RECENT_MONTHS = 12;
	/** How old a maturity assessment may get before a new one is due. */
	private static final int ASSESSMENT_YEARS = 2;
	/** Influence (1 to 5) from which a stakeholder can stop a programme. */
	private static final int HIGH_INFLUENCE = 4;
	/** Priority (1 to 5) from which a customer need must be answered. */
	private static final int HIGH_PRIORITY = 4;

	private static final Map<String, RuleCheck> CHECKS = Map.ofEntries(
			Map.entry("STK-001", PortfolioChecks::authorizingBodyEngaged), //$NON-NLS-1$
			Map.entry("STK-002", PortfolioChecks::resistantStakeholderPlanned), //$NON-NLS-1$
			Map.entry("STK-003", PortfolioChecks::visionCommunicated), //$NON-NLS-1$
			Map.entry("STK-004", PortfolioChecks::engagementOnTime), //$NON-NLS-1$
			Map.entry("STK-005", PortfolioChecks::serviceSponsored), //$NON-NLS-1$
			Map.entry("STK-006", PortfolioChecks::engagementPlanActionable), //$NON-NLS-1$
			Map.entry("FIN-001", PortfolioChecks::businessCaseHasBaseline), //$NON-NLS-1$
			Map.entry("FIN-002", PortfolioChecks::negativeNpvJustified), //$NON-NLS-1$
			Map.entry("FIN-003", PortfolioChecks::singleIrr), //$NON-NLS-1$
			Map.entry("FIN-004", PortfolioChecks::standardCostCategory), //$NON-NLS-1$
			Map.entry("FIN-005", PortfolioChecks::costStatementHasEntries), //$NON-NLS-1$
			Map.entry("FIN-006", PortfolioChecks::serviceFunded), //$NON-NLS-1$
			Map.entry("FIN-007", PortfolioChecks::chargebackHasRates), //$NON-NLS-1$
			Map.entry("GOV-001", PortfolioChecks::serviceAccountable), //$NON-NLS-1$
			Map.entry("GOV-002", PortfolioChecks::decisionRightsDistinct), //$NON-NLS-1$
			Map.entry("GOV-003", PortfolioChecks::bodyHasChairAndMembers), //$NON-NLS-1$
			Map.entry("GOV-004", PortfolioChecks::reportingLineAcyclic), //$NON-NLS-1$
			Map.entry("KPI-001", PortfolioChecks::kpiHasTarget), //$NON-NLS-1$
			Map.entry("KPI-002", PortfolioChecks::kpiMeasuredRecently), //$NON-NLS-1$
			Map.entry("KPI-003", PortfolioChecks::operationalServiceMeasured), //$NON-NLS-1$
			Map.entry("KPI-004", PortfolioChecks::kpiNotInAlarm), //$NON-NLS-1$
			Map.entry("MIG-001", PortfolioChecks::waveWithinCapacity), //$NON-NLS-1$
			Map.entry("MIG-002", PortfolioChecks::waveMovesPilotedServices), //$NON-NLS-1$
			Map.entry("MIG-003", PortfolioChecks::waveDatesOrdered), //$NON-NLS-1$
			Map.entry("MIG-004", PortfolioChecks::adoptionAfterPilot), //$NON-NLS-1$
			Map.entry("RSK-001", PortfolioChecks::seriousRiskMitigated), //$NON-NLS-1$
			Map.entry("RSK-002", PortfolioChecks::residualRiskWithinAppetite), //$NON-NLS-1$
			Map.entry("RSK-003", PortfolioChecks::riskOwned), //$NON-NLS-1$
			Map.entry("RSK-004", PortfolioChecks::mitigationActionable), //$NON-NLS-1$
			Map.entry("SRC-001", PortfolioChecks::criticalServiceNotSingleVendor), //$NON-NLS-1$
			Map.entry("SRC-002", PortfolioChecks::sourcingAddsUp), //$NON-NLS-1$
			Map.entry("MAT-001", PortfolioChecks::maturityFitsScale), //$NON-NLS-1$
			Map.entry("MAT-002", PortfolioChecks::maturityAssessedRecently), //$NON-NLS-1$
			Map.entry("INN-001", PortfolioChecks::reinvestmentDecided), //$NON-NLS-1$
			Map.entry("INN-002", PortfolioChecks::customerNeedAddressed), //$NON-NLS-1$
			Map.entry("INN-003", PortfolioChecks::pilotHasSuccessCriteria), //$NON-NLS-1$
			Map.entry("INN-004", PortfolioChecks::technologyScanReported), //$NON-NLS-1$
			Map.entry("MOD-001", PortfolioChecks::dependenciesAcyclic), //$NON-NLS-1$
			Map.entry("MOD-002", PortfolioChecks::subscriptionComplete), //$NON-NLS-1$
			Map.entry("COM-001", PortfolioChecks::benchmarkSourced), //$NON-NLS-1$
			Map.entry("COM-002", PortfolioChecks::practiceTracedToStrategy), //$NON-NLS-1$
			Map.entry("COM-003", PortfolioChecks::proposalWeighed), //$NON-NLS-1$
			Map.entry("COM-004", PortfolioChecks::openProblemTakenUp), //$NON-NLS-1$
			Map.entry("COM-005", PortfolioChecks::caseHasLessons), //$NON-NLS-1$
			Map.entry("COM-006", PortfolioChecks::toolkitLocated), //$NON-NLS-1$
			Map.entry("COM-007", PortfolioChecks::peerReachable)); //$NON-NLS-1$

	private PortfolioChecks() {
	}

	/** The check of the rule with this id, or {@code null}. */
	static RuleCheck of(String ruleId) {
		return CHECKS.get(ruleId);
	}

	/** Every rule id with a check, for tests that hold the checks and {@code plugin.xml} together. */
	static Set<String> ruleIds() {
		return CHECKS.keySet();
	}

	// S: stakeholders and the authorizing environment

	private static void authorizingBodyEngaged(EObject element, Findings findings) {
		GovernanceBody body = (GovernanceBody) element;
		if (!body.isAuthorizing()) {
			return;
		}
		boolean memberEngaged = body.getMembers().stream().anyMatch(member -> isRecent(member.getLastEngaged()));
		boolean planned = portfolioOf(body) != null && portfolioOf(body).getEngagementPlans().stream()
				.anyMatch(plan -> plan.getBodies().contains(body) && isActionable(plan));
		if (!memberEngaged && !planned) {
			findings.reportOn(Literals.GOVERNANCE_BODY__MEMBERS, body.getMembers().size());
		}
	}

	private static void resistantStakeholderPlanned(EObject element, Findings findings) {
		Stakeholder stakeholder = (Stakeholder) element;
		Portfolio portfolio = portfolioOf(stakeholder);
		if (stakeholder.getStance() == Stance.RESISTANT && stakeholder.getInfluence() >= HIGH_INFLUENCE && portfolio != null
				&& portfolio.getEngagementPlans().stream()
						.noneMatch(plan -> plan.getAudience().contains(stakeholder) && isActionable(plan))) {
			findings.report(stakeholder.getInfluence());
		}
	}

	private static void visionCommunicated(EObject element, Findings findings) {
		Portfolio portfolio = (Portfolio) element;
		if (!portfolio.getServices().isEmpty() && portfolio.getEngagementPlans().stream()
				.noneMatch(plan -> plan.getKind() == EngagementKind.VISION && isActionable(plan))) {
			findings.reportOn(Literals.PORTFOLIO__ENGAGEMENT_PLANS, portfolio.getServices().size());
		}
	}

	/**
	 * A plan is a plan when someone owns it and it is dated: planned next, or held already. A
	 * plan without either (as a quick fix adds it) counts for no rule until it has both; this
	 * rule says, on the plan, what it lacks.
	 */
	private static void engagementPlanActionable(EObject element, Findings findings) {
		EngagementPlan plan = (EngagementPlan) element;
		List<String> missing = new ArrayList<>();
		if (plan.getOwner() == null) {
			missing.add(Messages.anOwner);
		}
		if (plan.getNextDate() == null && plan.getLastDate() == null) {
			missing.add(Messages.aNextDate);
		}
		if (!missing.isEmpty()) {
			findings.reportOn(plan.getOwner() == null ? Literals.ENGAGEMENT_PLAN__OWNER : Literals.ENGAGEMENT_PLAN__NEXT_DATE,
					String.join(Messages.and, missing));
		}
	}

	private static boolean isActionable(EngagementPlan plan) {
		return plan.getOwner() != null && (plan.getNextDate() != null || plan.getLastDate() != null);
	}

	private static void engagementOnTime(EObject element, Findings findings) {
		EngagementPlan plan = (EngagementPlan) element;
		if (plan.getNextDate() != null && localDate(plan.getNextDate()).isBefore(LocalDate.now())) {
			findings.reportOn(Literals.ENGAGEMENT_PLAN__NEXT_DATE, localDate(plan.getNextDate()));
		}
	}

	private static void serviceSponsored(EObject element, Findings findings) {
		SharedService service = (SharedService) element;
		if (isPastPilot(service.getLifecycle()) && service.getSponsor() == null) {
			findings.reportOn(Literals.SHARED_SERVICE__SPONSOR, label(service.getLifecycle()));
		}
	}

	// F: finance

	private static void businessCaseHasBaseline(EObject element, Findings findings) {
		BusinessCase businessCase = (BusinessCase) element;
		// An empty statement is no baseline: FIN-005 says so on the statement.
		if (businessCase.getBaseline().stream()
				.noneMatch(statement -> statement.getPhase() == CostPhase.BASELINE && !statement.getEntries().isEmpty())) {
			findings.reportOn(Literals.BUSINESS_CASE__BASELINE);
		}
	}

	private static void negativeNpvJustified(EObject element, Findings findings) {
		BusinessCase businessCase = (BusinessCase) element;
		if (!businessCase.getCashFlows().isEmpty() && businessCase.getNpv() < 0
				&& (businessCase.getJustification() == null || businessCase.getJustification().isBlank())) {
			findings.reportOn(Literals.BUSINESS_CASE__JUSTIFICATION, Math.round(businessCase.getNpv()));
		}
	}

	private static void singleIrr(EObject element, Findings findings) {
		BusinessCase businessCase = (BusinessCase) element;
		if (!businessCase.getCashFlows().isEmpty() && businessCase.getIrr() == null) {
			findings.reportOn(Literals.BUSINESS_CASE__CASH_FLOWS, businessCase.getIrrExplanation());
		}
	}

	private static void standardCostCategory(EObject element, Findings findings) {
		CostEntry entry = (CostEntry) element;
		if (entry.getCategory() == CostCategory.OTHER) {
			findings.reportOn(Literals.COST_ENTRY__CATEGORY, entry.getLabel() == null ? "" : entry.getLabel(), //$NON-NLS-1$
					Math.round(entry.getAmount()));
		}
	}

	private static void costStatementHasEntries(EObject element, Findings findings) {
		CostStatement statement = (CostStatement) element;
		if (statement.getEntries().isEmpty()) {
			findings.reportOn(Literals.COST_STATEMENT__ENTRIES, label(statement.getPhase()), statement.getFiscalYear());
		}
	}

	private static void serviceFunded(EObject element, Findings findings) {
		SharedService service = (SharedService) element;
		Portfolio portfolio = portfolioOf(service);
		if (isPastPilot(service.getLifecycle()) && portfolio != null && !PortfolioIndex.of(portfolio).isFunded(service)) {
			findings.report(label(service.getLifecycle()));
		}
	}

	private static void chargebackHasRates(EObject element, Findings findings) {
		FundingModel model = (FundingModel) element;
		if (model.getKind() == FundingModelKind.CHARGEBACK && model.getRates().isEmpty()) {
			findings.reportOn(Literals.FUNDING_MODEL__RATES);
		}
	}

	// G1: governance

	private static void serviceAccountable(EObject element, Findings findings) {
		SharedService service = (SharedService) element;
		if (service.getLifecycle() != LifecycleStage.RETIRED && service.getAccountableBody() == null) {
			findings.reportOn(Literals.SHARED_SERVICE__ACCOUNTABLE_BODY);
		}
	}

	/**
	 * Two bodies holding the same kind of right over the same service each think they decide.
	 * Reported on each overlapping right, naming its body and the others: that is what a
	 * person changes.
	 */
	private static void decisionRightsDistinct(EObject element, Findings findings) {
		DecisionRight right = (DecisionRight) element;
		if (!(right.eContainer() instanceof GovernanceBody body) || portfolioOf(body) == null) {
			return;
		}
		for (SharedService service : right.getServices()) {
			Set<GovernanceBody> others = new LinkedHashSet<>();
			for (GovernanceBody other : portfolioOf(body).getGovernanceBodies()) {
				if (other != body && other.getDecisionRights().stream()
						.anyMatch(theirs -> theirs.getKind() == right.getKind() && theirs.getServices().contains(service))) {
					others.add(other);
				}
			}
			if (!others.isEmpty()) {
				findings.reportOn(Literals.DECISION_RIGHT__SERVICES, label(right.getKind()), labelOf(service), labelOf(body),
						others.stream().map(PortfolioChecks::labelOf).collect(Collectors.joining(Messages.and)));
			}
		}
	}

	private static void bodyHasChairAndMembers(EObject element, Findings findings) {
		GovernanceBody body = (GovernanceBody) element;
		if (body.getMembers().isEmpty()) {
			findings.reportOn(Literals.GOVERNANCE_BODY__MEMBERS);
		} else if (body.getChair() == null) {
			findings.reportOn(Literals.GOVERNANCE_BODY__CHAIR);
		}
	}

	private static void reportingLineAcyclic(EObject element, Findings findings) {
		GovernanceBody body = (GovernanceBody) element;
		Set<GovernanceBody> seen = new HashSet<>();
		for (GovernanceBody current = body.getReportsTo(); current != null; current = current.getReportsTo()) {
			if (current == body) {
				findings.reportOn(Literals.GOVERNANCE_BODY__REPORTS_TO);
				return;
			}
			if (!seen.add(current)) {
				return; // a cycle further up, reported on its own members
			}
		}
	}

	// G3: performance

	private static void kpiHasTarget(EObject element, Findings findings) {
		Kpi kpi = (Kpi) element;
		if (kpi.getTarget() == null) {
			findings.reportOn(Literals.KPI__TARGET);
		}
	}

	private static void kpiMeasuredRecently(EObject element, Findings findings) {
		Kpi kpi = (Kpi) element;
		LocalDate latest = kpi.getMeasurements().stream().map(Measurement::getPeriodEnd).filter(date -> date != null)
				.map(PortfolioChecks::localDate).max(LocalDate::compareTo).orElse(null);
		if (latest == null) {
			findings.reportOn(Literals.KPI__MEASUREMENTS, Messages.none);
		} else if (latest.isBefore(LocalDate.now().minusMonths(RECENT_MONTHS))) {
			findings.reportOn(Literals.KPI__MEASUREMENTS, latest);
		}
	}

	private static void operationalServiceMeasured(EObject element, Findings findings) {
		SharedService service = (SharedService) element;
		Portfolio portfolio = portfolioOf(service);
		if (isPastPilot(service.getLifecycle()) && portfolio != null && !PortfolioIndex.of(portfolio).isMeasured(service)) {
			findings.report(label(service.getLifecycle()));
		}
	}

	private static void kpiNotInAlarm(EObject element, Findings findings) {
		Kpi kpi = (Kpi) element;
		if (kpi.getStatus() == KpiStatus.ALARM) {
			Measurement last = kpi.getMeasurements().isEmpty() ? null : kpi.getMeasurements().get(kpi.getMeasurements().size() - 1);
			findings.report(last == null ? "" : last.getValue(), kpi.getAlarmThreshold()); //$NON-NLS-1$
		}
	}

	// G4, T3, T4: adoption and migration

	private static void waveWithinCapacity(EObject element, Findings findings) {
		MigrationWave wave = (MigrationWave) element;
		if (wave.getCapacity() > 0 && wave.getAgencies().size() > wave.getCapacity()) {
			findings.reportOn(Literals.MIGRATION_WAVE__AGENCIES, wave.getAgencies().size(), wave.getCapacity());
		}
	}

	private static void waveMovesPilotedServices(EObject element, Findings findings) {
		MigrationWave wave = (MigrationWave) element;
		Portfolio portfolio = portfolioOf(wave);
		if (portfolio == null) {
			return;
		}
		for (SharedService service : wave.getServices()) {
			boolean early = service.getLifecycle() == LifecycleStage.PROPOSED || service.getLifecycle() == LifecycleStage.PILOT;
			boolean piloted = portfolio.getInitiatives().stream().anyMatch(initiative -> initiative.getKind() == InitiativeKind.PILOT
					&& initiative.getStatus() == InitiativeStatus.SUCCEEDED && initiative.getServices().contains(service));
			if (early && !piloted) {
				findings.reportOn(Literals.MIGRATION_WAVE__SERVICES, labelOf(service), label(service.getLifecycle()));
			}
		}
	}

	/**
	 * T3: a service is piloted before it is extended. Agencies already migrating onto or live on
	 * a service that is still proposed or in pilot, without a successful pilot, are an extension
	 * before piloting whether or not a migration wave names it; the agencies of its pilot
	 * initiatives are the pilot itself.
	 */
	private static void adoptionAfterPilot(EObject element, Findings findings) {
		Subscription subscription = (Subscription) element;
		SharedService service = subscription.getService();
		Portfolio portfolio = portfolioOf(subscription);
		if (service == null || subscription.getConsumer() == null || portfolio == null
				|| subscription.getStatus() != SubscriptionStatus.MIGRATING && subscription.getStatus() != SubscriptionStatus.LIVE
				|| service.getLifecycle() != LifecycleStage.PROPOSED && service.getLifecycle() != LifecycleStage.PILOT) {
			return;
		}
		boolean piloted = false;
		boolean pilotAgency = false;
		for (Initiative initiative : portfolio.getInitiatives()) {
			if (initiative.getKind() == InitiativeKind.PILOT && initiative.getServices().contains(service)) {
				piloted |= initiative.getStatus() == InitiativeStatus.SUCCEEDED;
				pilotAgency |= initiative.getPilotAgencies().contains(subscription.getConsumer());
			}
		}
		if (!piloted && !pilotAgency) {
			findings.reportOn(Literals.SUBSCRIPTION__STATUS, labelOf(subscription.getConsumer()), label(subscription.getStatus()),
					labelOf(service), label(service.getLifecycle()));
		}
	}

	private static void waveDatesOrdered(EObject element, Findings findings) {
		MigrationWave wave = (MigrationWave) element;
		if (wave.getStartDate() != null && wave.getEndDate() != null && wave.getEndDate().before(wave.getStartDate())) {
			findings.reportOn(Literals.MIGRATION_WAVE__END_DATE, localDate(wave.getStartDate()), localDate(wave.getEndDate()));
		}
	}

	// G4: risk

	private static void seriousRiskMitigated(EObject element, Findings findings) {
		Risk risk = (Risk) element;
		boolean serious = risk.getLevel() == RiskLevel.HIGH || risk.getLevel() == RiskLevel.CRITICAL;
		boolean mitigated = risk.getMitigations().stream().anyMatch(PortfolioChecks::isActionable);
		if (serious && !mitigated) {
			findings.reportOn(Literals.RISK__MITIGATIONS, label(risk.getLevel()), risk.getScore());
		}
	}

	/**
	 * A mitigation counts when it is named, owned and either done or due by a date. One without
	 * (as a quick fix adds it) does not make a serious risk mitigated; this rule says, on the
	 * mitigation, what it lacks.
	 */
	private static void mitigationActionable(EObject element, Findings findings) {
		Mitigation mitigation = (Mitigation) element;
		if (!(mitigation.eContainer() instanceof Risk risk) || mitigation.getStatus() == MitigationStatus.ABANDONED
				|| risk.getLevel() != RiskLevel.HIGH && risk.getLevel() != RiskLevel.CRITICAL) {
			return;
		}
		List<String> missing = new ArrayList<>();
		if (isBlank(mitigation.getName())) {
			missing.add(Messages.aName);
		}
		if (mitigation.getOwner() == null) {
			missing.add(Messages.anOwner);
		}
		if (mitigation.getStatus() != MitigationStatus.DONE && mitigation.getDueDate() == null) {
			missing.add(Messages.aDueDate);
		}
		if (!missing.isEmpty()) {
			findings.reportOn(mitigation.getOwner() == null ? Literals.MITIGATION__OWNER : Literals.MITIGATION__DUE_DATE,
					labelOf(risk), label(risk.getLevel()), String.join(Messages.and, missing));
		}
	}

	private static boolean isActionable(Mitigation mitigation) {
		return mitigation.getStatus() != MitigationStatus.ABANDONED && !isBlank(mitigation.getName())
				&& mitigation.getOwner() != null
				&& (mitigation.getStatus() == MitigationStatus.DONE || mitigation.getDueDate() != null);
	}

	private static void residualRiskWithinAppetite(EObject element, Findings findings) {
		Risk risk = (Risk) element;
		Portfolio portfolio = portfolioOf(risk);
		if (portfolio != null && portfolio.getRiskAppetite() != null && risk.getResidualLevel() != null
				&& risk.getResidualLevel().getValue() > portfolio.getRiskAppetite().getValue()) {
			findings.report(label(risk.getResidualLevel()), risk.getResidualScore(), label(portfolio.getRiskAppetite()));
		}
	}

	private static void riskOwned(EObject element, Findings findings) {
		Risk risk = (Risk) element;
		if (risk.getOwner() == null) {
			findings.reportOn(Literals.RISK__OWNER);
		}
	}

	// G2: sourcing and workforce

	private static void criticalServiceNotSingleVendor(EObject element, Findings findings) {
		SharedService service = (SharedService) element;
		if (service.isCritical() && service.getSourcing().size() == 1
				&& service.getSourcing().get(0).getType() == SourcingType.VENDOR) {
			findings.reportOn(Literals.SHARED_SERVICE__SOURCING, labelOf(service.getSourcing().get(0).getSupplier()));
		}
	}

	private static void sourcingAddsUp(EObject element, Findings findings) {
		SharedService service = (SharedService) element;
		if (!service.getSourcing().isEmpty()) {
			double total = service.getSourcing().stream().mapToDouble(SourcingShare::getSharePercent).sum();
			if (Math.abs(total - 100) > 0.5) {
				findings.reportOn(Literals.SHARED_SERVICE__SOURCING, total);
			}
		}
	}

	// G5: maturity

	private static void maturityFitsScale(EObject element, Findings findings) {
		SharedService service = (SharedService) element;
		Portfolio portfolio = portfolioOf(service);
		int live = portfolio == null ? 0 : PortfolioIndex.of(portfolio).adoptionOf(service).live();
		if (ScaleMaturity.isLarge(service) && service.getMaturityLevel() < ScaleMaturity.TO_SCALE) {
			findings.reportOn(Literals.SHARED_SERVICE__MATURITY_LEVEL, service.getMaturityLevel(), ScaleMaturity.TO_SCALE,
					label(service.getLifecycle()), live);
		}
	}

	private static void maturityAssessedRecently(EObject element, Findings findings) {
		SharedService service = (SharedService) element;
		Portfolio portfolio = portfolioOf(service);
		if (!isPastPilot(service.getLifecycle()) || portfolio == null) {
			return;
		}
		LocalDate latest = PortfolioIndex.of(portfolio).latestAssessment(service);
		if (latest == null || latest.isBefore(LocalDate.now().minusYears(ASSESSMENT_YEARS))) {
			findings.reportOn(Literals.SHARED_SERVICE__MATURITY_LEVEL, latest == null ? Messages.none : latest);
		}
	}

	// T: innovation and reinvestment

	private static void reinvestmentDecided(EObject element, Findings findings) {
		Reinvestment reinvestment = (Reinvestment) element;
		if (reinvestment.getDecision() == ReinvestmentDecision.UNDECIDED) {
			findings.reportOn(Literals.REINVESTMENT__DECISION, Math.round(reinvestment.getAmount()), reinvestment.getFiscalYear());
		}
	}

	private static void customerNeedAddressed(EObject element, Findings findings) {
		CustomerNeed need = (CustomerNeed) element;
		if (need.getPriority() >= HIGH_PRIORITY && need.getAddressedBy().isEmpty()) {
			findings.reportOn(Literals.CUSTOMER_NEED__ADDRESSED_BY, need.getPriority(), labelOf(need.getAgency()));
		}
	}

	private static void pilotHasSuccessCriteria(EObject element, Findings findings) {
		Initiative initiative = (Initiative) element;
		if (initiative.getKind() == InitiativeKind.PILOT
				&& (initiative.getSuccessCriteria() == null || initiative.getSuccessCriteria().isBlank())) {
			findings.reportOn(Literals.INITIATIVE__SUCCESS_CRITERIA);
		}
	}

	private static void technologyScanReported(EObject element, Findings findings) {
		Initiative initiative = (Initiative) element;
		if (initiative.getKind() != InitiativeKind.TECHNOLOGY_SCAN) {
			return;
		}
		if (blank(initiative.getTechnology())) {
			findings.reportOn(Literals.INITIATIVE__TECHNOLOGY, Messages.technologyScanWithoutTechnology);
		} else if ((initiative.getStatus() == InitiativeStatus.SUCCEEDED || initiative.getStatus() == InitiativeStatus.FAILED)
				&& blank(initiative.getOutcome())) {
			findings.reportOn(Literals.INITIATIVE__OUTCOME, Messages.technologyScanWithoutOutcome);
		}
	}

	// Model integrity

	/**
	 * A service that depends, through others, on itself can be neither started nor retired
	 * first. The loop is found for all services at once; the path is traced only for a service
	 * on one.
	 */
	private static void dependenciesAcyclic(EObject element, Findings findings) {
		SharedService service = (SharedService) element;
		Portfolio portfolio = portfolioOf(service);
		if (portfolio == null || !PortfolioIndex.of(portfolio).isInDependencyLoop(service)) {
			return;
		}
		Deque<List<SharedService>> paths = new ArrayDeque<>();
		paths.push(List.of(service));
		Set<SharedService> visited = new HashSet<>();
		while (!paths.isEmpty()) {
			List<SharedService> path = paths.pop();
			for (SharedService next : path.get(path.size() - 1).getDependsOn()) {
				if (next == service) {
					findings.reportOn(Literals.SHARED_SERVICE__DEPENDS_ON,
							path.stream().map(PortfolioChecks::labelOf).collect(Collectors.joining(" \u2192 ")) + " \u2192 " //$NON-NLS-1$ //$NON-NLS-2$
									+ labelOf(service));
					return;
				}
				if (visited.add(next)) {
					List<SharedService> longer = new ArrayList<>(path);
					longer.add(next);
					paths.push(longer);
				}
			}
		}
	}

	private static void subscriptionComplete(EObject element, Findings findings) {
		Subscription subscription = (Subscription) element;
		if (subscription.getConsumer() == null) {
			findings.reportOn(Literals.SUBSCRIPTION__CONSUMER, Messages.agency);
		}
		if (subscription.getService() == null) {
			findings.reportOn(Literals.SUBSCRIPTION__SERVICE, Messages.service);
		}
	}

	// C: community of practice

	private static void benchmarkSourced(EObject element, Findings findings) {
		Benchmark benchmark = (Benchmark) element;
		if (benchmark.getSource() == null || benchmark.getSource().isBlank() || benchmark.getYear() <= 0) {
			findings.reportOn(Literals.BENCHMARK__SOURCE);
		}
	}

	private static void openProblemTakenUp(EObject element, Findings findings) {
		CommunityProblem problem = (CommunityProblem) element;
		if (problem.getStatus() == ProblemStatus.OPEN && problem.getSolvedBy().isEmpty()) {
			findings.reportOn(Literals.COMMUNITY_PROBLEM__SOLVED_BY);
		}
	}

	private static void caseHasLessons(EObject element, Findings findings) {
		if (blank(((ImplementationCase) element).getLessons())) {
			findings.reportOn(Literals.IMPLEMENTATION_CASE__LESSONS);
		}
	}

	private static void toolkitLocated(EObject element, Findings findings) {
		if (blank(((Toolkit) element).getLocation())) {
			findings.reportOn(Literals.TOOLKIT__LOCATION);
		}
	}

	private static void peerReachable(EObject element, Findings findings) {
		Peer peer = (Peer) element;
		if (blank(peer.getExpertise())) {
			findings.reportOn(Literals.PEER__EXPERTISE, Messages.peerExpertise);
		} else if (blank(peer.getContact())) {
			findings.reportOn(Literals.PEER__CONTACT, Messages.peerContact);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static void practiceTracedToStrategy(EObject element, Findings findings) {
		BestPractice practice = (BestPractice) element;
		if (practice.getStrategies().isEmpty()) {
			findings.reportOn(Literals.BEST_PRACTICE__STRATEGIES);
		}
	}

	private static void proposalWeighed(EObject element, Findings findings) {
		LineOfBusinessProposal proposal = (LineOfBusinessProposal) element;
		if (isBlank(proposal.getEnablers()) || isBlank(proposal.getBarriers())) {
			findings.reportOn(isBlank(proposal.getEnablers()) ? Literals.LINE_OF_BUSINESS_PROPOSAL__ENABLERS
					: Literals.LINE_OF_BUSINESS_PROPOSAL__BARRIERS);
		}
	}

	// Helpers

	private static boolean isPastPilot(LifecycleStage stage) {
		return stage == LifecycleStage.OPERATIONAL || stage == LifecycleStage.SCALING;
	}

	private static boolean isRecent(Date date) {
		return date != null && !localDate(date).isBefore(LocalDate.now().minusMonths(RECENT_MONTHS));
	}

	private static LocalDate localDate(Date date) {
		return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** Enum values as the model's readers see them: "operational", not OPERATIONAL. */
	private static String label(Enum<?> value) {
		return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' '); //$NON-NLS-1$
	}

	private static String labelOf(EObject element) {
		return element == null ? "?" : ElementLabels.of(element); //$NON-NLS-1$
	}

	private static Portfolio portfolioOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Portfolio portfolio) {
				return portfolio;
			}
		}
		return null;
	}
}
