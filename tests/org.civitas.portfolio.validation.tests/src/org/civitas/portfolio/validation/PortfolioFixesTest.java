package org.civitas.portfolio.validation;

import static org.civitas.portfolio.validation.PortfolioRulesTest.RULES;
import static org.civitas.portfolio.validation.PortfolioRulesTest.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.civitas.portfolio.model.*;
import org.civitas.portfolio.validation.PortfolioRulesTest.World;
import org.civitas.validation.Finding;
import org.civitas.validation.QuickFix;
import org.civitas.validation.RuleExtensions;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every portfolio quick fix, through the extension point as the workbench loads it: on a
 * portfolio that breaks its rule, the fix is offered for every finding, its command makes the
 * findings go away and changes the portfolio exactly as its label says (compared with the same
 * edit made by hand), and one undo puts everything back.
 */
class PortfolioFixesTest {

	private static final PortfolioFactory MAKE = PortfolioFactory.eINSTANCE;

	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
	private final CommandStack stack = domain.getCommandStack();

	/**
	 * A fix, by its rule and label; what breaks the rule; the edit the label promises, made by
	 * hand; and, for a fix that can only start the repair (it adds an element the user must
	 * complete), the rule that then names what the element lacks, while the fixed rule keeps
	 * failing: a placeholder never makes a rule pass.
	 */
	private record Case(String ruleId, String label, Consumer<World> breaks, Consumer<World> promised, String stillNeeds) {

		Case(String ruleId, String label, Consumer<World> breaks, Consumer<World> promised) {
			this(ruleId, label, breaks, promised, null);
		}

