package org.civitas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.civitas.examples.ExamplePortfolios;

/** The example portfolios, copied into a test's folder so that a command may change them. */
final class Examples {

	private Examples() {
	}

	/** A copy of the example {@code stem}.portfolio in {@code folder}. */
	static Path copy(String stem, Path folder) throws IOException {
		URL model = ExamplePortfolios.all().stream().filter(url -> url.getPath().endsWith('/' + stem + ".portfolio"))
				.findFirst().orElseThrow();
		Path copy = folder.resolve(stem + ".portfolio");
		try (InputStream in = model.openStream()) {
			Files.copy(in, copy);
		}
		return copy;
	}

	/** A copy of the example diagram {@code stem}.diagram (beside the example portfolios) in {@code folder}. */
	static Path diagram(String stem, Path folder) throws IOException {
		URL anyModel = ExamplePortfolios.all().get(0);
		Path copy = folder.resolve(stem + ".diagram");
		try (InputStream in = new URL(anyModel, stem + ".diagram").openStream()) {
			Files.copy(in, copy);
		}
		return copy;
	}
}
