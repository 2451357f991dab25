package org.civitas.portfolio.model.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.BusinessCase;
import org.civitas.portfolio.model.CostCategory;
import org.civitas.portfolio.model.CostEntry;
import org.civitas.portfolio.model.CostPhase;
import org.civitas.portfolio.model.CostStatement;
import org.civitas.portfolio.model.DecisionRight;
import org.civitas.portfolio.model.DecisionRightKind;
import org.civitas.portfolio.model.GovernanceBody;
import org.civitas.portfolio.model.GovernanceBodyKind;
import org.civitas.portfolio.model.Identified;
import org.civitas.portfolio.model.JurisdictionLevel;
import org.civitas.portfolio.model.Kpi;
import org.civitas.portfolio.model.KpiDirection;
import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.Measurement;
import org.civitas.portfolio.model.Mitigation;
import org.civitas.portfolio.model.MitigationStatus;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.RiskCategory;
import org.civitas.portfolio.model.ServiceLevel;
import org.civitas.portfolio.model.ServiceLine;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.SourcingShare;
import org.civitas.portfolio.model.SourcingType;
import org.civitas.portfolio.model.Stakeholder;
import org.civitas.portfolio.model.StakeholderRole;
import org.civitas.portfolio.model.Stance;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.SubscriptionStatus;
import org.civitas.portfolio.model.Vendor;
import org.civitas.portfolio.model.YearlyCashFlow;

/**
 * A synthetic portfolio of about a given number of elements, for benchmarks and scale tests.
 * The same size and seed give the same portfolio, ids included. Its shape follows real
 * portfolios: many subscriptions and risks, fewer services, few governance bodies, and
 * business cases, KPIs and cost statements with their yearly detail.
 */
public final class SyntheticPortfolio {

	/** Elements one unit of each kind adds: the element and what it contains. */
	private static final double ELEMENTS_PER_UNIT_OF_SIZE = 0.93;

	private final PortfolioFactory factory = PortfolioFactory.eINSTANCE;
	private final Random random;

	private SyntheticPortfolio(long seed) {
		random = new Random(seed);
	}

	/** A portfolio of about {@code elements} elements; the same arguments give the same portfolio. */
	public static Portfolio generate(int elements, long seed) {
		return new SyntheticPortfolio(seed).build(elements);
	}

