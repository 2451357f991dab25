package org.civitas.portfolio.edit;

import java.util.Arrays;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.synthetic.SyntheticPortfolio;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.junit.jupiter.api.Test;

/**
 * What it costs to offer the choices of a subscription's service in the Properties view on
 * generated portfolios, after each edit: EMF.Edit's own walk over every element (the baseline,
 * {@link ItemPropertyDescriptor#getReachableObjectsOfType}) against the model's index; and what
 * keeping the index costs an edit (adding a service). A benchmark that prints figures, not a
 * test: its name keeps it out of the normal test run. Run it with
 *
 * <pre>
 * ./mvnw -B verify -pl releng/org.civitas.codegen,tests/org.civitas.portfolio.edit.tests -am \
 *     -Dtest=ReferenceChoicesBenchmark -Dsurefire.failIfNoSpecifiedTests=false "-Dcivitas.test.vmargs=-Xmx3g"
 * </pre>
 */
class ReferenceChoicesBenchmark {

	private static final int RUNS = 9;

	@Test
	void choicesOfASubscriptionsService() {
		System.out.println("Choices of a subscription's service after an edit: median of " + RUNS + " runs, ms");
		System.out.println(String.format("%10s %14s %14s %14s %14s", "elements", "EMF.Edit walk", "index, first",
				"index, after", "edit + index"));
		for (int size : new int[] { 10_000, 50_000, 100_000 }) {
			ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
					ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
			Resource resource = domain.getResourceSet().createResource(URI.createURI("generated.portfolio"));
			Portfolio portfolio = SyntheticPortfolio.generate(size, 42);
			resource.getContents().add(portfolio);
			Subscription subscription = portfolio.getSubscriptions().get(0);
			IItemPropertyDescriptor service = ((IItemPropertySource) adapterFactory.adapt(subscription,
					IItemPropertySource.class)).getPropertyDescriptor(subscription,
							PortfolioPackage.Literals.SUBSCRIPTION__SERVICE.getName());
			double[] walk = new double[RUNS];
			double[] index = new double[RUNS];
			double[] edit = new double[RUNS];
			long started = System.nanoTime();
			int offered = service.getChoiceOfValues(subscription).size();
			double first = (System.nanoTime() - started) / 1e6;
			for (int run = 0; run < RUNS; run++) {
				SharedService added = PortfolioFactory.eINSTANCE.createSharedService();
				started = System.nanoTime();
				domain.getCommandStack().execute(AddCommand.create(domain, portfolio,
						PortfolioPackage.Literals.PORTFOLIO__SERVICES, added));
				edit[run] = (System.nanoTime() - started) / 1e6;
				started = System.nanoTime();
				offered += ItemPropertyDescriptor.getReachableObjectsOfType(subscription,
						PortfolioPackage.Literals.SHARED_SERVICE).size();
				walk[run] = (System.nanoTime() - started) / 1e6;
				started = System.nanoTime();
				offered += service.getChoiceOfValues(subscription).size();
				index[run] = (System.nanoTime() - started) / 1e6;
			}
			System.out.println(String.format("%10d %14.2f %14.2f %14.2f %14.2f", size, median(walk), first,
					median(index), median(edit)));
			if (offered == 0) {
				throw new AssertionError("no services offered");
			}
			adapterFactory.dispose();
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
