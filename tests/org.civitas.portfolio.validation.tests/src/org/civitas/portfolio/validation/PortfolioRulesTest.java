package org.civitas.portfolio.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.civitas.portfolio.model.*;
import org.civitas.validation.ElementLabels;
import org.civitas.validation.Finding;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.RuleExtensions;
import org.civitas.validation.RuleRegistry;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every portfolio rule, through the extension point as the workbench and the command line
 * load it, against a small portfolio that breaks it and the same portfolio put right.
 */
class PortfolioRulesTest {

	private static final PortfolioFactory MAKE = PortfolioFactory.eINSTANCE;
	static final RuleRegistry RULES = RuleExtensions.registry(Platform.getExtensionRegistry());

	/** A rule, what breaks it, and what puts the broken portfolio right. */
	private record Case(String ruleId, Consumer<World> breaks, Consumer<World> fixes) {
		@Override
		public String toString() {
			return ruleId;
		}
	}

	/** A small portfolio with one of everything, healthy as far as each case is concerned. */
	static final class World {
		final Portfolio portfolio = MAKE.createPortfolio();
		final Agency agency = MAKE.createAgency();
		final Vendor vendor = MAKE.createVendor();
		final SharedService service = MAKE.createSharedService();
		final Stakeholder sponsor = MAKE.createStakeholder();
		final GovernanceBody board = MAKE.createGovernanceBody();

		World() {
			portfolio.setName("Test portfolio");
			portfolio.setCurrency("USD");
			portfolio.setRiskAppetite(RiskLevel.MEDIUM);
			agency.setName("Revenue");
			vendor.setName("Acme Hosting");
			portfolio.getOrganizations().addAll(List.of(agency, vendor));
			sponsor.setName("Jo Sponsor");
			sponsor.setRole(StakeholderRole.EXECUTIVE_SPONSOR);
			portfolio.getStakeholders().add(sponsor);
			board.setName("Shared Services Board");
			board.getMembers().add(sponsor);
			board.setChair(sponsor);
			portfolio.getGovernanceBodies().add(board);
			service.setName("Payroll");
			service.setLifecycle(LifecycleStage.OPERATIONAL);
			service.setSponsor(sponsor);
			service.setAccountableBody(board);
			service.setMaturityLevel(3);
			portfolio.getServices().add(service);
			Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/test.portfolio"));
			resource.getContents().add(portfolio);
		}

		Date daysFromNow(int days) {
			return Date.from(LocalDate.now().plusDays(days).atStartOfDay(ZoneId.systemDefault()).toInstant());
		}

		BusinessCase businessCase(double... netFlows) {
			BusinessCase businessCase = MAKE.createBusinessCase();
			businessCase.setName("Payroll consolidation");
			businessCase.setService(service);
			for (int period = 0; period < netFlows.length; period++) {
				YearlyCashFlow flow = MAKE.createYearlyCashFlow();
				flow.setPeriod(period);
				flow.setBenefits(Math.max(0, netFlows[period]));
				flow.setInvestment(Math.max(0, -netFlows[period]));
				businessCase.getCashFlows().add(flow);
			}
			portfolio.getBusinessCases().add(businessCase);
			return businessCase;
		}

		CostStatement statement(CostPhase phase, CostCategory category) {
			CostStatement statement = MAKE.createCostStatement();
			statement.setName(phase + " costs");
			statement.setPhase(phase);
			statement.setFiscalYear(2025);
			if (category != null) {
				CostEntry entry = MAKE.createCostEntry();
				entry.setCategory(category);
				entry.setLabel("Licences");
				entry.setAmount(1000);
				statement.getEntries().add(entry);
			}
			portfolio.getCostStatements().add(statement);
			return statement;
		}

		Kpi kpi(Double target, int daysSinceMeasured) {
			Kpi kpi = MAKE.createKpi();
			kpi.setName("Cost per payslip");
			kpi.setService(service);
			kpi.setTarget(target);
			if (daysSinceMeasured >= 0) {
				Measurement measurement = MAKE.createMeasurement();
				measurement.setPeriodStart(daysFromNow(-daysSinceMeasured - 30));
				measurement.setPeriodEnd(daysFromNow(-daysSinceMeasured));
				measurement.setValue(4.2);
				kpi.getMeasurements().add(measurement);
			}
			portfolio.getKpis().add(kpi);
			return kpi;
		}

