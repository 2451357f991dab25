/**
 * Plug-ins installed into the running Civitas product.
 * {@link org.civitas.provisioning.PluginInstallation} lists the
 * {@link org.civitas.provisioning.InstalledFeature}s and installs or uninstalls features from an
 * update site through p2, all or nothing: a refusal is a
 * {@link org.civitas.provisioning.ProvisioningException} that says why, and leaves the product as
 * it was.
 */
package org.civitas.provisioning;
