package org.civitas.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import picocli.CommandLine.IVersionProvider;

/**
 * What {@code civitas --version} prints: the product's version and build time (the bundle
 * qualifier Tycho stamps), and the versions of what it runs on, for a bug report.
 */
final class ProductVersion implements IVersionProvider {

	private static final DateTimeFormatter QUALIFIER = DateTimeFormatter.ofPattern("yyyyMMddHHmm"); //$NON-NLS-1$
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	@Override
	public String[] getVersion() {
		Version version = FrameworkUtil.getBundle(ProductVersion.class).getVersion();
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
		return new String[] { NLS.bind(Messages.ProductVersion_product, release, built(version.getQualifier())),
				NLS.bind(Messages.ProductVersion_platform, new Object[] { Runtime.version(),
						bundleVersion("org.eclipse.emf.ecore"), bundleVersion("org.eclipse.elk.core"), //$NON-NLS-1$ //$NON-NLS-2$
						bundleVersion("org.eclipse.core.runtime") }) }; //$NON-NLS-1$
	}

	private static String built(String qualifier) {
		try {
			return LocalDateTime.parse(qualifier, QUALIFIER).format(SHOWN);
		} catch (DateTimeParseException notAStamp) {
			return qualifier; // a developer's build from the workspace
		}
	}

	private static String bundleVersion(String symbolicName) {
		Bundle bundle = Platform.getBundle(symbolicName);
		if (bundle == null) {
			return "-"; //$NON-NLS-1$
		}
		Version version = bundle.getVersion();
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