		Risk risk(int likelihood, int impact) {
			Risk risk = MAKE.createRisk();
			risk.setName("Cut-over errors");
			risk.setLikelihood(likelihood);
			risk.setImpact(impact);
			risk.setResidualLikelihood(likelihood);
			risk.setResidualImpact(impact);
			risk.setOwner(sponsor);
			portfolio.getRisks().add(risk);
			return risk;
		}

		MigrationWave wave(int agencies, int capacity) {
			MigrationPlan plan = MAKE.createMigrationPlan();
			plan.setName("Payroll migration");
			MigrationWave wave = MAKE.createMigrationWave();
			wave.setName("Wave 1");
			wave.setCapacity(capacity);
			for (int i = 0; i < agencies; i++) {
				Agency extra = MAKE.createAgency();
				extra.setName("Agency " + i);
				portfolio.getOrganizations().add(extra);
				wave.getAgencies().add(extra);
			}
			plan.getWaves().add(wave);
			portfolio.getMigrationPlans().add(plan);
			return wave;
		}

		/** A body per name, each holding the right to set the service's prices. */
		List<DecisionRight> pricingRights(String... bodies) {
			List<DecisionRight> rights = new ArrayList<>();
			for (String name : bodies) {
				GovernanceBody body = MAKE.createGovernanceBody();
				body.setName(name);
				DecisionRight right = MAKE.createDecisionRight();
				right.setKind(DecisionRightKind.PRICING);
				right.getServices().add(service);
				body.getDecisionRights().add(right);
				portfolio.getGovernanceBodies().add(body);
				rights.add(right);
			}
			return rights;
		}

		/** An engagement plan someone owns and has dated, as every engagement rule asks. */
		EngagementPlan plan(String name, EngagementKind kind) {
			EngagementPlan plan = MAKE.createEngagementPlan();
			plan.setName(name);
			plan.setKind(kind);
			plan.setOwner(sponsor);
			plan.setNextDate(daysFromNow(20));
			portfolio.getEngagementPlans().add(plan);
			return plan;
		}

		Subscription subscription(SubscriptionStatus status) {
			Subscription subscription = MAKE.createSubscription();
			subscription.setConsumer(agency);
			subscription.setService(service);
			subscription.setStatus(status);
			portfolio.getSubscriptions().add(subscription);
			return subscription;
		}

		Initiative pilot(InitiativeStatus status, String criteria) {
			Initiative pilot = MAKE.createInitiative();
			pilot.setName("Payroll pilot");
			pilot.setKind(InitiativeKind.PILOT);
			pilot.setStatus(status);
			pilot.setSuccessCriteria(criteria);
			pilot.getServices().add(service);
			portfolio.getInitiatives().add(pilot);
			return pilot;
		}

