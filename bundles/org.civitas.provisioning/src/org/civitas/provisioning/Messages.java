package org.civitas.provisioning;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String PluginInstallation_noAgent;
	public static String PluginInstallation_noProfile;
	public static String PluginInstallation_noSite;
	public static String PluginInstallation_unknownFeature;
	public static String PluginInstallation_siteFeatures;
	public static String PluginInstallation_siteEmpty;
	public static String PluginInstallation_cannotInstall;
	public static String PluginInstallation_installFailed;
	public static String PluginInstallation_notInstalled;
	public static String PluginInstallation_installedPlugins;
	public static String PluginInstallation_noPlugins;
	public static String PluginInstallation_partOfProduct;
	public static String PluginInstallation_cannotUninstall;
	public static String PluginInstallation_uninstallFailed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
