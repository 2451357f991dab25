package org.civitas.ui.emf.properties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The SVG icon of catalog items: a 16-pixel square, written to a file once per test run. */
final class ItemIcon {

	static final int SIZE = 16;
	static final java.net.URL URL = write();

	private ItemIcon() {
	}

	private static java.net.URL write() {
		try {
			Path file = Files.createTempFile("item", ".svg");
			file.toFile().deleteOnExit();
			Files.writeString(file, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + SIZE + "\" height=\"" + SIZE
					+ "\"><rect x=\"1\" y=\"1\" width=\"14\" height=\"14\" fill=\"#2a6fb0\"/></svg>");
			return file.toUri().toURL();
		} catch (MalformedURLException e) {
			throw new IllegalStateException(e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