		CommunityOfPractice community() {
			if (portfolio.getCommunity() == null) {
				portfolio.setCommunity(MAKE.createCommunityOfPractice());
			}
			return portfolio.getCommunity();
		}
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				new Case("STK-001", world -> world.board.setKind(GovernanceBodyKind.LEGISLATURE),
						world -> world.sponsor.setLastEngaged(world.daysFromNow(-30))),
				new Case("STK-002", world -> {
					world.sponsor.setStance(Stance.RESISTANT);
					world.sponsor.setInfluence(5);
					// A plan nobody owns or dated is no plan.
					EngagementPlan intention = MAKE.createEngagementPlan();
					intention.setName("Talk to Jo some day");
					intention.getAudience().add(world.sponsor);
					world.portfolio.getEngagementPlans().add(intention);
				}, world -> {
					world.portfolio.getEngagementPlans().clear();
					world.plan("Sponsor dialogue", EngagementKind.RESISTANCE).getAudience().add(world.sponsor);
				}),
				new Case("STK-003", world -> {
					EngagementPlan undated = MAKE.createEngagementPlan();
					undated.setName("Why share payroll");
					undated.setKind(EngagementKind.VISION);
					undated.setOwner(world.sponsor);
					world.portfolio.getEngagementPlans().add(undated);
				}, world -> world.portfolio.getEngagementPlans().get(0).setLastDate(world.daysFromNow(-5))),
				new Case("STK-004", world -> {
					EngagementPlan plan = MAKE.createEngagementPlan();
					plan.setName("Cabinet briefings");
					plan.setNextDate(world.daysFromNow(-10));
					world.portfolio.getEngagementPlans().add(plan);
				}, world -> world.portfolio.getEngagementPlans().get(0).setNextDate(world.daysFromNow(20))),
				new Case("STK-005", world -> world.service.setSponsor(null), world -> world.service.setSponsor(world.sponsor)),
				new Case("STK-006", world -> {
					EngagementPlan plan = MAKE.createEngagementPlan();
					plan.setName("Cabinet briefings");
					world.portfolio.getEngagementPlans().add(plan);
				}, world -> {
					world.portfolio.getEngagementPlans().get(0).setOwner(world.sponsor);
					world.portfolio.getEngagementPlans().get(0).setNextDate(world.daysFromNow(30));
				}),
				new Case("FIN-001", world -> {
					// An empty baseline is no baseline.
					world.businessCase(-100, 60, 60).getBaseline().add(world.statement(CostPhase.BASELINE, null));
				}, world -> world.portfolio.getBusinessCases().get(0).getBaseline()
						.add(world.statement(CostPhase.BASELINE, CostCategory.PERSONNEL))),
				new Case("FIN-002", world -> world.businessCase(-100, 10, 10),
						world -> world.portfolio.getBusinessCases().get(0).setJustification("Statutory mandate")),
				new Case("FIN-003", world -> world.businessCase(-100, 230, -132), world -> {
					world.portfolio.getBusinessCases().clear();
					world.businessCase(-100, 60, 60);
				}),
				new Case("FIN-004", world -> world.statement(CostPhase.BASELINE, CostCategory.OTHER),
						world -> world.portfolio.getCostStatements().get(0).getEntries().get(0).setCategory(CostCategory.SOFTWARE)),
				new Case("FIN-005", world -> world.statement(CostPhase.BASELINE, null),
						world -> world.portfolio.getCostStatements().clear()),
				new Case("FIN-006", world -> { }, world -> {
					FundingModel model = MAKE.createFundingModel();
					model.setName("Appropriation");
					model.setService(world.service);
					world.portfolio.getFundingModels().add(model);
				}),
				new Case("FIN-007", world -> {
					FundingModel model = MAKE.createFundingModel();
					model.setName("Per payslip");
					model.setKind(FundingModelKind.CHARGEBACK);
					model.setService(world.service);
					world.portfolio.getFundingModels().add(model);
				}, world -> world.portfolio.getFundingModels().get(0).getRates().add(MAKE.createChargebackRate())),
				new Case("GOV-001", world -> world.service.setAccountableBody(null),
						world -> world.service.setAccountableBody(world.board)),
				new Case("GOV-002", world -> world.pricingRights("Board A", "Board B"), world -> world.portfolio.getGovernanceBodies().get(2).getDecisionRights().get(0).setKind(DecisionRightKind.FUNDING)),
				new Case("GOV-003", world -> world.board.setChair(null), world -> world.board.setChair(world.sponsor)),
				new Case("GOV-004", world -> world.board.setReportsTo(world.board), world -> world.board.setReportsTo(null)),
				new Case("KPI-001", world -> world.kpi(null, 10), world -> world.portfolio.getKpis().get(0).setTarget(4.5)),
				new Case("KPI-002", world -> world.kpi(4.5, 500), world -> {
					world.portfolio.getKpis().clear();
					world.kpi(4.5, 20);
				}),
				new Case("KPI-003", world -> world.kpi(4.5, -1), world -> world.kpi(4.5, 10)),
				new Case("KPI-004", world -> {
					Kpi kpi = world.kpi(4.0, 10);
					kpi.setDirection(KpiDirection.LOWER_IS_BETTER);
					kpi.setWarningThreshold(4.1);
					kpi.setAlarmThreshold(4.15);
				}, world -> world.portfolio.getKpis().get(0).setAlarmThreshold(6.0)),
				new Case("MIG-001", world -> world.wave(3, 2), world -> {
					world.portfolio.getMigrationPlans().clear();
					world.wave(2, 2);
				}),
				new Case("MIG-002", world -> {
					world.service.setLifecycle(LifecycleStage.PILOT);
					world.wave(1, 5).getServices().add(world.service);
				}, world -> world.pilot(InitiativeStatus.SUCCEEDED, "Two pay periods without errors")),
				new Case("MIG-004", world -> {
					world.service.setLifecycle(LifecycleStage.PILOT);
					world.pilot(InitiativeStatus.RUNNING, "Two pay periods without errors");
					world.subscription(SubscriptionStatus.MIGRATING);
				}, world -> world.portfolio.getInitiatives().get(0).getPilotAgencies().add(world.agency)),
				new Case("MIG-003", world -> {
					MigrationWave wave = world.wave(1, 5);
					wave.setStartDate(world.daysFromNow(30));
					wave.setEndDate(world.daysFromNow(10));
				}, world -> world.portfolio.getMigrationPlans().get(0).getWaves().get(0).setEndDate(world.daysFromNow(90))),
				new Case("RSK-001", world -> {
					Mitigation undated = MAKE.createMitigation();
					undated.setName("Parallel run");
					undated.setStatus(MitigationStatus.IN_PROGRESS);
					undated.setOwner(world.sponsor);
					world.risk(4, 5).getMitigations().add(undated);
				}, world -> world.portfolio.getRisks().get(0).getMitigations().get(0).setDueDate(world.daysFromNow(60))),
				new Case("RSK-002", world -> world.risk(5, 5), world -> {
					world.portfolio.getRisks().get(0).setResidualLikelihood(1);
					world.portfolio.getRisks().get(0).setResidualImpact(2);
				}),
				new Case("RSK-003", world -> world.risk(1, 1).setOwner(null),
						world -> world.portfolio.getRisks().get(0).setOwner(world.sponsor)),
				new Case("RSK-004", world -> {
					Mitigation placeholder = MAKE.createMitigation();
					placeholder.setStatus(MitigationStatus.PLANNED);
					world.risk(4, 5).getMitigations().add(placeholder);
				}, world -> {
					Mitigation mitigation = world.portfolio.getRisks().get(0).getMitigations().get(0);
					mitigation.setName("Parallel run");
					mitigation.setOwner(world.sponsor);
					mitigation.setDueDate(world.daysFromNow(60));
				}),
				new Case("SRC-001", world -> {
					world.service.setCritical(true);
					SourcingShare share = MAKE.createSourcingShare();
					share.setType(SourcingType.VENDOR);
					share.setSupplier(world.vendor);
					share.setSharePercent(100);
					world.service.getSourcing().add(share);
				}, world -> {
					world.service.getSourcing().get(0).setSharePercent(70);
					SourcingShare inHouse = MAKE.createSourcingShare();
					inHouse.setType(SourcingType.IN_HOUSE);
					inHouse.setSupplier(world.agency);
					inHouse.setSharePercent(30);
					world.service.getSourcing().add(inHouse);
				}),
				new Case("SRC-002", world -> {
					SourcingShare share = MAKE.createSourcingShare();
					share.setType(SourcingType.IN_HOUSE);
					share.setSharePercent(60);
					world.service.getSourcing().add(share);
				}, world -> world.service.getSourcing().get(0).setSharePercent(100)),
				new Case("MAT-001", world -> {
					world.service.setLifecycle(LifecycleStage.SCALING);
					world.service.setMaturityLevel(2);
				}, world -> world.service.setMaturityLevel(3)),
				new Case("MAT-002", world -> { }, world -> {
					MaturityAssessment assessment = MAKE.createMaturityAssessment();
					assessment.setName("2025 assessment");
					assessment.setService(world.service);
					assessment.setDate(world.daysFromNow(-100));
					world.portfolio.getMaturityAssessments().add(assessment);
				}),
				new Case("INN-001", world -> {
					Reinvestment reinvestment = MAKE.createReinvestment();
					reinvestment.setName("Payroll savings");
					reinvestment.setAmount(250000);
					reinvestment.setFiscalYear(2026);
					world.portfolio.getReinvestments().add(reinvestment);
				}, world -> world.portfolio.getReinvestments().get(0).setDecision(ReinvestmentDecision.INNOVATION)),
				new Case("INN-002", world -> {
					CustomerNeed need = MAKE.createCustomerNeed();
					need.setName("Self-service payslips");
					need.setPriority(5);
					need.setAgency(world.agency);
					world.portfolio.getCustomerNeeds().add(need);
				}, world -> world.portfolio.getCustomerNeeds().get(0).getAddressedBy().add(world.service)),
				new Case("INN-003", world -> world.pilot(InitiativeStatus.RUNNING, null),
						world -> world.portfolio.getInitiatives().get(0).setSuccessCriteria("Error rate below 0.1%")),
				new Case("INN-004", world -> {
					Initiative scan = MAKE.createInitiative();
					scan.setName("Low-code scan");
					scan.setKind(InitiativeKind.TECHNOLOGY_SCAN);
					scan.setStatus(InitiativeStatus.SUCCEEDED);
					scan.setTechnology("Low-code platforms");
					world.portfolio.getInitiatives().add(scan);
				}, world -> world.portfolio.getInitiatives().get(0).setOutcome("Two platforms fit the grants forms")),
				new Case("MOD-001", world -> {
					SharedService identity = MAKE.createSharedService();
					identity.setName("Identity");
					identity.getDependsOn().add(world.service);
					world.service.getDependsOn().add(identity);
					world.portfolio.getServices().add(identity);
				}, world -> world.service.getDependsOn().clear()),
				new Case("MOD-002", world -> {
					Subscription subscription = MAKE.createSubscription();
					subscription.setService(world.service);
					world.portfolio.getSubscriptions().add(subscription);
				}, world -> world.portfolio.getSubscriptions().get(0).setConsumer(world.agency)),
				new Case("COM-001", world -> {
					Benchmark benchmark = MAKE.createBenchmark();
					benchmark.setName("Cost per payslip, peers");
					world.community().getBenchmarks().add(benchmark);
				}, world -> {
					world.community().getBenchmarks().get(0).setSource("NASACT survey");
					world.community().getBenchmarks().get(0).setYear(2024);
				}),
				new Case("COM-002", world -> {
					BestPractice practice = MAKE.createBestPractice();
					practice.setName("Pilot before scaling");
					world.community().getPractices().add(practice);
				}, world -> world.community().getPractices().get(0).getStrategies().add("T3")),
				new Case("COM-003", world -> {
					LineOfBusinessProposal proposal = MAKE.createLineOfBusinessProposal();
					proposal.setName("Shared grants management");
					proposal.setEnablers("Common grant rules");
					world.community().getNewLines().add(proposal);
				}, world -> world.community().getNewLines().get(0).setBarriers("Agency-specific systems")),
				new Case("COM-004", world -> {
					CommunityProblem problem = MAKE.createCommunityProblem();
					problem.setName("Single sign-on for county staff");
					problem.setStatus(ProblemStatus.OPEN);
					world.community().getProblems().add(problem);
				}, world -> {
					Peer peer = MAKE.createPeer();
					peer.setName("Dana, Ohio DAS");
					world.community().getPeers().add(peer);
					world.community().getProblems().get(0).getSolvedBy().add(peer);
				}),
				new Case("COM-005", world -> {
					ImplementationCase implementation = MAKE.createImplementationCase();
					implementation.setName("Utah payroll consolidation");
					world.community().getCases().add(implementation);
				}, world -> world.community().getCases().get(0).setLessons("Migrate the smallest agencies first")),
				new Case("COM-006", world -> {
					Toolkit toolkit = MAKE.createToolkit();
					toolkit.setName("Chargeback model workbook");
					world.community().getToolkits().add(toolkit);
				}, world -> world.community().getToolkits().get(0).setLocation("https://community.example.gov/kits")),
				new Case("COM-007", world -> {
					Peer peer = MAKE.createPeer();
					peer.setName("Sam, Iowa DAS");
					peer.setExpertise("Shared payroll");
					world.community().getPeers().add(peer);
				}, world -> world.community().getPeers().get(0).setContact("sam@das.iowa.gov")))
				.map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void eachRuleFindsWhatBreaksItAndAcceptsTheRepair(Case rule) {
		World world = new World();
		rule.breaks().accept(world);
		List<Finding> broken = findings(world, rule.ruleId());
		assertFalse(broken.isEmpty(), rule.ruleId() + " should find the problem");
		assertTrue(broken.stream().allMatch(finding -> !finding.message().contains("{")), broken.toString());

		rule.fixes().accept(world);
		assertEquals(List.of(), findings(world, rule.ruleId()), rule.ruleId() + " should accept the repaired portfolio");
	}

