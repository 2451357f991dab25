package org.civitas.validation.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.civitas.validation.ModelValidator;
import org.civitas.validation.Rule;
import org.civitas.validation.RuleRegistry;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.civitas.validation.ValidationResult;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Two small portfolios of shared services in two files, built with dynamic EMF on a metamodel
 * made in code, and rules of three categories and severities that find something in them:
 *
 * <pre>
 * portfolios/e-mail.board          Statewide E-mail Consolidation
 *   services  svc-1 Hosted e-mail and calendar   owner, cost        passes
 *             svc-2 {@link #HOSTILE_NAME}        no owner, no cost  GOV-001 error, FIN-001 info
 *   risks     Vendor lock-in                     level 3            passes
 *             Migration delays                   no level           RSK-001 warning
 * portfolios/grants portal.board   Federal Grants Portal
 *   services  svc-3 Grant applications           no owner           GOV-001 error
 * </pre>
 *
 * GOV-002 is off by default, so it never runs. Seven elements are checked by EMF-001, GOV-001,
 * FIN-001 and RSK-001.
 */
final class ReportFixture {

	/** A service name with markup, quotes, an ampersand, non-ASCII letters, a line break, a control character and an emoji. */
	static final String HOSTILE_NAME = "E-mail <script>alert('x')</script> & \"Kalender\" f\u00fcr Z\u00fcrich\nsecond line \u0007 \uD83D\uDE00";
	static final String EMAIL_FILE = "portfolios/e-mail.board";
	static final String GRANTS_FILE = "portfolios/grants portal.board";
	static final Instant CREATED = Instant.parse("2026-11-28T09:30:00Z");
	static final String OWNER_RATIONALE = "Every service needs an accountable owner: without one, nobody answers for <outages> & \"costs\".";

	static final EPackage METAMODEL;
	static final EClass PORTFOLIO;
	static final EClass SERVICE;
	static final EClass RISK;
	static final EAttribute NAME;
	static final EAttribute SERVICE_NAME;
	static final EAttribute SERVICE_ID;
	static final EAttribute OWNER;
	static final EAttribute COST;
	static final EAttribute DESCRIPTION;
	static final EAttribute LEVEL;
	static final EReference SERVICES;
	static final EReference RISKS;

	static {
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		METAMODEL = ecore.createEPackage();
		METAMODEL.setName("board");
		METAMODEL.setNsPrefix("board");
		METAMODEL.setNsURI("http://example.org/civitas/board");
		PORTFOLIO = type("Portfolio");
		SERVICE = type("Service");
		RISK = type("Risk");
		NAME = attribute(PORTFOLIO, "name", EcorePackage.Literals.ESTRING);
		SERVICE_ID = attribute(SERVICE, "id", EcorePackage.Literals.ESTRING);
		SERVICE_ID.setID(true);
		SERVICE_NAME = attribute(SERVICE, "name", EcorePackage.Literals.ESTRING);
		OWNER = attribute(SERVICE, "owner", EcorePackage.Literals.ESTRING);
		COST = attribute(SERVICE, "cost", EcorePackage.Literals.EINT);
		DESCRIPTION = attribute(RISK, "description", EcorePackage.Literals.ESTRING);
		LEVEL = attribute(RISK, "level", EcorePackage.Literals.EINT);
		SERVICES = containment(PORTFOLIO, "services", SERVICE);
		RISKS = containment(PORTFOLIO, "risks", RISK);
	}

	final Rule owner = Rule.builder("GOV-001").title("Services have an owner").category("Governance")
			.severity(Severity.ERROR).target(SERVICE).message("Service {0} has no owner").description(OWNER_RATIONALE)
			.strategies("S1", "G2").check((element, findings) -> {
				if (element.eGet(OWNER) == null) {
					findings.reportOn(OWNER);
				}
			}).build();
	final Rule cost = Rule.builder("FIN-001").title("Services have a yearly cost").category("Finance")
			.severity(Severity.INFO).target(SERVICE).message("Service {0} has no yearly cost")
			.description("Costs are what the board compares services by.").strategies("F1").check((element, findings) -> {
				if (!element.eIsSet(COST)) {
					findings.reportOn(COST);
				}
			}).build();
	final Rule riskLevel = Rule.builder("RSK-001").title("Risks have a level").category("Risk")
			.severity(Severity.WARNING).target(RISK).message("Risk \"{1}\" has no level")
			.description("A risk without a level cannot be ranked against the risk appetite.")
			.check((element, findings) -> {
				if (!element.eIsSet(LEVEL)) {
					findings.reportOn(LEVEL, element.eGet(DESCRIPTION));
				}
			}).build();
	final Rule described = Rule.builder("GOV-002").title("Services are described").category("Governance")
			.target(SERVICE).enabledByDefault(false).check((element, findings) -> findings.report()).build();
	final RuleRegistry registry = new RuleRegistry(List.of(owner, cost, riskLevel, described));

	final Resource emailFile = new ResourceImpl(URI.createURI("file:/work/models/e-mail.board"));
	final Resource grantsFile = new ResourceImpl(URI.createURI("file:/work/models/grants%20portal.board"));
	final EObject email = portfolio("Statewide E-mail Consolidation");
	final EObject hostedMail = service(email, "svc-1", "Hosted e-mail and calendar", "CIO Office", 120000);
	final EObject hostile = service(email, "svc-2", HOSTILE_NAME, null, null);
	final EObject lockIn = risk(email, "Vendor lock-in", 3);
	final EObject delays = risk(email, "Migration delays", null);
	final EObject grants = portfolio("Federal Grants Portal");
	final EObject applications = service(grants, "svc-3", "Grant applications", null, 5000);

	ReportFixture() {
		emailFile.getContents().add(email);
		grantsFile.getContents().add(grants);
	}

	ValidationResult validate() {
		return new ModelValidator(registry, ValidationProfile.defaults()).validate(List.of(email, grants), ValidationMode.BATCH);
	}

	/** A report of both files, with everything fixed that the report would not depend on. */
	ValidationReport.Builder report(ValidationResult result) {
		return ValidationReport.builder(result).title("Shared services").file(emailFile, EMAIL_FILE)
				.file(grantsFile, GRANTS_FILE).profile("board.profile").created(CREATED).toolVersion("1.2.3")
				.toolInformationUri("https://civitas.example.org/");
	}

	ValidationReport report() {
		return report(validate()).build();
	}

	/** The report once every finding is fixed. */
	ValidationReport cleanReport() {
		hostile.eSet(OWNER, "Shared Services Board");
		hostile.eSet(COST, 800);
		applications.eSet(OWNER, "Grants Office");
		delays.eSet(LEVEL, 2);
		return report();
	}

	/** {@code report} in {@code format}, through the byte stream a command line writes to. */
	static String write(ReportFormat format, ValidationReport report) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		format.write(report, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	/** {@code text} as XML carries it: the control character becomes U+FFFD. */
	static String xmlSafe(String text) {
		return text.replace('\u0007', '\uFFFD');
	}

	private static EObject portfolio(String name) {
		EObject portfolio = EcoreUtil.create(PORTFOLIO);
		portfolio.eSet(NAME, name);
		return portfolio;
	}

	@SuppressWarnings("unchecked")
	private static EObject service(EObject portfolio, String id, String name, String owner, Integer cost) {
		EObject service = EcoreUtil.create(SERVICE);
		service.eSet(SERVICE_ID, id);
		service.eSet(SERVICE_NAME, name);
		service.eSet(OWNER, owner);
		if (cost != null) {
			service.eSet(COST, cost);
		}
		((List<EObject>) portfolio.eGet(SERVICES)).add(service);
		return service;
	}

	@SuppressWarnings("unchecked")
	private static EObject risk(EObject portfolio, String description, Integer level) {
		EObject risk = EcoreUtil.create(RISK);
		risk.eSet(DESCRIPTION, description);
		if (level != null) {
			risk.eSet(LEVEL, level);
		}
		((List<EObject>) portfolio.eGet(RISKS)).add(risk);
		return risk;
	}

	private static EClass type(String name) {
		EClass type = EcoreFactory.eINSTANCE.createEClass();
		type.setName(name);
		METAMODEL.getEClassifiers().add(type);
		return type;
	}

	private static EAttribute attribute(EClass owner, String name, EDataType type) {
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(type);
		owner.getEStructuralFeatures().add(attribute);
		return attribute;
	}

	private static EReference containment(EClass owner, String name, EClass type) {
		EReference reference = EcoreFactory.eINSTANCE.createEReference();
		reference.setName(name);
		reference.setEType(type);
		reference.setContainment(true);
		reference.setUpperBound(-1);
		owner.getEStructuralFeatures().add(reference);
		return reference;
	}
}
