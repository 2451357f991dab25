package org.civitas.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.civitas.provisioning.InstalledFeature;
import org.civitas.provisioning.PluginInstallation;
import org.civitas.provisioning.ProvisioningException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The plug-in commands, {@code install}, {@code uninstall} and {@code plugins}: p2 underneath,
 * all or nothing (see {@link PluginInstallation}). Changes take effect at the next start.
 */
final class PluginCommands {

	/** A URL names its scheme; anything else (including {@code C:\...}) is a path. */
	private static final Pattern URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]+:.*"); //$NON-NLS-1$

	private PluginCommands() {
	}

	/** {@code civitas install SITE FEATURE...}: a folder, a zipped site or a URL. */
	@Command(name = "install")
	static final class Install extends CivitasCommand {

		@Parameters(index = "0", paramLabel = "SITE", descriptionKey = "site")
		private String site;

		@Parameters(index = "1..*", arity = "1..*", paramLabel = "FEATURE", descriptionKey = "features")
		private List<String> features;

		@Override
		void run() throws CommandException {
			PluginInstallation installation = installation();
			List<InstalledFeature> installed;
			try {
				installed = installation.install(siteLocation(site), features, new NullProgressMonitor());
			} catch (ProvisioningException refused) {
				throw CommandException.failure(refused.getMessage());
			}
			if (installed.isEmpty()) {
				out.println(NLS.bind(Messages.PluginCommands_installedAlready, String.join(", ", features))); //$NON-NLS-1$
			}
			for (InstalledFeature feature : installed) {
				out.println(NLS.bind(Messages.PluginCommands_installed, feature, feature.name()));
			}
			if (!installed.isEmpty()) {
				out.println(Messages.PluginCommands_nextStart);
			}
		}
	}

	/** {@code civitas uninstall FEATURE...}. */
	@Command(name = "uninstall")
	static final class Uninstall extends CivitasCommand {

		@Parameters(arity = "1..*", paramLabel = "FEATURE", descriptionKey = "features")
		private List<String> features;

		@Override
		void run() throws CommandException {
			PluginInstallation installation = installation();
			try {
				for (InstalledFeature feature : installation.uninstall(features, new NullProgressMonitor())) {
					out.println(NLS.bind(Messages.PluginCommands_uninstalled, feature, feature.name()));
				}
			} catch (ProvisioningException refused) {
				throw CommandException.failure(refused.getMessage());
			}
			out.println(Messages.PluginCommands_nextStart);
		}
	}

	/** {@code civitas plugins}: what {@code install} added, one feature a line. */
	@Command(name = "plugins")
	static final class Plugins extends CivitasCommand {

		@Override
		void run() throws CommandException {
			List<InstalledFeature> plugins = installation().plugins();
			if (plugins.isEmpty()) {
				err.println(Messages.PluginCommands_none);
			}
			for (InstalledFeature feature : plugins) {
				out.println(NLS.bind(Messages.PluginCommands_plugin, new Object[] { feature.id(), feature.version(), feature.name() }));
			}
		}
	}

	private static PluginInstallation installation() throws CommandException {
		try {
			return PluginInstallation.ofRunningProduct();
		} catch (ProvisioningException unavailable) {
			throw CommandException.failure(unavailable.getMessage());
		}
	}

	/** The site as p2 reads it: a URL as given, a folder or a zipped site as a file URL. */
	static URI siteLocation(String site) throws CommandException {
		if (URL.matcher(site).matches() && site.indexOf(':') > 1) {
			try {
				return URI.create(site);
			} catch (IllegalArgumentException malformed) {
				throw CommandException.usage(NLS.bind(Messages.PluginCommands_badUrl, site, malformed.getMessage()));
			}
		}
		Path path = Path.of(site).toAbsolutePath().normalize();
		if (!Files.exists(path)) {
			throw CommandException.failure(NLS.bind(Messages.PluginCommands_noSuchSite, site));
		}
		if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) { //$NON-NLS-1$
			return URI.create("jar:" + path.toUri() + "!/"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return path.toUri();
	}
}