		@Override
		public String toString() {
			return ruleId + ": " + label;
		}
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				new Case("STK-001", "Add a business plan dialogue that addresses the body (then give it an owner and a date)",
						world -> world.board.setKind(GovernanceBodyKind.LEGISLATURE), world -> {
							EngagementPlan plan = plan(world, "Engagement with Shared Services Board",
									EngagementKind.BUSINESS_PLAN_DIALOGUE);
							plan.getBodies().add(world.board);
						}, "STK-006"),
				new Case("STK-002", "Add a resistance engagement plan whose audience is the stakeholder (then give it an owner and a date)",
						world -> {
							world.sponsor.setStance(Stance.RESISTANT);
							world.sponsor.setInfluence(5);
						}, world -> plan(world, "Engagement with Jo Sponsor", EngagementKind.RESISTANCE).getAudience().add(world.sponsor),
						"STK-006"),
				new Case("STK-003", "Add a vision engagement plan (then give it an owner and a date)", world -> { },
						world -> plan(world, "Vision for Test portfolio", EngagementKind.VISION), "STK-006"),
				new Case("FIN-001", "Link the baseline cost statements of the case's service", world -> {
					world.businessCase(-100, 60, 60);
					world.statement(CostPhase.BASELINE, CostCategory.PERSONNEL).setService(world.service);
					world.statement(CostPhase.PROJECTED, CostCategory.PERSONNEL).setService(world.service);
					world.statement(CostPhase.BASELINE, CostCategory.HARDWARE);
				}, world -> world.portfolio.getBusinessCases().get(0).getBaseline().add(world.portfolio.getCostStatements().get(0))),
				new Case("FIN-001", "Add an empty baseline cost statement and link it (then enter its costs)",
						world -> world.businessCase(-100, 60, 60), world -> {
							CostStatement statement = MAKE.createCostStatement();
							statement.setName("Baseline of Payroll consolidation");
							statement.setPhase(CostPhase.BASELINE);
							statement.setService(world.service);
							world.portfolio.getCostStatements().add(statement);
							world.portfolio.getBusinessCases().get(0).getBaseline().add(statement);
						}, "FIN-005"),
				new Case("FIN-005", "Remove the empty cost statement", world -> {
					world.statement(CostPhase.BASELINE, CostCategory.SOFTWARE);
					world.statement(CostPhase.PROJECTED, null);
				}, world -> world.portfolio.getCostStatements().remove(1)),
				new Case("GOV-001", "Make the body that oversees the service accountable for it", world -> {
					world.service.setAccountableBody(null);
					world.board.getOversees().add(world.service);
				}, world -> world.service.setAccountableBody(world.board)),
				new Case("GOV-003", "Add the chair to the members", world -> world.board.getMembers().clear(),
						world -> world.board.getMembers().add(world.sponsor)),
				new Case("GOV-004", "Clear the reporting line of the first listed body in the loop", world -> {
					GovernanceBody finance = body(world, "Finance Committee");
					GovernanceBody cabinet = body(world, "Cabinet");
					world.board.setReportsTo(finance);
					finance.setReportsTo(cabinet);
					cabinet.setReportsTo(world.board);
					body(world, "E-mail Working Group").setReportsTo(finance);
				}, world -> world.board.setReportsTo(null)),
				new Case("KPI-001", "Set the target to the latest measured value", world -> {
					Measurement older = MAKE.createMeasurement();
					older.setPeriodEnd(world.daysFromNow(-400));
					older.setValue(5.0);
					world.kpi(null, 10).getMeasurements().add(older);
				}, world -> world.portfolio.getKpis().get(0).setTarget(4.2)),
				new Case("KPI-003", "Add a KPI for the service (then set its target and record measurements)", world -> { }, world -> {
					Kpi kpi = MAKE.createKpi();
					kpi.setName("Performance of Payroll");
					kpi.setService(world.service);
					world.portfolio.getKpis().add(kpi);
				}, "KPI-002"),
				new Case("MIG-001", "Raise the capacity to the number of agencies in the wave", world -> world.wave(3, 2),
						world -> world.portfolio.getMigrationPlans().get(0).getWaves().get(0).setCapacity(3)),
				new Case("MIG-003", "Swap the start and end dates", world -> {
					MigrationWave wave = world.wave(1, 5);
					wave.setStartDate(world.daysFromNow(30));
					wave.setEndDate(world.daysFromNow(10));
				}, world -> {
					MigrationWave wave = world.portfolio.getMigrationPlans().get(0).getWaves().get(0);
					wave.setStartDate(world.daysFromNow(10));
					wave.setEndDate(world.daysFromNow(30));
				}),
				new Case("RSK-001", "Add a planned mitigation (then give it an owner and a due date)", world -> {
					Mitigation escrow = MAKE.createMitigation();
					escrow.setName("Source code escrow");
					escrow.setStatus(MitigationStatus.ABANDONED);
					world.risk(4, 5).getMitigations().add(escrow);
				}, world -> {
					Mitigation mitigation = MAKE.createMitigation();
					mitigation.setName("Mitigation of Cut-over errors");
					mitigation.setStatus(MitigationStatus.PLANNED);
					mitigation.setOwner(world.portfolio.getRisks().get(0).getOwner());
					world.portfolio.getRisks().get(0).getMitigations().add(mitigation);
				}, "RSK-004"),
				new Case("RSK-004", "Make the risk owner the owner of the mitigation", world -> {
					Mitigation unowned = MAKE.createMitigation();
					unowned.setName("Parallel run");
					unowned.setStatus(MitigationStatus.PLANNED);
					unowned.setDueDate(world.daysFromNow(60));
					world.risk(4, 5).getMitigations().add(unowned);
				}, world -> world.portfolio.getRisks().get(0).getMitigations().get(0).setOwner(world.portfolio.getRisks().get(0).getOwner())),
				new Case("RSK-003", "Make the owner of the service at risk the risk owner", world -> {
					Stakeholder owner = MAKE.createStakeholder();
					owner.setName("Sam Owner");
					owner.setRole(StakeholderRole.SERVICE_OWNER);
					world.portfolio.getStakeholders().add(owner);
					world.service.setOwner(owner);
					Risk risk = world.risk(1, 1);
					risk.setOwner(null);
					risk.setSubject(world.service);
				}, world -> world.portfolio.getRisks().get(0).setOwner(world.service.getOwner())),
				new Case("SRC-002", "Scale the shares to add up to 100%", world -> {
					share(world, SourcingType.IN_HOUSE, 60);
					share(world, SourcingType.VENDOR, 30);
				}, world -> {
					world.service.getSourcing().get(0).setSharePercent(66.7);
					world.service.getSourcing().get(1).setSharePercent(33.3);
				}),
				new Case("INN-001", "Record the decision to reinvest in innovation", PortfolioFixesTest::undecided,
						world -> world.portfolio.getReinvestments().get(0).setDecision(ReinvestmentDecision.INNOVATION)),
				new Case("INN-001", "Record the decision to reinvest in the service", PortfolioFixesTest::undecided,
						world -> world.portfolio.getReinvestments().get(0).setDecision(ReinvestmentDecision.SERVICE_IMPROVEMENT)),
				new Case("INN-001", "Record the decision to return the efficiencies to the budget", PortfolioFixesTest::undecided,
						world -> world.portfolio.getReinvestments().get(0).setDecision(ReinvestmentDecision.RETURNED_TO_BUDGET)),
				new Case("MOD-002", "Remove the incomplete subscription", world -> {
					subscription(world, world.agency, world.service);
					subscription(world, world.agency, null);
				}, world -> world.portfolio.getSubscriptions().remove(1)))
				.map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void eachFixRepairsAsItsLabelSaysInOneStepToUndo(Case fix) {
		World world = broken(fix.breaks());
		String before = outline(world.portfolio);
		List<Finding> findings = findings(world, fix.ruleId());
		assertFalse(findings.isEmpty(), fix + " needs a finding to repair");
		QuickFix quickFix = quickFix(fix.ruleId(), fix.label());
		assertTrue(findings.stream().allMatch(finding -> quickFix.repairs(domain, finding)), "offered for " + findings);
		assertEquals(before, outline(world.portfolio), "offering a fix changes nothing");

		Command repair = quickFix.repairAll(domain, findings);
		stack.execute(repair);
		if (fix.stillNeeds() == null) {
			assertEquals(List.of(), findings(world, fix.ruleId()), "repaired");
		} else {
			assertEquals(messages(findings), messages(findings(world, fix.ruleId())), "a placeholder does not make the rule pass");
			assertFalse(findings(world, fix.stillNeeds()).isEmpty(), fix.stillNeeds() + " names what the new element lacks");
		}
		World promised = broken(fix.breaks());
		fix.promised().accept(promised);
		String after = outline(promised.portfolio);
		assertEquals(after, outline(world.portfolio), "changes what the label says, and nothing else");
		assertEquals(fix.label(), stack.getUndoCommand().getLabel(), "the undo menu names the fix");

		stack.undo();
		assertEquals(before, outline(world.portfolio), "undo restores every value");
		assertEquals(messages(findings), messages(findings(world, fix.ruleId())), "undo brings the findings back");
		assertFalse(stack.canUndo(), "one step");

		stack.redo();
		assertEquals(after, outline(world.portfolio), "redo repeats the repair");
	}