	/**
	 * A portfolio of {@code services} services, named by number, with {@code dependencies}
	 * distinct random dependencies between them and none on itself: a large dependency diagram.
	 *
	 * @throws IllegalArgumentException if there are more dependencies than pairs of services
	 */
	public static Portfolio dependencyGraph(int services, int dependencies, long seed) {
		if (dependencies > (long) services * (services - 1)) {
			throw new IllegalArgumentException(dependencies + " dependencies between " + services + " services"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		SyntheticPortfolio generator = new SyntheticPortfolio(seed);
		Portfolio portfolio = generator.identified(generator.factory.createPortfolio());
		portfolio.setName("Dependencies of " + services + " services"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < services; i++) {
			SharedService service = generator.identified(generator.factory.createSharedService());
			service.setName(String.format("Service %04d", i)); //$NON-NLS-1$
			portfolio.getServices().add(service);
		}
		Set<Long> taken = new HashSet<>();
		while (taken.size() < dependencies) {
			int from = generator.random.nextInt(services);
			int to = generator.random.nextInt(services);
			if (from != to && taken.add((long) from * services + to)) {
				portfolio.getServices().get(from).getDependsOn().add(portfolio.getServices().get(to));
			}
		}
		return portfolio;
	}

	private Portfolio build(int elements) {
		double scale = elements / ELEMENTS_PER_UNIT_OF_SIZE;
		Portfolio portfolio = identified(factory.createPortfolio());
		portfolio.setName("Synthetic portfolio of " + elements + " elements"); //$NON-NLS-1$ //$NON-NLS-2$
		portfolio.setJurisdiction("State of Example"); //$NON-NLS-1$

		List<Agency> agencies = new ArrayList<>();
		for (int i = 0; i < count(scale, 0.04, 2); i++) {
			Agency agency = identified(factory.createAgency());
			agency.setName("Agency " + (i + 1)); //$NON-NLS-1$
			agency.setJurisdictionLevel(pick(JurisdictionLevel.values()));
			agency.setEmployees(50 + random.nextInt(20_000));
			agencies.add(agency);
		}
		portfolio.getOrganizations().addAll(agencies);
		List<Vendor> vendors = new ArrayList<>();
		for (int i = 0; i < count(scale, 0.005, 1); i++) {
			Vendor vendor = identified(factory.createVendor());
			vendor.setName("Vendor " + (i + 1)); //$NON-NLS-1$
			vendors.add(vendor);
		}
		portfolio.getOrganizations().addAll(vendors);

		List<Stakeholder> stakeholders = new ArrayList<>();
		for (int i = 0; i < count(scale, 0.04, 2); i++) {
			Stakeholder stakeholder = identified(factory.createStakeholder());
			stakeholder.setName("Stakeholder " + (i + 1)); //$NON-NLS-1$
			stakeholder.setRole(pick(StakeholderRole.values()));
			stakeholder.setStance(pick(Stance.values()));
			stakeholder.setInfluence(1 + random.nextInt(5));
			stakeholder.setOrganization(pick(agencies));
			stakeholders.add(stakeholder);
		}
		portfolio.getStakeholders().addAll(stakeholders);

		List<SharedService> services = new ArrayList<>();
		for (int i = 0; i < count(scale, 0.03, 1); i++) {
			services.add(service(i, agencies, vendors, stakeholders));
		}
		portfolio.getServices().addAll(services);

		for (int i = 0; i < count(scale, 0.005, 1); i++) {
			portfolio.getGovernanceBodies().add(body(i, stakeholders, services));
		}
		for (int i = 0; i < count(scale, 0.2, 1); i++) {
			Subscription subscription = identified(factory.createSubscription());
			subscription.setConsumer(pick(agencies));
			subscription.setService(pick(services));
			subscription.setStatus(pick(SubscriptionStatus.values()));
			subscription.setVolume(10 + random.nextInt(5_000));
			portfolio.getSubscriptions().add(subscription);
		}
		for (int i = 0; i < count(scale, 0.05, 1); i++) {
			portfolio.getRisks().add(risk(i, stakeholders, services));
		}
		for (int i = 0; i < count(scale, 0.005, 1); i++) {
			portfolio.getBusinessCases().add(businessCase(i, services));
		}
		for (int i = 0; i < count(scale, 0.01, 1); i++) {
			portfolio.getKpis().add(kpi(i, services));
		}
		for (int i = 0; i < count(scale, 0.02, 1); i++) {
			portfolio.getCostStatements().add(costStatement(i, agencies, services));
		}
		return portfolio;
	}

	private SharedService service(int index, List<Agency> agencies, List<Vendor> vendors, List<Stakeholder> people) {
		SharedService service = identified(factory.createSharedService());
		service.setName("Service " + (index + 1)); //$NON-NLS-1$
		service.setServiceLine(pick(ServiceLine.values()));
		service.setLifecycle(pick(LifecycleStage.values()));
		service.setFunctionalFit(1 + random.nextInt(5));
		service.setTechnicalFit(1 + random.nextInt(5));
		service.setMaturityLevel(1 + random.nextInt(5));
		service.setCritical(random.nextInt(4) == 0);
		service.setProvider(pick(agencies));
		service.setOwner(pick(people));
		service.setSponsor(pick(people));
		for (int level = 0; level < 2; level++) {
			ServiceLevel target = identified(factory.createServiceLevel());
			target.setName(level == 0 ? "Availability" : "Resolution time"); //$NON-NLS-1$ //$NON-NLS-2$
			target.setTarget(level == 0 ? 99.5 : 8);
			target.setUnit(level == 0 ? "%" : "hours"); //$NON-NLS-1$ //$NON-NLS-2$
			service.getServiceLevels().add(target);
		}
		SourcingShare inHouse = identified(factory.createSourcingShare());
		inHouse.setType(SourcingType.IN_HOUSE);
		inHouse.setSupplier(service.getProvider());
		inHouse.setSharePercent(60);
		SourcingShare vendor = identified(factory.createSourcingShare());
		vendor.setType(SourcingType.VENDOR);
		vendor.setSupplier(pick(vendors));
		vendor.setSharePercent(40);
		service.getSourcing().add(inHouse);
		service.getSourcing().add(vendor);
		return service;
	}

	private GovernanceBody body(int index, List<Stakeholder> people, List<SharedService> services) {
		GovernanceBody body = identified(factory.createGovernanceBody());
		body.setName("Board " + (index + 1)); //$NON-NLS-1$
		body.setKind(pick(GovernanceBodyKind.values()));
		for (int i = 0; i < 5; i++) {
			body.getMembers().add(pick(people));
		}
		body.getOversees().add(pick(services));
		for (DecisionRightKind kind : new DecisionRightKind[] { DecisionRightKind.FUNDING, DecisionRightKind.PRICING }) {
			DecisionRight right = identified(factory.createDecisionRight());
			right.setKind(kind);
			body.getDecisionRights().add(right);
		}
		return body;
	}

	private Risk risk(int index, List<Stakeholder> people, List<SharedService> services) {
		Risk risk = identified(factory.createRisk());
		risk.setName("Risk " + (index + 1)); //$NON-NLS-1$
		risk.setCategory(pick(RiskCategory.values()));
		risk.setLikelihood(1 + random.nextInt(5));
		risk.setImpact(1 + random.nextInt(5));
		risk.setOwner(pick(people));
		risk.setSubject(pick(services));
		for (int i = 0; i < 2; i++) {
			Mitigation mitigation = identified(factory.createMitigation());
			mitigation.setName("Mitigation " + (i + 1)); //$NON-NLS-1$
			mitigation.setStatus(pick(MitigationStatus.values()));
			risk.getMitigations().add(mitigation);
		}
		return risk;
	}

	private BusinessCase businessCase(int index, List<SharedService> services) {
		BusinessCase businessCase = identified(factory.createBusinessCase());
		businessCase.setName("Business case " + (index + 1)); //$NON-NLS-1$
		businessCase.setService(pick(services));
		double investment = 100_000 + random.nextInt(5_000_000);
		for (int period = 0; period <= 10; period++) {
			YearlyCashFlow flow = identified(factory.createYearlyCashFlow());
			flow.setPeriod(period);
			flow.setInvestment(period == 0 ? investment : 0);
			flow.setOperatingCost(period == 0 ? 0 : investment * 0.05);
			flow.setBenefits(period == 0 ? 0 : investment * (0.1 + random.nextDouble() * 0.2));
			businessCase.getCashFlows().add(flow);
		}
		return businessCase;
	}

	private Kpi kpi(int index, List<SharedService> services) {
		Kpi kpi = identified(factory.createKpi());
		kpi.setName("KPI " + (index + 1)); //$NON-NLS-1$
		kpi.setDirection(KpiDirection.HIGHER_IS_BETTER);
		kpi.setTarget(95.0);
		kpi.setWarningThreshold(90.0);
		kpi.setAlarmThreshold(80.0);
		kpi.setService(pick(services));
		for (int month = 0; month < 12; month++) {
			Measurement measurement = identified(factory.createMeasurement());
			measurement.setValue(75 + random.nextDouble() * 25);
			kpi.getMeasurements().add(measurement);
		}
		return kpi;
	}

	private CostStatement costStatement(int index, List<Agency> agencies, List<SharedService> services) {
		CostStatement statement = identified(factory.createCostStatement());
		statement.setName("Costs " + (index + 1)); //$NON-NLS-1$
		statement.setPhase(pick(CostPhase.values()));
		statement.setFiscalYear(2020 + random.nextInt(8));
		statement.setAgency(pick(agencies));
		statement.setService(pick(services));
		for (int i = 0; i < 6; i++) {
			CostEntry entry = identified(factory.createCostEntry());
			entry.setCategory(CostCategory.values()[i]);
			entry.setAmount(1_000 + random.nextInt(1_000_000));
			statement.getEntries().add(entry);
		}
		return statement;
	}

	private static int count(double scale, double share, int minimum) {
		return Math.max(minimum, (int) Math.round(scale * share));
	}

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Ids come from the seeded random source, so that the same seed gives the same file. */
	private <T extends Identified> T identified(T element) {
		element.setId(new UUID(random.nextLong(), random.nextLong()).toString());
		return element;
	}
}
