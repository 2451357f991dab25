package org.civitas.portfolio.edit;

import java.net.URL;

import org.civitas.portfolio.model.Portfolio;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.osgi.framework.FrameworkUtil;

/**
 * The fixture {@code data/payroll.portfolio} in an editing domain over the item provider
 * factories registered in the running platform, as an editor would hold it.
 */
final class PayrollFixture {

	final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
	final Portfolio portfolio;

	PayrollFixture() {
		URL fixture = FrameworkUtil.getBundle(PayrollFixture.class).findEntries("data", "payroll.portfolio", false)
				.nextElement();
		portfolio = (Portfolio) domain.getResourceSet().getResource(URI.createURI(fixture.toString()), true).getContents()
				.get(0);
	}

	void dispose() {
		adapterFactory.dispose();
	}
}
