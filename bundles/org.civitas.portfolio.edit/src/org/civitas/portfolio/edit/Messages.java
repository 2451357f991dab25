package org.civitas.portfolio.edit;

import org.eclipse.osgi.util.NLS;

/** Patterns of the key figures in labels, and of the names of changes; {@link java.text.MessageFormat} fills them. */
final class Messages extends NLS {

	public static String separator;
	public static String setProperty;
	public static String portfolio;
	public static String agency;
	public static String agencyMigrating;
	public static String service;
	public static String serviceMigrating;
	public static String serviceLevel;
	public static String sourcingShareCaption;
	public static String sourcingShare;
	public static String subscriptionCaption;
	public static String governanceBody;
	public static String decisionRight;
	public static String stakeholder;
	public static String engagementPlanNext;
	public static String changeImpact;
	public static String risk;
	public static String riskResidual;
	public static String mitigationDue;
	public static String costStatement;
	public static String amount;
	public static String businessCase;
	public static String businessCaseNoIrr;
	public static String yearlyCashFlowCaption;
	public static String yearlyCashFlow;
	public static String chargebackRateCaption;
	public static String fiscalYear;
	public static String reinvestment;
	public static String kpi;
	public static String kpiNoTarget;
	public static String measurementCaption;
	public static String maturityAssessment;
	public static String dimensionScore;
	public static String initiative;
	public static String migrationPlan;
	public static String migrationWave;
	public static String workforcePlan;
	public static String workforceRole;
	public static String customerNeed;
	public static String community;
	public static String benchmark;
	public static String communityEvent;
	public static String unknownDate;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
