package org.civitas.portfolio.model.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.civitas.portfolio.model.BusinessCase;
import org.civitas.portfolio.model.GovernanceBody;
import org.civitas.portfolio.model.GovernanceBodyKind;
import org.civitas.portfolio.model.Kpi;
import org.civitas.portfolio.model.KpiDirection;
import org.civitas.portfolio.model.KpiStatus;
import org.civitas.portfolio.model.Measurement;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.RiskLevel;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.TimeClassification;
import org.civitas.portfolio.model.YearlyCashFlow;
import org.junit.jupiter.api.Test;

/** Values a user reads but never types: derived from what the model holds. */
class DerivedValuesTest {

	private final PortfolioFactory factory = PortfolioFactory.eINSTANCE;

	@Test
	void timeClassFollowsFunctionalAndTechnicalFit() {
		SharedService service = factory.createSharedService();
		assertEquals(TimeClassification.UNCLASSIFIED, service.getTimeClassification(), "fit not assessed");
		service.setFunctionalFit(4);
		service.setTechnicalFit(5);
		assertEquals(TimeClassification.INVEST, service.getTimeClassification());
		service.setTechnicalFit(2);
		assertEquals(TimeClassification.MIGRATE, service.getTimeClassification());
		service.setFunctionalFit(1);
		assertEquals(TimeClassification.ELIMINATE, service.getTimeClassification());
		service.setTechnicalFit(3);
		assertEquals(TimeClassification.TOLERATE, service.getTimeClassification());
	}

	@Test
	void riskLevelUsesThePortfolioThresholds() {
		Portfolio portfolio = factory.createPortfolio();
		Risk risk = factory.createRisk();
		portfolio.getRisks().add(risk);
		risk.setLikelihood(3);
		risk.setImpact(4);
		assertEquals(12, risk.getScore());
		assertEquals(RiskLevel.HIGH, risk.getLevel(), "default thresholds: high from 10");

		portfolio.setHighRiskFrom(13);
		assertEquals(RiskLevel.MEDIUM, risk.getLevel(), "a stricter portfolio rates the same score lower");

		risk.setResidualLikelihood(1);
		risk.setResidualImpact(2);
		assertEquals(2, risk.getResidualScore());
		assertEquals(RiskLevel.LOW, risk.getResidualLevel());
	}

	@Test
	void authorizingBodiesAreLegislaturesCabinetsAndOversightOffices() {
		GovernanceBody body = factory.createGovernanceBody();
		body.setKind(GovernanceBodyKind.LEGISLATURE);
		assertTrue(body.isAuthorizing());
		body.setKind(GovernanceBodyKind.STEERING_COMMITTEE);
		assertFalse(body.isAuthorizing());
	}

	@Test
	void businessCaseFiguresComeFromItsCashFlowsAtThePortfolioRate() {
		Portfolio portfolio = factory.createPortfolio();
		portfolio.setDiscountRate(0.10);
		BusinessCase businessCase = factory.createBusinessCase();
		portfolio.getBusinessCases().add(businessCase);
		// Net flows -1000, 300, 400, 500: NPV at 10% = -1000 + 272.73 + 330.58 + 375.66 = -21.04;
		// cumulative -700, -300, +200, so simple payback = 2 + 300/500 = 2.6 years.
		addFlow(businessCase, 0, 1000, 0, 0);
		addFlow(businessCase, 1, 0, 100, 400);
		addFlow(businessCase, 2, 0, 100, 500);
		addFlow(businessCase, 3, 0, 100, 600);

		assertEquals(-21.04, businessCase.getNpv(), 0.005);
		assertEquals(0.08896, businessCase.getIrr(), 0.00001);
		assertNull(businessCase.getIrrExplanation());
		assertEquals(2.6, businessCase.getSimplePayback(), 1e-9);
		assertNull(businessCase.getDiscountedPayback(), "not paid back within the flows at 10%");
		// Benefits 1500, costs 1300: ROI = 200 / 1300.
		assertEquals(200.0 / 1300.0, businessCase.getRoi(), 1e-12);

		businessCase.setDiscountRate(0.0);
		assertEquals(200.0, businessCase.getNpv(), 1e-9, "the case's own rate wins over the portfolio's");
	}

	@Test
	void businessCaseWithSeveralRatesExplainsInsteadOfPickingOne() {
		BusinessCase businessCase = factory.createBusinessCase();
		// Net flows -100, +230, -132 have two IRRs: 10% and 20%.
		addFlow(businessCase, 0, 100, 0, 0);
		addFlow(businessCase, 1, 0, 0, 230);
		addFlow(businessCase, 2, 0, 132, 0);

		assertNull(businessCase.getIrr());
		assertTrue(businessCase.getIrrExplanation().contains("10.00%, 20.00%"), businessCase.getIrrExplanation());
	}

	@Test
	void kpiStatusComesFromTheLatestMeasurement() {
		Kpi kpi = factory.createKpi();
		kpi.setDirection(KpiDirection.HIGHER_IS_BETTER);
		kpi.setTarget(99.5);
		kpi.setWarningThreshold(99.0);
		kpi.setAlarmThreshold(98.0);
		assertEquals(KpiStatus.NO_DATA, kpi.getStatus());

		kpi.getMeasurements().add(measurement(2026, 1, 97.0));
		kpi.getMeasurements().add(measurement(2026, 3, 99.7));
		kpi.getMeasurements().add(measurement(2026, 2, 98.5));
		assertEquals(KpiStatus.ON_TARGET, kpi.getStatus(), "March, the latest period, is on target");

		kpi.getMeasurements().add(measurement(2026, 4, 98.6));
		assertEquals(KpiStatus.WARNING, kpi.getStatus());
	}

	private void addFlow(BusinessCase businessCase, int period, double investment, double operatingCost,
			double benefits) {
		YearlyCashFlow flow = factory.createYearlyCashFlow();
		flow.setPeriod(period);
		flow.setInvestment(investment);
		flow.setOperatingCost(operatingCost);
		flow.setBenefits(benefits);
		businessCase.getCashFlows().add(flow);
	}

	private Measurement measurement(int year, int month, double value) {
		Measurement measurement = factory.createMeasurement();
		measurement.setPeriodStart(date(LocalDate.of(year, month, 1)));
		measurement.setPeriodEnd(date(LocalDate.of(year, month, 1).plusMonths(1).minusDays(1)));
		measurement.setValue(value);
		return measurement;
	}

	private static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}
}
