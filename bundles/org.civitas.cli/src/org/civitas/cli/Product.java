package org.civitas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import picocli.CommandLine.IVersionProvider;

/**
 * What the command line says of the product: for {@code civitas --version} its version and
 * build time (the bundle qualifier Tycho stamps) and the versions of what it runs on, for a bug
 * report; for reports, where its guides are.
 */
final class Product implements IVersionProvider {

	private static final DateTimeFormatter QUALIFIER = DateTimeFormatter.ofPattern("yyyyMMddHHmm"); //$NON-NLS-1$
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	@Override
	public String[] getVersion() {
		Version version = FrameworkUtil.getBundle(Product.class).getVersion();
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
		return new String[] { NLS.bind(Messages.Product_version, release, built(version.getQualifier())),
				NLS.bind(Messages.Product_platform, new Object[] { Runtime.version(),
						bundleVersion("org.eclipse.emf.ecore"), bundleVersion("org.eclipse.elk.core"), //$NON-NLS-1$ //$NON-NLS-2$
						bundleVersion("org.eclipse.core.runtime") }) }; //$NON-NLS-1$
	}

	/**
	 * The board's guide to validation reports, shipped beside the installed product
	 * ({@code docs/board/validation-guide.md}), as a URI for reports to name as the tool's
	 * documentation; {@code null} when Civitas runs from elsewhere (a test runtime).
	 */
	static String boardGuide() {
		Location install = Platform.getInstallLocation();
		if (install == null || install.getURL() == null || !"file".equals(install.getURL().getProtocol())) { //$NON-NLS-1$
			return null;
		}
		Path guide = Path.of(install.getURL().getPath()).resolve("docs/board/validation-guide.md"); //$NON-NLS-1$
		return Files.isRegularFile(guide) ? guide.toUri().toString() : null;
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