	@Test
	void everyDeclaredFixIsTestedAndHasLogic() {
		Set<String> keys = new TreeSet<>();
		String fixClass = PortfolioFix.class.getName() + ":";
		for (IConfigurationElement rule : Platform.getExtensionRegistry().getConfigurationElementsFor(RuleExtensions.EXTENSION_POINT)) {
			for (IConfigurationElement fix : rule.getChildren("fix")) {
				if (fix.getAttribute("class").startsWith(fixClass)) {
					String key = fix.getAttribute("class").substring(fixClass.length());
					assertTrue(key.startsWith(rule.getAttribute("id")), key + " is declared under " + rule.getAttribute("id"));
					assertTrue(keys.add(key), key + " is declared once");
				}
			}
		}
		assertEquals(new TreeSet<>(PortfolioFixes.keys()), keys);

		Set<String> offered = RULES.rules().stream().flatMap(rule -> rule.fixes().stream().map(fix -> rule.id() + ": " + fix.label()))
				.collect(Collectors.toCollection(TreeSet::new));
		Set<String> tested = cases().map(arguments -> arguments.get()[0].toString()).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(offered, tested);
		long rulesWithFixes = RULES.rules().stream().filter(rule -> !rule.fixes().isEmpty()).count();
		assertTrue(rulesWithFixes >= 10, rulesWithFixes + " rules with fixes");
	}