	@Test
	void everyContributedRuleIsTestedAndHasLogic() {
		Set<String> contributed = RULES.rules().stream().map(rule -> rule.id()).collect(Collectors.toCollection(TreeSet::new));
		Set<String> tested = cases().map(arguments -> ((Case) arguments.get()[0]).ruleId())
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(new TreeSet<>(PortfolioChecks.ruleIds()), contributed);
		assertEquals(contributed, tested);
		assertTrue(contributed.size() >= 30, contributed.size() + " rules");
	}

	@Test
	void everyStrategyThemeIsServed() {
		Set<Character> themes = RULES.rules().stream().flatMap(rule -> rule.strategies().stream()).map(id -> id.charAt(0))
				.collect(Collectors.toSet());
		assertEquals(Set.of('S', 'F', 'G', 'T', 'C'), themes);
	}

	@Test
	void messagesNameTheElementAndTheOffendingValues() {
		World world = new World();
		world.wave(3, 2);
		assertEquals(List.of("Migration wave Wave 1 moves 3 agencies but has capacity for 2"),
				findings(world, "MIG-001").stream().map(Finding::message).toList());
	}

	@Test
	void findingsNameAnElementWithoutANameAsTheEditorDoes() {
		World world = new World();
		Subscription incomplete = MAKE.createSubscription();
		incomplete.setConsumer(world.agency);
		world.portfolio.getSubscriptions().add(incomplete);
		CostStatement statement = MAKE.createCostStatement();
		CostEntry personnel = MAKE.createCostEntry();
		personnel.setCategory(CostCategory.OTHER);
		personnel.setAmount(3_800_000);
		statement.getEntries().add(personnel);
		world.portfolio.getCostStatements().add(statement);

		assertEquals(List.of("Subscription Revenue \u2192 ? has no service"),
				findings(world, "MOD-002").stream().map(Finding::message).toList());
		assertEquals("Other, 3.8M USD", ElementLabels.of(personnel), "never a class and an id");
	}

