package org.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * What the product's Civitas bundles promise toolsmiths, as their manifests say it: every
 * exported package has a version; a package at 1.0 or later is API, kept compatible within its
 * major version; one below 1.0 is internal and marked so (x-internal, or x-friends naming the
 * Civitas bundles that may use it); no bundle hands on another's packages (no re-export), so
 * that each says what it uses. See docs/toolsmith/api.md.
 */
class ApiManifestsTest {

	@Test
	void everyExportedPackageIsVersionedAndEitherApiOrMarkedInternal() throws BundleException {
		List<String> wrong = new ArrayList<>();
		int packages = 0;
		for (Bundle bundle : civitasBundles()) {
			ManifestElement[] exports = ManifestElement.parseHeader(Constants.EXPORT_PACKAGE,
					bundle.getHeaders("").get(Constants.EXPORT_PACKAGE));
			for (ManifestElement export : exports == null ? new ManifestElement[0] : exports) {
				packages++;
				String where = bundle.getSymbolicName() + ": " + export.getValue();
				String declared = export.getAttribute(Constants.VERSION_ATTRIBUTE);
				if (declared == null) {
					wrong.add(where + " has no version");
					continue;
				}
				boolean api = Version.parseVersion(declared).getMajor() >= 1;
				boolean markedInternal = "true".equals(export.getDirective("x-internal"))
						|| export.getDirective("x-friends") != null;
				if (api == markedInternal) {
					wrong.add(where + (api ? " is API (" + declared + ") and marked internal" : " is below 1.0 and not marked internal"));
				}
			}
		}
		assertEquals(List.of(), wrong);
		assertTrue(packages > 40, "the product's packages were read: " + packages);
	}

	@Test
	void noBundleReExportsAnother() throws BundleException {
		List<String> reexports = new ArrayList<>();
		for (Bundle bundle : civitasBundles()) {
			ManifestElement[] required = ManifestElement.parseHeader(Constants.REQUIRE_BUNDLE,
					bundle.getHeaders("").get(Constants.REQUIRE_BUNDLE));
			for (ManifestElement requirement : required == null ? new ManifestElement[0] : required) {
				if (Constants.VISIBILITY_REEXPORT.equals(requirement.getDirective(Constants.VISIBILITY_DIRECTIVE))) {
					reexports.add(bundle.getSymbolicName() + " re-exports " + requirement.getValue());
				}
			}
		}
		assertEquals(List.of(), reexports);
	}

	/** The product's own bundles, without test fragments. */
	private static List<Bundle> civitasBundles() {
		Bundle[] all = FrameworkUtil.getBundle(ApiManifestsTest.class).getBundleContext().getBundles();
		List<Bundle> civitas = Arrays.stream(all).filter(bundle -> bundle.getSymbolicName() != null
				&& bundle.getSymbolicName().startsWith("org.civitas.") && !bundle.getSymbolicName().endsWith(".tests")
				&& !bundle.getSymbolicName().startsWith("org.civitas.testing")).toList();
		assertTrue(civitas.size() > 20, "the product's bundles: " + civitas.size());
		return civitas;
	}
}