	@Test
	void fixingSeveralFindingsAtOnceIsOneStepToUndo() {
		World world = new World();
		world.board.setKind(GovernanceBodyKind.LEGISLATURE);
		body(world, "Cabinet").setKind(GovernanceBodyKind.CABINET);
		body(world, "Auditor General").setKind(GovernanceBodyKind.OVERSIGHT_OFFICE);
		String before = outline(world.portfolio);
		List<Finding> findings = findings(world, "STK-001");
		assertEquals(3, findings.size());

		stack.execute(quickFix("STK-001", "Add a business plan dialogue that addresses the body (then give it an owner and a date)")
				.repairAll(domain, findings));
		assertEquals(3, findings(world, "STK-006").size(), "each new plan asks for its owner and date");
		assertEquals(List.of("Engagement with Shared Services Board", "Engagement with Cabinet", "Engagement with Auditor General"),
				world.portfolio.getEngagementPlans().stream().map(EngagementPlan::getName).toList());
		assertEquals(world.portfolio.getGovernanceBodies(),
				world.portfolio.getEngagementPlans().stream().map(plan -> plan.getBodies().get(0)).toList());

		stack.undo();
		assertEquals(before, outline(world.portfolio));
		assertEquals(3, findings(world, "STK-001").size());
		assertFalse(stack.canUndo());
	}

	@Test
	void aLoopIsBrokenOnceWhateverFindingOfItIsRepaired() {
		World world = new World();
		GovernanceBody cabinet = body(world, "Cabinet");
		world.board.setReportsTo(cabinet);
		cabinet.setReportsTo(world.board);
		QuickFix fix = quickFix("GOV-004", "Clear the reporting line of the first listed body in the loop");
		Finding onCabinet = findings(world, "GOV-004").stream().filter(finding -> finding.element() == cabinet).findFirst().orElseThrow();

		stack.execute(fix.repairAll(domain, List.of(onCabinet)));
		assertNull(world.board.getReportsTo(), "the board, listed first, is now the top");
		assertEquals(world.board, cabinet.getReportsTo());
	}

	@Test
	void aSubscriptionWithNeitherAgencyNorServiceIsRemovedOnce() {
		World world = new World();
		Subscription empty = subscription(world, null, null);
		String before = outline(world.portfolio);
		List<Finding> findings = findings(world, "MOD-002");
		assertEquals(2, findings.size());
		QuickFix fix = quickFix("MOD-002", "Remove the incomplete subscription");
		assertEquals(List.of(true, false), findings.stream().map(finding -> fix.repairs(domain, finding)).toList(),
				"offered on the first finding, about the agency, only");

		stack.execute(fix.repairAll(domain, findings));
		assertEquals(List.of(), world.portfolio.getSubscriptions());
		stack.undo();
		assertEquals(List.of(empty), world.portfolio.getSubscriptions());
		assertEquals(before, outline(world.portfolio));
	}

	/** A fix, by its rule and label, and a portfolio where the model does not say how to repair what its rule finds. */
	private record Unrepairable(String ruleId, String label, Consumer<World> breaks) {
		@Override
		public String toString() {
			return ruleId + ": " + label;
		}
	}

