package org.civitas.portfolio.edit;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.Benchmark;
import org.civitas.portfolio.model.BestPractice;
import org.civitas.portfolio.model.BusinessCase;
import org.civitas.portfolio.model.ChangeImpact;
import org.civitas.portfolio.model.ChargebackRate;
import org.civitas.portfolio.model.CommunityEvent;
import org.civitas.portfolio.model.CommunityOfPractice;
import org.civitas.portfolio.model.CommunityProblem;
import org.civitas.portfolio.model.CostEntry;
import org.civitas.portfolio.model.CostStatement;
import org.civitas.portfolio.model.CustomerNeed;
import org.civitas.portfolio.model.DecisionRight;
import org.civitas.portfolio.model.DimensionScore;
import org.civitas.portfolio.model.EngagementPlan;
import org.civitas.portfolio.model.FundingModel;
import org.civitas.portfolio.model.GovernanceBody;
import org.civitas.portfolio.model.ImplementationCase;
import org.civitas.portfolio.model.Initiative;
import org.civitas.portfolio.model.Kpi;
import org.civitas.portfolio.model.LineOfBusinessProposal;
import org.civitas.portfolio.model.MaturityAssessment;
import org.civitas.portfolio.model.Measurement;
import org.civitas.portfolio.model.MigrationPlan;
import org.civitas.portfolio.model.MigrationWave;
import org.civitas.portfolio.model.Mitigation;
import org.civitas.portfolio.model.Named;
import org.civitas.portfolio.model.Organization;
import org.civitas.portfolio.model.Peer;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.Reinvestment;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.ServiceLevel;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.SourcingShare;
import org.civitas.portfolio.model.Stakeholder;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.WorkforcePlan;
import org.civitas.portfolio.model.WorkforceRole;
import org.civitas.portfolio.model.YearlyCashFlow;
import org.civitas.portfolio.model.index.PortfolioIndex;
import org.civitas.portfolio.model.index.PortfolioIndex.Adoption;
import org.civitas.portfolio.model.util.PortfolioSwitch;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

/**
 * What a portfolio element is called in trees and outlines: a caption (its name, or for
 * unnamed elements what identifies them, such as "Revenue → Payroll" for a subscription) and
 * the key figure a reader wants next to it ("live, 12 agencies").
 */
public final class PortfolioLabels {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private PortfolioLabels() {
	}

	/** The element's name, or what identifies an element that has none; never {@code null}. */
	public static String caption(EObject element) {
		String caption = new Captions().doSwitch(element);
		return caption != null && !caption.isBlank() ? caption : typeName(element);
	}

	/** The element's key figure, or {@code null} when it has none worth showing. */
	public static String keyFigure(EObject element) {
		return new KeyFigures().doSwitch(element);
	}

	/** Caption and key figure as one line: "Payroll services — live, 12 agencies". */
	public static String label(EObject element) {
		String figure = keyFigure(element);
		return figure == null ? caption(element) : caption(element) + Messages.separator + figure;
	}

	/** The readable name of the element's class, such as "Shared Service". */
	public static String typeName(EObject element) {
		return PortfolioEditPlugin.INSTANCE.getString("_UI_" + element.eClass().getName() + "_type");
	}

