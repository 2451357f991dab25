package org.civitas.provisioning;

/**
 * A feature in the product's installation: its id as a toolsmith writes it in
 * {@code feature.xml} (without p2's {@code .feature.group}), its version and its name.
 */
public record InstalledFeature(String id, String version, String name) {

	@Override
	public String toString() {
		return id + ' ' + version;
	}
}