	@Test
	void overlappingDecisionRightsAreReportedOnEachRightNamingBothBodies() {
		World world = new World();
		List<DecisionRight> rights = world.pricingRights("Pricing Board", "Finance Committee");

		List<Finding> findings = findings(world, "GOV-002");

		assertEquals(rights, findings.stream().map(Finding::element).toList(), "on the rights a person changes, not the portfolio");
		assertEquals(List.of("Decision right pricing over Payroll of Pricing Board is also held by Finance Committee",
				"Decision right pricing over Payroll of Finance Committee is also held by Pricing Board"),
				findings.stream().map(Finding::message).toList());
	}

	@Test
	void aPlaceholderMitigationLeavesTheRiskUnmitigatedAndSaysWhatItLacks() {
		World world = new World();
		Mitigation placeholder = MAKE.createMitigation();
		placeholder.setName("Mitigation of Cut-over errors");
		placeholder.setStatus(MitigationStatus.PLANNED);
		world.risk(4, 5).getMitigations().add(placeholder);

		assertEquals(List.of("Risk Cut-over errors is critical (20) and has no mitigation with an owner and a due date"),
				findings(world, "RSK-001").stream().map(Finding::message).toList());
		assertEquals(List.of("Mitigation Mitigation of Cut-over errors of the critical risk Cut-over errors has no owner and no due date"),
				findings(world, "RSK-004").stream().map(Finding::message).toList());
	}

	/** The findings of one rule in the world's portfolio, as a batch validation reports them. */
	static List<Finding> findings(World world, String ruleId) {
		return new ModelValidator(RULES, ValidationProfile.defaults()).validate(List.of(world.portfolio), ValidationMode.BATCH)
				.findings().stream().filter(finding -> finding.rule().id().equals(ruleId)).toList();
	}
}
