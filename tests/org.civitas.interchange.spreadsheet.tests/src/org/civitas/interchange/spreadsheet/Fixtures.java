package org.civitas.interchange.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.FrameworkUtil;

/** The small files beside these tests, copied into a test's folder so that messages name a file a reader can open. */
final class Fixtures {

	private Fixtures() {
	}

	static Path copy(String name, Path folder) throws IOException {
		Path copy = folder.resolve(name);
		if (Files.exists(copy)) {
			return copy;
		}
		// The fixtures are in this fragment, which findEntries searches with its host.
		try (InputStream in = FrameworkUtil.getBundle(Fixtures.class).findEntries("fixtures", name, false).nextElement()
				.openStream()) {
			Files.copy(in, copy);
		}
		return copy;
	}
}