	static Stream<Arguments> notOffered() {
		return Stream.of(
				new Unrepairable("FIN-001", "Link the baseline cost statements of the case's service", world -> {
					world.businessCase(-100, 60, 60);
					world.statement(CostPhase.PROJECTED, CostCategory.PERSONNEL).setService(world.service);
				}),
				new Unrepairable("FIN-005", "Remove the empty cost statement",
						world -> world.businessCase(-100, 60, 60).getBaseline().add(world.statement(CostPhase.BASELINE, null))),
				new Unrepairable("GOV-001", "Make the body that oversees the service accountable for it", world -> {
					world.service.setAccountableBody(null);
					world.board.getOversees().add(world.service);
					body(world, "Finance Committee").getOversees().add(world.service);
				}),
				new Unrepairable("GOV-003", "Add the chair to the members", world -> world.board.setChair(null)),
				new Unrepairable("KPI-001", "Set the target to the latest measured value", world -> world.kpi(null, -1)),
				new Unrepairable("RSK-003", "Make the owner of the service at risk the risk owner", world -> {
					Risk risk = world.risk(1, 1);
					risk.setOwner(null);
					risk.setSubject(world.service);
				}),
				new Unrepairable("SRC-002", "Scale the shares to add up to 100%", world -> {
					share(world, SourcingType.IN_HOUSE, 0);
					share(world, SourcingType.VENDOR, 0);
				}))
				.map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notOffered")
	void aFixIsNotOfferedWhereItCannotRepairTheFinding(Unrepairable fix) {
		World world = broken(fix.breaks());
		List<Finding> findings = findings(world, fix.ruleId());
		assertFalse(findings.isEmpty(), fix.ruleId() + " should find the problem");
		QuickFix quickFix = quickFix(fix.ruleId(), fix.label());
		assertTrue(findings.stream().noneMatch(finding -> quickFix.repairs(domain, finding)));
		assertFalse(quickFix.repairAll(domain, findings).canExecute());
	}

	@Test
	void aFindingThatNoLongerHoldsGetsNoRepair() {
		World world = new World();
		Kpi kpi = world.kpi(null, 10);
		List<Finding> findings = findings(world, "KPI-001");
		kpi.setTarget(3.9);
		assertFalse(quickFix("KPI-001", "Set the target to the latest measured value").repairs(domain, findings.get(0)));
	}

	private static QuickFix quickFix(String ruleId, String label) {
		return RULES.rule(ruleId).fixes().stream().filter(fix -> fix.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError(ruleId + " offers no fix " + label));
	}

	private static World broken(Consumer<World> breaks) {
		World world = new World();
		breaks.accept(world);
		return world;
	}

	private static List<String> messages(List<Finding> findings) {
		return findings.stream().map(Finding::message).toList();
	}

	private static EngagementPlan plan(World world, String name, EngagementKind kind) {
		EngagementPlan plan = MAKE.createEngagementPlan();
		plan.setName(name);
		plan.setKind(kind);
		world.portfolio.getEngagementPlans().add(plan);
		return plan;
	}

	private static GovernanceBody body(World world, String name) {
		GovernanceBody body = MAKE.createGovernanceBody();
		body.setName(name);
		body.getMembers().add(world.sponsor);
		body.setChair(world.sponsor);
		world.portfolio.getGovernanceBodies().add(body);
		return body;
	}

	private static void share(World world, SourcingType type, double percent) {
		SourcingShare share = MAKE.createSourcingShare();
		share.setType(type);
		share.setSharePercent(percent);
		world.service.getSourcing().add(share);
	}

	private static void undecided(World world) {
		Reinvestment reinvestment = MAKE.createReinvestment();
		reinvestment.setName("Payroll savings");
		reinvestment.setAmount(250000);
		reinvestment.setFiscalYear(2026);
		world.portfolio.getReinvestments().add(reinvestment);
	}

	private static Subscription subscription(World world, Agency consumer, SharedService service) {
		Subscription subscription = MAKE.createSubscription();
		subscription.setConsumer(consumer);
		subscription.setService(service);
		world.portfolio.getSubscriptions().add(subscription);
		return subscription;
	}

	/**
	 * The portfolio as text: every element with the values a user can see and edit (ids left
	 * out, they are random), references as the paths of their targets. Two portfolios with the
	 * same outline differ only in ids.
	 */
	private static String outline(EObject root) {
		StringBuilder text = new StringBuilder();
		outline(root, "", "", text);
		return text.toString();
	}

	private static void outline(EObject element, String indent, String role, StringBuilder text) {
		text.append(indent).append(role).append(element.eClass().getName()).append('\n');
		String inner = indent + "  ";
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature == PortfolioPackage.Literals.IDENTIFIED__ID || !element.eIsSet(feature)) {
				continue;
			}
			List<?> values = feature.isMany() ? (List<?>) element.eGet(feature) : List.of(element.eGet(feature));
			if (feature instanceof EReference reference && reference.isContainment()) {
				values.forEach(child -> outline((EObject) child, inner, feature.getName() + ": ", text));
			} else if (feature instanceof EReference) {
				text.append(inner).append(feature.getName()).append(" -> ")
						.append(values.stream().map(target -> path((EObject) target)).toList()).append('\n');
			} else {
				text.append(inner).append(feature.getName()).append(" = ").append(values).append('\n');
			}
		}
	}

	private static String path(EObject element) {
		EObject container = element.eContainer();
		if (container == null) {
			return "";
		}
		EReference feature = element.eContainmentFeature();
		String step = feature.isMany() ? feature.getName() + "[" + ((List<?>) container.eGet(feature)).indexOf(element) + "]"
				: feature.getName();
		return path(container) + "/" + step;
	}
}