	/** The readable label of an enum value, such as "Multi jurisdiction alliance". */
	public static String enumLabel(Enumerator value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		return PortfolioEditPlugin.INSTANCE
				.getString("_UI_" + value.getClass().getSimpleName() + "_" + value.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** An enum label placed inside a sentence: lower case unless it starts with an acronym. */
	private static String inSentence(Enumerator value) {
		String label = enumLabel(value);
		boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
		return acronym || label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

	static String format(String pattern, Object... values) {
		return new MessageFormat(pattern, Locale.getDefault()).format(values);
	}

	private static String date(Date date) {
		return date == null ? Messages.unknownDate : DATE.format(date.toInstant().atZone(ZoneId.systemDefault()));
	}

	private static String number(double value) {
		NumberFormat format = NumberFormat.getNumberInstance();
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/** An amount in the portfolio's currency, shortened to what a label has room for: "11.9M USD". */
	private static String money(EObject element, double value) {
		NumberFormat format = NumberFormat.getCompactNumberInstance(Locale.getDefault(), NumberFormat.Style.SHORT);
		format.setMaximumFractionDigits(1);
		Portfolio portfolio = portfolioOf(element);
		String currency = portfolio == null || portfolio.getCurrency() == null ? "" : portfolio.getCurrency(); //$NON-NLS-1$
		return format(Messages.amount, format.format(value), currency).strip();
	}

	private static Portfolio portfolioOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Portfolio portfolio) {
				return portfolio;
			}
		}
		return null;
	}

	/** How a referenced element is named inside another's caption; "?" when the reference is not set. */
	private static String nameOf(Named named) {
		return named == null ? "?" : caption(named); //$NON-NLS-1$
	}

	private static final class Captions extends PortfolioSwitch<String> {

		@Override
		public String caseNamed(Named object) {
			return object.getName();
		}

		@Override
		public String caseSourcingShare(SourcingShare object) {
			return format(Messages.sourcingShareCaption, enumLabel(object.getType()), nameOf(object.getSupplier()));
		}

		@Override
		public String caseSubscription(Subscription object) {
			return format(Messages.subscriptionCaption, nameOf(object.getConsumer()), nameOf(object.getService()));
		}

		@Override
		public String caseDecisionRight(DecisionRight object) {
			return enumLabel(object.getKind());
		}

		@Override
		public String caseCostEntry(CostEntry object) {
			return object.getLabel() != null && !object.getLabel().isBlank() ? object.getLabel()
					: enumLabel(object.getCategory());
		}

		@Override
		public String caseYearlyCashFlow(YearlyCashFlow object) {
			return format(Messages.yearlyCashFlowCaption, object.getPeriod());
		}

		@Override
		public String caseChargebackRate(ChargebackRate object) {
			return format(Messages.chargebackRateCaption, money(object, object.getRate()), object.getUnit());
		}

		@Override
		public String caseMeasurement(Measurement object) {
			return format(Messages.measurementCaption, date(object.getPeriodStart()), date(object.getPeriodEnd()));
		}

		@Override
		public String caseDimensionScore(DimensionScore object) {
			return enumLabel(object.getDimension());
		}
	}

	private static final class KeyFigures extends PortfolioSwitch<String> {

		@Override
		public String casePortfolio(Portfolio object) {
			long agencies = object.getOrganizations().stream().filter(Agency.class::isInstance).count();
			return format(Messages.portfolio, object.getServices().size(), agencies);
		}

		@Override
		public String caseAgency(Agency object) {
			Portfolio portfolio = portfolioOf(object);
			Adoption adoption = portfolio == null ? new Adoption(0, 0) : PortfolioIndex.of(portfolio).adoptionOf(object);
			String figure = format(Messages.agency, inSentence(object.getJurisdictionLevel()), adoption.live());
			return adoption.migrating() == 0 ? figure : figure + format(Messages.agencyMigrating, adoption.migrating());
		}

		@Override
		public String caseOrganization(Organization object) {
			return object.getCountry();
		}

		@Override
		public String caseSharedService(SharedService object) {
			Portfolio portfolio = portfolioOf(object);
			Adoption adoption = portfolio == null ? new Adoption(0, 0) : PortfolioIndex.of(portfolio).adoptionOf(object);
			String figure = format(Messages.service, inSentence(object.getLifecycle()), adoption.live());
			return adoption.migrating() == 0 ? figure : figure + format(Messages.serviceMigrating, adoption.migrating());
		}

		@Override
		public String caseServiceLevel(ServiceLevel object) {
			return format(Messages.serviceLevel, number(object.getTarget()), object.getUnit() == null ? "" : object.getUnit()).strip(); //$NON-NLS-1$
		}

		@Override
		public String caseSourcingShare(SourcingShare object) {
			return format(Messages.sourcingShare, number(object.getSharePercent()));
		}

		@Override
		public String caseSubscription(Subscription object) {
			return inSentence(object.getStatus());
		}

		@Override
		public String caseGovernanceBody(GovernanceBody object) {
			return format(Messages.governanceBody, inSentence(object.getKind()), object.getMembers().size());
		}

		@Override
		public String caseDecisionRight(DecisionRight object) {
			return format(Messages.decisionRight, object.getServices().size());
		}

		@Override
		public String caseStakeholder(Stakeholder object) {
			return format(Messages.stakeholder, enumLabel(object.getRole()), inSentence(object.getStance()),
					object.getInfluence());
		}

		@Override
		public String caseEngagementPlan(EngagementPlan object) {
			return object.getNextDate() == null ? inSentence(object.getKind())
					: format(Messages.engagementPlanNext, inSentence(object.getKind()), date(object.getNextDate()));
		}

		@Override
		public String caseChangeImpact(ChangeImpact object) {
			return format(Messages.changeImpact, object.getAffectedStaff());
		}

		@Override
		public String caseRisk(Risk object) {
			if (object.getMitigations().isEmpty()) {
				return format(Messages.risk, inSentence(object.getLevel()), object.getScore());
			}
			return format(Messages.riskResidual, inSentence(object.getLevel()), object.getScore(),
					inSentence(object.getResidualLevel()), object.getResidualScore());
		}

		@Override
		public String caseMitigation(Mitigation object) {
			return object.getDueDate() == null ? inSentence(object.getStatus())
					: format(Messages.mitigationDue, inSentence(object.getStatus()), date(object.getDueDate()));
		}

		@Override
		public String caseCostStatement(CostStatement object) {
			return format(Messages.costStatement, inSentence(object.getPhase()), object.getFiscalYear(),
					money(object, object.getTotal()));
		}

		@Override
		public String caseCostEntry(CostEntry object) {
			return money(object, object.getAmount());
		}

		@Override
		public String caseBusinessCase(BusinessCase object) {
			if (object.getIrr() == null) {
				return format(Messages.businessCaseNoIrr, money(object, object.getNpv()));
			}
			NumberFormat percent = NumberFormat.getPercentInstance();
			percent.setMaximumFractionDigits(1);
			return format(Messages.businessCase, money(object, object.getNpv()), percent.format(object.getIrr()));
		}

		@Override
		public String caseYearlyCashFlow(YearlyCashFlow object) {
			return format(Messages.yearlyCashFlow,
					money(object, object.getBenefits() - object.getInvestment() - object.getOperatingCost()));
		}

		@Override
		public String caseFundingModel(FundingModel object) {
			return inSentence(object.getKind());
		}

		@Override
		public String caseChargebackRate(ChargebackRate object) {
			return format(Messages.fiscalYear, object.getFiscalYear());
		}

		@Override
		public String caseReinvestment(Reinvestment object) {
			return format(Messages.reinvestment, money(object, object.getAmount()), object.getFiscalYear(),
					inSentence(object.getDecision()));
		}

		@Override
		public String caseKpi(Kpi object) {
			String unit = object.getUnit() == null ? "" : object.getUnit(); //$NON-NLS-1$
			return object.getTarget() == null ? format(Messages.kpiNoTarget, inSentence(object.getStatus()))
					: format(Messages.kpi, inSentence(object.getStatus()), number(object.getTarget()), unit).strip();
		}

		@Override
		public String caseMeasurement(Measurement object) {
			return number(object.getValue());
		}

		@Override
		public String caseMaturityAssessment(MaturityAssessment object) {
			double average = object.getScores().stream().mapToInt(DimensionScore::getLevel).average().orElse(0);
			return format(Messages.maturityAssessment, date(object.getDate()), average);
		}

		@Override
		public String caseDimensionScore(DimensionScore object) {
			return format(Messages.dimensionScore, object.getLevel());
		}

		@Override
		public String caseInitiative(Initiative object) {
			return format(Messages.initiative, inSentence(object.getKind()), inSentence(object.getStatus()));
		}

		@Override
		public String caseMigrationPlan(MigrationPlan object) {
			return format(Messages.migrationPlan, object.getWaves().size());
		}

		@Override
		public String caseMigrationWave(MigrationWave object) {
			return format(Messages.migrationWave, date(object.getStartDate()), date(object.getEndDate()),
					object.getAgencies().size(), object.getCapacity());
		}

		@Override
		public String caseWorkforcePlan(WorkforcePlan object) {
			return format(Messages.workforcePlan, object.getRoles().size());
		}

		@Override
		public String caseWorkforceRole(WorkforceRole object) {
			return format(Messages.workforceRole, object.getCurrentFte(), object.getTargetFte());
		}

		@Override
		public String caseCustomerNeed(CustomerNeed object) {
			return format(Messages.customerNeed, object.getPriority());
		}

		@Override
		public String caseCommunityOfPractice(CommunityOfPractice object) {
			return format(Messages.community, object.getPeers().size(), object.getCases().size());
		}

		@Override
		public String casePeer(Peer object) {
			return object.getJurisdiction();
		}

		@Override
		public String caseImplementationCase(ImplementationCase object) {
			return object.getJurisdiction();
		}

		@Override
		public String caseBenchmark(Benchmark object) {
			return format(Messages.benchmark, number(object.getValue()), object.getUnit(), object.getJurisdiction(),
					object.getYear());
		}

		@Override
		public String caseBestPractice(BestPractice object) {
			return object.getStrategies().isEmpty() ? null : String.join(", ", object.getStrategies()); //$NON-NLS-1$
		}

		@Override
		public String caseCommunityEvent(CommunityEvent object) {
			return format(Messages.communityEvent, inSentence(object.getKind()), date(object.getDate()));
		}

		@Override
		public String caseCommunityProblem(CommunityProblem object) {
			return inSentence(object.getStatus());
		}

		@Override
		public String caseLineOfBusinessProposal(LineOfBusinessProposal object) {
			return inSentence(object.getServiceLine());
		}
	}
}
