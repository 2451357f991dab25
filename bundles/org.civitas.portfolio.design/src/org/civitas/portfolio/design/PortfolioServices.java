package org.civitas.portfolio.design;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.Agency;
import org.civitas.portfolio.model.GovernanceBody;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The {@code portfolio:} functions of the portfolio diagrams: the words users read for
 * enumeration values (as in the editor), and the questions about governance, consumers and
 * dependents that a reference alone does not answer.
 */
public class PortfolioServices {

	/** The label users read for a feature's value: "IT infrastructure" for {@code IT_INFRASTRUCTURE}. */
	public String label(EObject element, String feature) {
		if (element == null) {
			return ""; //$NON-NLS-1$
		}
		EStructuralFeature structural = element.eClass().getEStructuralFeature(feature);
		Object value = structural == null ? null : element.eGet(structural);
		if (value instanceof Enumerator literal) {
			return PortfolioLabels.enumLabel(literal);
		}
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	/**
	 * The label of a value of a portfolio enumeration given by name, as a grouping expression
	 * gives it: {@code literal('ServiceLine', 'FINANCE')} is "Finance".
	 */
	public String literal(String enumeration, String name) {
		if (PortfolioPackage.eINSTANCE.getEClassifier(enumeration) instanceof EEnum type) {
			EEnumLiteral literal = type.getEEnumLiteral(name);
			if (literal != null) {
				return PortfolioLabels.enumLabel(literal.getInstance());
			}
		}
		return name;
	}

	/** The agencies subscribing to a service, each once, in the order of their subscriptions. */
	public List<Agency> consumers(EObject service) {
		Set<Agency> consumers = new LinkedHashSet<>();
		if (service instanceof SharedService shared && shared.eContainer() instanceof Portfolio portfolio) {
			for (Subscription subscription : portfolio.getSubscriptions()) {
				if (subscription.getService() == shared && subscription.getConsumer() != null) {
					consumers.add(subscription.getConsumer());
				}
			}
		}
		return List.copyOf(consumers);
	}

	/** The services that depend on a service. */
	public List<SharedService> dependents(EObject service) {
		List<SharedService> dependents = new ArrayList<>();
		if (service instanceof SharedService shared && shared.eContainer() instanceof Portfolio portfolio) {
			for (SharedService other : portfolio.getServices()) {
				if (other.getDependsOn().contains(shared)) {
					dependents.add(other);
				}
			}
		}
		return dependents;
	}

	/** The governance bodies overseeing a service. */
	public List<GovernanceBody> overseers(EObject service) {
		List<GovernanceBody> bodies = new ArrayList<>();
		if (service instanceof SharedService shared && shared.eContainer() instanceof Portfolio portfolio) {
			for (GovernanceBody body : portfolio.getGovernanceBodies()) {
				if (body.getOversees().contains(shared)) {
					bodies.add(body);
				}
			}
		}
		return bodies;
	}
}
